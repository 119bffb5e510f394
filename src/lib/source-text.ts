import { existsSync, readdirSync, readFileSync } from 'node:fs';

const SOURCES_DIR = 'content/sources';
/** Where the content stage copies a Word document or PDF as it came (scripts/build-content.ts). */
const ORIGINALS_DIR = 'public/data/originals';

/** The decoded source text of a document, one entry per line as the parser numbers them. */
export function sourceLines(slug: string): string[] {
  return readFileSync(`${SOURCES_DIR}/${slug}.txt`, 'utf8').split(/\r\n|\r|\n/);
}

/** Text the reader of a PDF left out of its source text, where it stood on which page and why (scripts/formats/blocks.ts `LeftOut`). */
export interface LeftOutText {
  position: { format: string; page?: number; line?: number };
  text: string;
  reason: string;
}

/** What was left out of a document's source text, or nothing. */
export function sourceLeftOut(slug: string): LeftOutText[] {
  const file = `${SOURCES_DIR}/${slug}.left-out.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LeftOutText[]) : [];
}

/** The extension of the original file a document's text was read from (`docx`), when the build offers it for download. */
export function originalExtension(slug: string): string | undefined {
  if (!existsSync(ORIGINALS_DIR)) return undefined;
  const name = readdirSync(ORIGINALS_DIR).find((candidate) => candidate.startsWith(`${slug}.`) && !candidate.slice(slug.length + 1).includes('.'));
  return name?.slice(slug.length + 1);
}
