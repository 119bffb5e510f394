/**
 * The input formats besides plain text, by extension: each reads a file's
 * bytes into blocks. A reader that needs the event loop (mammoth unzips
 * asynchronously) says so, and only the asynchronous entry points accept it.
 */
import type { Diagnostic } from '../model.ts';
import type { Block, LeftOut } from './blocks.ts';
import { readHtml } from './html.ts';

/** A file read into blocks, with what the reader left out of them (a PDF's page numbers and running heads). */
export interface ReadBlocks {
  blocks: Block[];
  leftOut: LeftOut[];
  /** What reading the file's bytes found (a saved page's undecodable bytes), each naming where in the file. */
  warnings: Diagnostic[];
}

export type FormatReader = (
  | { mode: 'sync'; read: (bytes: Uint8Array, file: string) => ReadBlocks }
  | { mode: 'async'; read: (bytes: Uint8Array, file: string) => Promise<ReadBlocks> }
) & {
  /** Whether the source page offers the file itself for download: a reader wants the Word document or PDF as issued; a saved page is the portal's, not the issuer's. */
  download: boolean;
};

const HTML: FormatReader = { mode: 'sync', read: (bytes, file) => ({ ...readHtml(bytes, file), leftOut: [] }), download: false };

/**
 * Lower-case extension → reader. The Word and PDF libraries (mammoth, pdfjs-dist) load when a file
 * of theirs is first read: loading them up front cost every build and `extract` most of a second.
 */
export const FORMATS: ReadonlyMap<string, FormatReader> = new Map<string, FormatReader>([
  ['html', HTML],
  ['htm', HTML],
  ['docx', { mode: 'async', read: async (bytes, file) => ({ blocks: await (await import('./docx.ts')).readDocx(bytes, file), leftOut: [], warnings: [] }), download: true }],
  ['pdf', { mode: 'async', read: async (bytes, file) => ({ ...(await (await import('./pdf.ts')).readPdfBlocks(bytes, file)), warnings: [] }), download: true }],
]);

/** `seeds/A.DOCX` → `docx`; a file without an extension → ''. */
export function extensionOf(file: string): string {
  return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}

/** The reader for a file, or undefined for plain text (`.txt`, `.md`) and anything unknown. */
export function formatOf(file: string): FormatReader | undefined {
  return FORMATS.get(extensionOf(file));
}
