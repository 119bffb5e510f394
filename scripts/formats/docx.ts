/**
 * A Word document (`.docx`) as blocks: mammoth turns it into HTML, keeping
 * headings, paragraphs and tables, and that HTML is read as a page body is.
 * Each block points back to the paragraph it starts at, counted as Word
 * counts them (empty paragraphs and those in table cells included).
 */
import type { Element, Root } from 'hast';
import mammoth from 'mammoth';
import { ParseError } from '../parse/errors.ts';
import type { Block } from './blocks.ts';
import { htmlBlocks } from './html-blocks.ts';
import { parseHtml } from './html.ts';

/** What mammoth writes for one Word paragraph. */
const PARAGRAPH = /^(?:p|h[1-6]|li)$/;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The signature of an OLE compound file: a Word 97–2003 `.doc`. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** For every element, the 1-based index of the first Word paragraph at or after it. */
export function paragraphIndex(root: Root): Map<Element, number> {
  const index = new Map<Element, number>();
  let count = 0;
  const visit = (element: Element) => {
    index.set(element, count + 1);
    if (PARAGRAPH.test(element.tagName)) count += 1;
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  for (const child of root.children) if (child.type === 'element') visit(child);
  return index;
}

/** The blocks of the HTML mammoth made of a document. */
export function docxHtmlBlocks(html: string): Block[] {
  const root = parseHtml(html);
  const index = paragraphIndex(root);
  const body: Element = { type: 'element', tagName: 'body', properties: {}, children: root.children.filter((child) => child.type === 'element') };
  return htmlBlocks(body, (element) => ({ format: 'docx', paragraph: index.get(element) ?? 1 }));
}

/** Why bytes that should be a .docx are not one, in words the user can act on. */
function notWord(bytes: Uint8Array, reason: string): string {
  if (startsWith(bytes, OLE)) return 'a Word 97–2003 document (.doc), not .docx; open it in Word or WPS and save it as .docx';
  if (!startsWith(bytes, ZIP)) return 'not a Word document: a .docx is a zip archive and this file is not one; expected a .docx saved by Word or WPS';
  return `a damaged Word document (${reason}); expected a .docx saved by Word or WPS, so open and save it again`;
}

/** Reads the bytes of a .docx; throws ParseError naming the file when they are not one. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<Block[]> {
  if (!startsWith(bytes, ZIP)) throw new ParseError(file, 1, notWord(bytes, ''));
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Every paragraph is kept so indices count as Word does; pictures hold no text to read.
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    ));
  } catch (error) {
    throw new ParseError(file, 1, notWord(bytes, (error as Error).message.split('\n')[0]!.trim()));
  }
  const blocks = docxHtmlBlocks(html);
  if (blocks.length === 0) throw new ParseError(file, 1, 'this Word document holds no text; expected a policy document (a scanned page pasted as a picture needs OCR first)');
  return blocks;
}
