/**
 * Which part of the site one `astro build` renders. Astro keeps a record of
 * every page it generates until the build ends, so a run over the whole of a
 * large corpus grows with its page count. scripts/render-site.ts renders a
 * large corpus in parts, each a separate Astro run, and merges their output:
 *
 * - `lists`: every page that is not one document's (agencies, targets,
 *   deadlines, the document list);
 * - `documents:FROM:TO`: the pages of the documents FROM (inclusive) to TO
 *   (exclusive), counted in slug order.
 *
 * Without RENDER_PART, one run renders everything. Pages without parameters
 * (the home page, search, open data) are rendered by every run.
 */
import { z } from 'zod';

export type RenderPart = { kind: 'whole' } | { kind: 'lists' } | { kind: 'documents'; from: number; to: number };

const partSchema = z.union([
  z.literal('lists').transform((): RenderPart => ({ kind: 'lists' })),
  z
    .string()
    .regex(/^documents:\d+:\d+$/)
    .transform((value): RenderPart => {
      const [, from, to] = value.split(':');
      return { kind: 'documents', from: Number(from), to: Number(to) };
    }),
]);

/** RENDER_PART read, or a message naming what was expected. */
export function renderPartFrom(value: string | undefined): RenderPart {
  if (!value) return { kind: 'whole' };
  const parsed = partSchema.safeParse(value);
  if (!parsed.success) throw new Error(`RENDER_PART=${value}: expected "lists" or "documents:FROM:TO"`);
  return parsed.data;
}

/** The value scripts/render-site.ts passes to one run. */
export function renderPartValue(part: Exclude<RenderPart, { kind: 'whole' }>): string {
  return part.kind === 'lists' ? 'lists' : `documents:${part.from}:${part.to}`;
}

const part = renderPartFrom(process.env.RENDER_PART);

/** Whether this run renders the pages that are not one document's. */
export const rendersLists = (): boolean => part.kind !== 'documents';

const bySlug = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The documents (by id, their slug) this run loads into its content layer, whose entries only
 * document pages read (src/lib/document-loader.ts): a part of documents its own range, the lists
 * part none (lists read src/lib/page-files.ts's document list), one run of the whole site all.
 */
export function loadedDocumentIds(ids: readonly string[], runPart: RenderPart = part): string[] {
  if (runPart.kind === 'lists') return [];
  const sorted = [...ids].sort(bySlug);
  return runPart.kind === 'documents' ? sorted.slice(runPart.from, runPart.to) : sorted;
}

/** The documents whose pages this run renders, in slug order: those it loaded, none in the lists part. */
export function renderedDocuments<Entry extends { id: string }>(entries: readonly Entry[]): Entry[] {
  if (part.kind === 'lists') return [];
  return [...entries].sort((a, b) => bySlug(a.id, b.id));
}
