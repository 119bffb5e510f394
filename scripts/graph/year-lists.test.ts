import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../agencies/registry.ts';
import { resolveAgencies } from '../agencies/resolve.ts';
import { filesUnder } from '../lib/files.ts';
import { memorySpool } from '../lib/spool.ts';
import { readPolicyDocument } from '../read-document.ts';
import { scratchDirectory } from '../../tests/scratch.ts';
import { SEEDS } from '../../tests/seeds.ts';
import { yearLists } from './year-lists.ts';

describe('year lists: the targets and deadline views, a file a page', () => {
  const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
  const documents = Object.values(SEEDS).map((file) => resolveAgencies(readPolicyDocument(file), registry).document);
  const directory = scratchDirectory('year-lists');
  const lists = yearLists(memorySpool, 10);
  for (const document of documents) lists.add(document);
  const index = lists.write(directory);
  const page = (kind: string, year: string, number: number) => JSON.parse(readFileSync(join(directory, kind, year, `${number}.json`), 'utf8'));

  it('files every target of the seeds under its year, in calendar order with the targets naming no year last, and cuts each year into pages', () => {
    const targets = documents.flatMap((document) => document.targets);
    expect(index.targets.reduce((sum, year) => sum + year.total, 0)).toBe(targets.length);
    expect(index.targets.map((year) => year.year)).toEqual([...new Set(targets.map((target) => (target.year ? String(target.year) : 'none')))].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b))));
    const largest = index.targets.reduce((most, year) => (year.total > most.total ? year : most));
    expect(largest.pageCount).toBe(Math.ceil(largest.total / 10));
    expect(filesUnder(join(directory, 'targets', largest.year))).toHaveLength(largest.pageCount);
    expect(page('targets', largest.year, 2)).toMatchObject({ page: 2, first: 11, total: largest.total });
  });

  it('lists each year of dated tasks soonest first across its pages, with its due days and every agency it names', () => {
    const year = index.deadlines.reduce((most, entry) => (entry.total > most.total ? entry : most));
    const dues = Array.from({ length: year.pageCount }, (_, at) => page('deadlines', year.year, at + 1).entries.map((task: { due: string }) => task.due)).flat();
    expect(dues).toHaveLength(year.total);
    expect(dues).toEqual([...dues].sort());
    expect(Object.values(year.dues).reduce((sum, count) => sum + count, 0)).toBe(year.total);
    expect(year.agencies.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(directory, 'index.json'), 'utf8'))).toEqual(index);
  });
});
