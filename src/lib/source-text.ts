import { readFileSync } from 'node:fs';

const SOURCES_DIR = 'content/sources';

/** The decoded source text of a document, one entry per line as the parser numbers them. */
export function sourceLines(slug: string): string[] {
  return readFileSync(`${SOURCES_DIR}/${slug}.txt`, 'utf8').split(/\r\n|\r|\n/);
}
