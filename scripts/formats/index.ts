/**
 * The input formats besides plain text, by extension: each reads a file's
 * bytes into blocks. A reader that needs the event loop (mammoth unzips
 * asynchronously) says so, and only the asynchronous entry points accept it.
 */
import type { Block } from './blocks.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdfBlocks } from './pdf.ts';

export type FormatReader = (
  | { mode: 'sync'; read: (bytes: Uint8Array, file: string) => Block[] }
  | { mode: 'async'; read: (bytes: Uint8Array, file: string) => Promise<Block[]> }
) & {
  /** Whether the source page offers the file itself for download: a reader wants the Word document or PDF as issued; a saved page is the portal's, not the issuer's. */
  download: boolean;
};

/** Lower-case extension → reader. */
export const FORMATS: ReadonlyMap<string, FormatReader> = new Map<string, FormatReader>([
  ['html', { mode: 'sync', read: readHtml, download: false }],
  ['htm', { mode: 'sync', read: readHtml, download: false }],
  ['docx', { mode: 'async', read: readDocx, download: true }],
  // Page numbers, running titles and repeated table headers the PDF reader drops are not part of the text it lays out.
  ['pdf', { mode: 'async', read: async (bytes, file) => (await readPdfBlocks(bytes, file)).blocks, download: true }],
]);

/** `seeds/A.DOCX` → `docx`; a file without an extension → ''. */
export function extensionOf(file: string): string {
  return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}

/** The reader for a file, or undefined for plain text (`.txt`, `.md`) and anything unknown. */
export function formatOf(file: string): FormatReader | undefined {
  return FORMATS.get(extensionOf(file));
}
