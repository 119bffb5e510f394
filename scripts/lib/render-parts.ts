/**
 * Rendering a large corpus in parts (scripts/render-site.ts): which runs to
 * make, and how their outputs become one site.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { linkTree } from './files.ts';
import { join } from 'node:path';
import type { RenderPart } from '../../src/lib/render-part.ts';

/** The most documents one run renders: Astro's record of its pages stays near 1 GB at this size. */
export const MAX_PART_DOCUMENTS = 10_000;
/**
 * Up to this many documents one run renders the whole site: each run costs
 * about 50 s of bundling and content sync before its first page, more than
 * running two parts side by side saves on a smaller corpus.
 */
export const ONE_RUN_DOCUMENTS = 5_000;

/**
 * How many documents one run renders unless RENDER_PART_DOCUMENTS says
 * otherwise: the whole corpus when it is small, else a share per core
 * (`concurrency` runs go side by side), at most MAX_PART_DOCUMENTS.
 */
export function partDocuments(documents: number, concurrency: number): number {
  if (documents <= ONE_RUN_DOCUMENTS) return documents;
  return Math.min(MAX_PART_DOCUMENTS, Math.ceil(documents / concurrency));
}

/** Tells astro.config.mjs to copy nothing from public/: every render run leaves it to `linkPublic`. */
export const WITHOUT_PUBLIC = { RENDER_PUBLIC: '0' } as const;

/** Puts the project's public/ (open data, agency files, search assets) into a rendered site by hard links. */
export function linkPublic(projectRoot: string, site: string): void {
  linkTree(join(projectRoot, 'public'), site);
}

/** One run's share of the site. */
export type RenderRun = Exclude<RenderPart, { kind: 'whole' }>;

/** The runs that render a corpus of `documents`, documents first, the lists last. */
export function renderParts(documents: number, partDocuments: number): RenderRun[] {
  const parts: RenderRun[] = [];
  for (let from = 0; from < documents; from += partDocuments) parts.push({ kind: 'documents', from, to: Math.min(documents, from + partDocuments) });
  return [...parts, { kind: 'lists' }];
}

/**
 * Moves everything under `from` into `to`, leaving in place what `to` already
 * holds: the pages without parameters, which every part renders alike.
 */
export function mergeInto(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (!existsSync(target)) renameSync(source, target);
    else if (statSync(source).isDirectory() && statSync(target).isDirectory()) mergeInto(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}
