/**
 * What pages read from disk when they render, one page at a time: a page's
 * body as finished HTML, a document's task records, the deadline list. The
 * content stage writes them (scripts/build-content.ts); keeping them out of
 * Astro's content layer keeps the build's memory flat in the corpus size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ListPage } from './pagination.ts';

const CONTENT = 'content';

/** A document's or an agency's body (page N of an agency's tasks), as the content stage rendered it. */
export function pageBody(kind: 'docs' | 'agencies', id: string, page = 1): string {
  return readFileSync(join(CONTENT, 'html', kind, `${id}${page > 1 ? `-p${page}` : ''}.html`), 'utf8');
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const agencyRef = z.object({ name: z.string(), agency: z.string().nullable() });

/** One task's permalink page (scripts/graph/open-data.ts `taskPageRecords`). */
export const taskRecordSchema = z.object({
  doc: z.string(),
  docTitle: z.string(),
  docNumber: z.string().nullable(),
  reference: z.object({ issuers: z.array(z.string()), title: z.string(), docNumber: z.string().optional(), date: isoDay.optional() }),
  /** The section the clause sits in. */
  section: z.object({ label: z.string(), anchor: z.string().regex(/^[a-z0-9-]+$/) }).nullable(),
  script: z.enum(['zh-Hans', 'zh-Hant']),
  taskId: z.string(),
  citation: z.string(),
  numberLabel: z.string(),
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string(),
  lead: z.array(agencyRef),
  participants: z.array(agencyRef),
  responsible: z.array(agencyRef),
  guidance: z.array(agencyRef),
  deadline: z.string().nullable(),
  due: isoDay.nullable(),
  previous: z.string().nullable(),
  next: z.string().nullable(),
});

export type TaskRecord = z.infer<typeof taskRecordSchema>;

// Pages of one document's tasks are rendered one after another: its file is read once for all of them.
let lastRead: { doc: string; records: TaskRecord[] } | undefined;

/** A document's task records, checked against their schema. */
export function taskRecords(doc: string): TaskRecord[] {
  if (lastRead?.doc !== doc) lastRead = { doc, records: z.array(taskRecordSchema).parse(JSON.parse(readFileSync(join(CONTENT, 'tasks', `${doc}.json`), 'utf8'))) };
  return lastRead.records;
}

/** The anchors of a document's tasks, for the permalink pages' paths. */
export function taskAnchors(doc: string): string[] {
  return (JSON.parse(readFileSync(join(CONTENT, 'tasks', `${doc}.json`), 'utf8')) as { anchor: string }[]).map((record) => record.anchor);
}

/** One dated task (scripts/graph/open-data.ts `deadlineRecords`), as the deadline view lists it. */
export const deadlineSchema = z.object({
  doc: z.string(),
  anchor: z.string(),
  citation: z.string(),
  due: isoDay,
  deadline: z.string(),
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  agencies: z.array(z.string()),
});

export type DatedTaskRecord = z.infer<typeof deadlineSchema>;

/** One quantitative target (scripts/graph/open-data.ts `targetRecords`), as the targets view lists it. */
export const targetSchema = z.object({
  id: z.string(),
  doc: z.string(),
  docTitle: z.string(),
  task: z.string().nullable(),
  taskLabel: z.string().nullable(),
  phrase: z.string(),
  /** The clause fragment the target sits in. */
  sentence: z.string(),
  metric: z.string(),
  comparator: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  year: z.number().int().nullable(),
  agencies: z.array(z.string()),
  url: z.string(),
});

export type TargetRecord = z.infer<typeof targetSchema>;

const targetYearSchema = z.object({ year: z.string(), total: z.number().int(), pageCount: z.number().int() });
const deadlineYearSchema = targetYearSchema.extend({
  /** How many tasks fall due on each day: what the year index counts as overdue on the day the site is built. */
  dues: z.record(isoDay, z.number().int()),
  /** Every agency named in the year's tasks, whatever page: what the agency filter offers. */
  agencies: z.array(z.string()),
});
const yearListIndexSchema = z.object({ targets: z.array(targetYearSchema), deadlines: z.array(deadlineYearSchema) });

export type TargetYear = z.infer<typeof targetYearSchema>;
export type DeadlineYear = z.infer<typeof deadlineYearSchema>;
/** The years of the targets and deadline views, with their page counts (scripts/graph/year-lists.ts). */
export type YearListIndex = z.infer<typeof yearListIndexSchema>;

const LISTS = join(CONTENT, 'lists');

/**
 * What the lists and the pages every run renders (the document list, the feed, the deadline views)
 * show of a document: its front matter less what only its own pages use (the table of contents,
 * the citation). Read from one file, not the content layer, whose entries cost Astro far more
 * memory each than this (src/lib/document-loader.ts).
 */
export const documentListEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  shortTitle: z.string().optional(),
  docNumber: z.string().optional(),
  issuer: z.string().optional(),
  signedDate: isoDay.optional(),
  publishedDate: isoDay.optional(),
  year: z.number().int().optional(),
  script: z.enum(['zh-Hans', 'zh-Hant']),
  /** Name of the jurisdiction the document belongs to. */
  jurisdiction: z.string(),
  taskCount: z.number().int(),
});
export type DocumentListEntry = z.infer<typeof documentListEntrySchema>;

/** Where scripts/build-content.ts writes every document's list entry. */
export const DOCUMENT_LIST_FILE = join(LISTS, 'documents.json');

let documentListRead: DocumentListEntry[] | undefined;

/** Every document's list entry, read once a run. */
export function documentList(): DocumentListEntry[] {
  documentListRead ??= z.array(documentListEntrySchema).parse(JSON.parse(readFileSync(DOCUMENT_LIST_FILE, 'utf8')));
  return documentListRead;
}

export function yearListIndex(): YearListIndex {
  return yearListIndexSchema.parse(JSON.parse(readFileSync(join(LISTS, 'index.json'), 'utf8')));
}

function listPageSchema<T extends z.ZodTypeAny>(entry: T) {
  return z.object({ page: z.number().int(), pageCount: z.number().int(), entries: z.array(entry), first: z.number().int(), last: z.number().int(), total: z.number().int() });
}

// Built once: every list page of a large corpus is checked against them.
const targetPageSchema = listPageSchema(targetSchema);
const deadlinePageSchema = listPageSchema(deadlineSchema);

const listPageFile = (kind: 'targets' | 'deadlines', year: string, page: number): unknown => JSON.parse(readFileSync(join(LISTS, kind, year, `${page}.json`), 'utf8'));

/** Page `page` of a year of targets. */
export const targetListPage = (year: string, page: number): ListPage<TargetRecord> => targetPageSchema.parse(listPageFile('targets', year, page));

/** Page `page` of a year of dated tasks, soonest first. */
export const deadlineListPage = (year: string, page: number): ListPage<DatedTaskRecord> => deadlinePageSchema.parse(listPageFile('deadlines', year, page));
