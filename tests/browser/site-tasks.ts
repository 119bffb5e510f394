import { readFileSync } from 'node:fs';

/** A task as the built site's open data gives it (`/data/tasks.ndjson`). */
export interface SiteTask {
  doc: string;
  anchor: string;
  lead: { agency: string | null }[];
  participants: { agency: string | null }[];
  responsible: { agency: string | null }[];
  guidance: { agency: string | null }[];
  deadline: { raw: string; kind: string; due?: string } | null;
}

/** Every task of the built site in dist/, one per line of its open data. */
export function siteTasks(): SiteTask[] {
  return readFileSync('dist/data/tasks.ndjson', 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SiteTask);
}
