/**
 * What pages read from disk when they render, one page at a time: a page's
 * body as finished HTML, a document's task records, the deadline list. The
 * content stage writes them (scripts/build-content.ts); keeping them out of
 * Astro's content layer keeps the build's memory flat in the corpus size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

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

/** Every dated task (scripts/graph/open-data.ts `deadlineRecords`), for the deadline view. */
export const deadlineSchema = z.array(z.object({
  doc: z.string(),
  anchor: z.string(),
  citation: z.string(),
  due: isoDay,
  deadline: z.string(),
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  agencies: z.array(z.string()),
}));

/** Every dated task as the deadline view reads it. */
export type DeadlineList = z.infer<typeof deadlineSchema>;

export function deadlineList(): DeadlineList {
  return deadlineSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'deadlines.json'), 'utf8')));
}
