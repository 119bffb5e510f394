import { existsSync, readdirSync, readFileSync } from 'node:fs';

const SOURCES_DIR = 'content/sources';
/** Where the content stage copies a Word document or PDF as it came (scripts/build-content.ts). */
const ORIGINALS_DIR = 'public/data/originals';

/** The decoded source text of a document, one entry per line as the parser numbers them. */
export function sourceLines(slug: string): string[] {
  return readFileSync(`${SOURCES_DIR}/${slug}.txt`, 'utf8').split(/\r\n|\r|\n/);
}

/** The extension of the original file a document's text was read from (`docx`), when the build offers it for download. */
export function originalExtension(slug: string): string | undefined {
  if (!existsSync(ORIGINALS_DIR)) return undefined;
  const name = readdirSync(ORIGINALS_DIR).find((candidate) => candidate.startsWith(`${slug}.`) && !candidate.slice(slug.length + 1).includes('.'));
  return name?.slice(slug.length + 1);
}
