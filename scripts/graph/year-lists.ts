/**
 * The targets and deadline views as the content stage writes them: each
 * year's list cut into pages, one file a page, and an index of the years.
 * A page reads its own file when it renders (src/lib/page-files.ts), so no
 * render run holds every target or deadline of the corpus; the records of one
 * year wait in a spool until the last document has been read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument } from '../model.ts';
import { ENTRIES_PER_PAGE, paginate } from '../../src/lib/pagination.ts';
import type { DeadlineYear, TargetYear, YearListIndex } from '../../src/lib/page-files.ts';
import { yearKey, yearKeys } from '../../src/lib/year-pages.ts';
import type { Spool } from '../lib/spool.ts';
import { deadlineRecords, targetRecords } from './open-data.ts';

type TargetRecord = ReturnType<typeof targetRecords>[number];
type DeadlineRecord = ReturnType<typeof deadlineRecords>[number];

export interface YearLists {
  /** Files a document's targets and dated tasks under their years. */
  add(document: PolicyDocument): void;
  /** Writes every year's pages under `directory` and its index, `index.json`; returns the index. */
  write(directory: string): YearListIndex;
}

/** Writes a list's pages under `directory/<year>/<page>.json`. */
function writePages<T>(directory: string, year: string, records: T[], perPage: number): number {
  const pages = paginate(records, perPage);
  mkdirSync(join(directory, year), { recursive: true });
  for (const page of pages) writeFileSync(join(directory, year, `${page.page}.json`), JSON.stringify(page));
  return pages.length;
}

/** `perPage` entries a page (ENTRIES_PER_PAGE, which LIST_PAGE_SIZE sets at build time). */
export function yearLists(spool: <T>() => Spool<T>, perPage = ENTRIES_PER_PAGE): YearLists {
  const targets = spool<TargetRecord>();
  const deadlines = spool<DeadlineRecord>();
  const targetYears = new Set<string>();
  const deadlineYears = new Set<string>();
  return {
    add(document) {
      for (const target of targetRecords([document])) {
        targetYears.add(yearKey(target.year));
        targets.append(yearKey(target.year), target);
      }
      for (const task of deadlineRecords([document])) {
        deadlineYears.add(task.due.slice(0, 4));
        deadlines.append(task.due.slice(0, 4), task);
      }
    },
    write(directory) {
      const targetIndex: TargetYear[] = yearKeys([...targetYears]).map((year) => {
        const records = targets.read(year);
        return { year, total: records.length, pageCount: writePages(join(directory, 'targets'), year, records, perPage) };
      });
      const deadlineIndex: DeadlineYear[] = [...deadlineYears].sort().map((year) => {
        // Soonest first; a stable sort keeps tasks due the same day in document and task order.
        const records = deadlines.read(year).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
        const dues: Record<string, number> = {};
        for (const { due } of records) dues[due] = (dues[due] ?? 0) + 1;
        return {
          year,
          total: records.length,
          pageCount: writePages(join(directory, 'deadlines'), year, records, perPage),
          dues,
          agencies: [...new Set(records.flatMap((task) => task.agencies))].sort(),
        };
      });
      targets.close();
      deadlines.close();
      const index = { targets: targetIndex, deadlines: deadlineIndex };
      writeFileSync(join(directory, 'index.json'), JSON.stringify(index));
      return index;
    },
  };
}
