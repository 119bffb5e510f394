/**
 * Reads a PDF into blocks through Mozilla's PDF.js (`pdfjs-dist`): the text
 * layer with positions and the drawn borders of each page. Lines are rebuilt
 * from positions, page numbers and running titles set aside (and listed),
 * paragraphs rebuilt from the layout, ruled tables read into rows and cells,
 * a table broken across pages read as one (its repeated header dropped, a row
 * split by the page break joined again).
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ParseError } from '../parse/errors.ts';
import type { Block, LeftOut, SourcePosition, TableRow } from './blocks.ts';
import { joinPieces, simplifyRadicalForms } from './cjk-text.ts';
import { detectScript } from '../lib/chinese-script.ts';
import { findFurniture } from './pdf-furniture.ts';
import { bodySize, type Line, pageLines, type PdfPage, type Rule, type TextPiece } from './pdf-lines.ts';
import { bodyMargins, type Paragraph, paragraphs } from './pdf-paragraphs.ts';
import { findTables, type PdfTable } from './pdf-tables.ts';

export interface PdfBlocks {
  blocks: Block[];
  leftOut: LeftOut[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2], n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2], n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5],
];
const PAINTING = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** The painted paths of an operator list as page rectangles (top-down), following the transformation matrix. */
function paintedRules(fnArray: number[], argsArray: unknown[][], view: number[]): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, index) => {
    const args = argsArray[index]!;
    if (fn === OPS.save) stack.push(matrix);
    else if (fn === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (fn === OPS.transform) matrix = multiply(matrix, args as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(matrix);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) matrix = multiply(matrix, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
    else if (fn === OPS.constructPath && PAINTING.has(args[0] as number) && args[2]) {
      // The path's bounding box (minX, minY, maxX, maxY) in its own space; its corners through the matrix.
      const [x0, y0, x1, y1] = Array.from(args[2] as ArrayLike<number>) as [number, number, number, number];
      const xs = [x0, x1].flatMap((x) => [y0, y1].map((y) => matrix[0] * x + matrix[2] * y + matrix[4]));
      const ys = [x0, x1].flatMap((x) => [y0, y1].map((y) => matrix[1] * x + matrix[3] * y + matrix[5]));
      rules.push({ left: Math.min(...xs) - view[0]!, right: Math.max(...xs) - view[0]!, top: view[3]! - Math.max(...ys), bottom: view[3]! - Math.min(...ys) });
    }
  });
  return rules;
}

interface TextItemLike { str: string; transform: number[]; width: number }

async function loadPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  // PDF.js takes the buffer over; a copy leaves the caller's bytes intact.
  const task = getDocument({ data: Uint8Array.from(bytes), verbosity: 0, useSystemFonts: false, stopAtErrors: false });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ParseError(file, 1, 'the PDF is password-protected; expected an unprotected PDF');
    throw new ParseError(file, 1, `not a readable PDF (${(error as Error).message}); expected a PDF file, is it damaged or cut short?`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const view = page.view;
      const content = await page.getTextContent();
      const pieces: TextPiece[] = (content.items as TextItemLike[]).filter((item) => 'str' in item).map((item) => ({
        x: item.transform[4]! - view[0]!,
        top: view[3]! - item.transform[5]!,
        width: item.width,
        size: Math.hypot(item.transform[2]!, item.transform[3]!),
        text: item.str,
      }));
      const operators = await page.getOperatorList();
      pages.push({ number, width: view[2]! - view[0]!, height: view[3]! - view[1]!, pieces, rules: paintedRules(operators.fnArray, operators.argsArray, view) });
    }
    return pages;
  } catch (error) {
    throw new ParseError(file, 1, `the PDF is damaged: ${(error as Error).message}; expected a PDF whose pages can be read`);
  } finally {
    await task.destroy();
  }
}

const pdfPosition = (page: number, line: number): SourcePosition => ({ format: 'pdf', page, line });
const rowText = (row: { cells: { text: string }[] }) => row.cells.map((cell) => cell.text).join('|');

type Item = { kind: 'line'; line: Line } | { kind: 'table'; table: PdfTable };

/**
 * A table's rows with the next page's part of it: its header, repeated on
 * the new page, dropped. The part's first row is the rest of the row the page
 * break split, joined to it cell by cell, when it starts without a top border,
 * or when its first cell is empty (no number of its own) and the row above
 * went on past the page's end or had a number.
 */
function continueTable(rows: TableRow[], previous: PdfTable, part: PdfTable, leftOut: LeftOut[]): void {
  const header = rows[0]!;
  const partRows = [...part.rows];
  if (partRows[0] && rowText(partRows[0]).replace(/\s/g, '') === header.cells.join('|').replace(/\s/g, '')) {
    const repeated = partRows.shift()!;
    leftOut.push({ position: pdfPosition(part.page, repeated.line), text: repeated.cells.map((cell) => cell.text).join(' | '), reason: 'repeated-table-header' });
  }
  const last = rows.at(-1)!;
  const first = partRows[0];
  const splitRow = part.continuesRow || (first?.cells[0]!.text === '' && (previous.rowGoesOn || last.cells[0] !== ''));
  if (first && first.cells.length > 1 && first.cells.length === last.cells.length && splitRow) {
    last.cells = last.cells.map((cell, index) => joinPieces(cell, first.cells[index]!.text));
    partRows.shift();
  }
  rows.push(...partRows.map((row) => ({ cells: row.cells.map((cell) => cell.text), source: pdfPosition(part.page, row.line) })));
}

/**
 * Headings by their type size: a short paragraph, no sentence, set larger than
 * the body text (the commonest size). The largest such size is depth 1 (a
 * document's title), any other depth 2.
 */
function headingDepths(lines: readonly Line[]): (paragraph: Paragraph) => number | undefined {
  const body = bodySize(lines);
  // A heading says something: a cover's large `2.0` or telephone number is artwork.
  const saysSomething = (text: string) => /\p{Script=Han}{2}/u.test(text);
  const isHeading = (paragraph: Paragraph) => paragraph.first.size >= body * 1.15 && paragraph.text.length <= 100 && saysSomething(paragraph.text) && !/[。；]$/.test(paragraph.text);
  const largest = Math.max(0, ...lines.filter((line) => saysSomething(line.text)).map((line) => line.size).filter((size) => size >= body * 1.15));
  return (paragraph) => (isHeading(paragraph) ? (paragraph.first.size >= largest - 0.5 ? 1 : 2) : undefined);
}

/** Reads a PDF's text into blocks, with what was left out as page furniture. */
export async function readPdfBlocks(bytes: Uint8Array, file: string): Promise<PdfBlocks> {
  const pages = await loadPages(bytes, file);
  if (pages.every((page) => page.pieces.every((piece) => piece.text.trim() === ''))) {
    throw new ParseError(file, 1, 'the PDF has no text layer: its pages are images (a scan?); OCR is needed to read it — run it through OCR software (such as ocrmypdf) and use the PDF that gives, or the document as text');
  }
  const lines = pages.map(pageLines);
  const furniture = findFurniture(pages, lines);
  const leftOut: LeftOut[] = furniture.map(({ line, reason }) => ({ position: pdfPosition(line.page, line.line), text: line.text, reason }));
  const isFurniture = new Set(furniture.map(({ line }) => line));

  const items: Item[] = [];
  pages.forEach((page, index) => {
    const tables = findTables(page, lines[index]!);
    const onPage: (Item & { top: number })[] = tables.map((table) => ({ kind: 'table', table, top: table.top }));
    for (const line of lines[index]!) {
      if (isFurniture.has(line) || tables.some((table) => line.top > table.top && line.top < table.bottom + line.size * 0.2)) continue;
      onPage.push({ kind: 'line', line, top: line.top });
    }
    items.push(...onPage.sort((a, b) => a.top - b.top));
  });

  const bodyLines = items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
  const margins = bodyMargins(bodyLines);
  const blocks: Block[] = [];
  let run: Line[] = [];
  const headingDepth = headingDepths(bodyLines);
  const flush = () => {
    for (const paragraph of paragraphs(run, margins)) {
      const source = pdfPosition(paragraph.first.page, paragraph.first.line);
      const depth = headingDepth(paragraph);
      const last = blocks.at(-1);
      // A title set over two or three lines in its large size is one heading.
      if (depth && last?.kind === 'heading' && last.depth === depth) last.text = joinPieces(last.text, paragraph.text);
      else blocks.push(depth ? { kind: 'heading', depth, text: paragraph.text, source } : { kind: 'paragraph', text: paragraph.text, source });
    }
    run = [];
  };
  let previousTable: PdfTable | null = null;
  for (const item of items) {
    if (item.kind === 'line') {
      run.push(item.line);
      previousTable = null;
      continue;
    }
    flush();
    const last = blocks.at(-1);
    const width = (table: PdfTable) => Math.max(...table.rows.map((row) => row.cells.length));
    if (last?.kind === 'table' && previousTable && previousTable.page < item.table.page && width(previousTable) === width(item.table)) continueTable(last.rows, previousTable, item.table, leftOut);
    else blocks.push({ kind: 'table', rows: item.table.rows.map((row) => ({ cells: row.cells.map((cell) => cell.text), source: pdfPosition(item.table.page, row.line) })), source: pdfPosition(item.table.page, item.table.rows[0]!.line) });
    previousTable = item.table;
  }
  flush();
  return { blocks: detectScript(blocks.map(blockText).join('\n')) === 'zh-Hans' ? blocks.map(simplifiedBlock) : blocks, leftOut };
}

const blockText = (block: Block) => (block.kind === 'table' ? block.rows.map((row) => row.cells.join(' ')).join('\n') : block.text);

/** A block of a simplified document with the characters radicals became simplified (see simplifyRadicalForms). */
function simplifiedBlock(block: Block): Block {
  if (block.kind === 'table') return { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map(simplifyRadicalForms) })) };
  return { ...block, text: simplifyRadicalForms(block.text) };
}
