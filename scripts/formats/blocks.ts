/**
 * The one form every input format is read into before parsing: headings,
 * paragraphs and tables (rows of cells), each with where it stands in the
 * original file. HTML, DOCX and PDF readers produce blocks; `blocksToText`
 * lays them out as the text the parser reads (a table as a Markdown pipe
 * table, so tables from every format meet the one task-table reader), and
 * keeps, for each line of that text, the position in the original.
 */

/** Where a block stands in the original file, in the terms of its format. */
export type SourcePosition =
  | { format: 'pdf'; page: number; line: number }
  | { format: 'docx'; paragraph: number }
  | { format: 'html'; path: string };

export interface TableRow {
  cells: string[];
  source: SourcePosition;
}

/** Why a reader of a paged file left text out: the page frame, not the document. */
export type LeftOutReason = 'page-number' | 'running-head' | 'repeated-table-header';

/** Text a reader left out of the laid-out text, where it stood and why: listed on the source page. */
export interface LeftOut {
  position: SourcePosition;
  text: string;
  reason: LeftOutReason;
}

export type Block =
  | { kind: 'heading'; depth: number; text: string; source: SourcePosition }
  | { kind: 'paragraph'; text: string; source: SourcePosition }
  | { kind: 'table'; rows: TableRow[]; source: SourcePosition };

/** The text the parser reads, and the original position of each of its lines (index 0 is line 1). */
export interface LaidOutText {
  text: string;
  positions: SourcePosition[];
}

/** `page 3, line 12`, `paragraph 14`, `body > div.article > p:nth-child(5)`: a position as a reader finds it in the original. */
export function describePosition(position: SourcePosition): string {
  if (position.format === 'pdf') return `page ${position.page}, line ${position.line}`;
  if (position.format === 'docx') return `paragraph ${position.paragraph}`;
  return position.path;
}

/** A cell's text on one line of a pipe table: its line breaks as <br>, a bar as the full-width ｜ the parser reads as text. */
function cellLine(text: string): string {
  return text.trim().replace(/\|/g, '｜').replace(/\r?\n/g, '<br>');
}

/** Lays blocks out as Markdown-like text, one blank line between blocks. */
export function blocksToText(blocks: readonly Block[]): LaidOutText {
  const lines: string[] = [];
  const positions: SourcePosition[] = [];
  const push = (line: string, position: SourcePosition) => {
    lines.push(line);
    positions.push(position);
  };
  for (const block of blocks) {
    if (lines.length > 0) push('', block.source);
    if (block.kind === 'heading') push(`${'#'.repeat(Math.min(Math.max(block.depth, 1), 6))} ${block.text.replace(/\s*\n\s*/g, '')}`, block.source);
    else if (block.kind === 'paragraph') for (const line of block.text.split(/\r?\n/)) push(line, block.source);
    else {
      const width = Math.max(...block.rows.map((row) => row.cells.length));
      block.rows.forEach((row, index) => {
        const cells = [...row.cells, ...Array.from({ length: width - row.cells.length }, () => '')];
        push(`| ${cells.map(cellLine).join(' | ')} |`, row.source);
        if (index === 0) push(`|${' --- |'.repeat(width)}`, row.source);
      });
    }
  }
  return { text: `${lines.join('\n')}\n`, positions };
}
