import type { LineRange, TableNode } from '../model.ts';
import type { SourceLine } from './source-lines.ts';

/** One row of a table as its source laid it out: cells in column order, and where it stands. */
export interface CellRow {
  cells: string[];
  /** The line the row starts on. */
  source: SourceLine;
  /** Every line of a row laid out over several (one cell per line), when it is more than one. */
  sources?: SourceLine[];
  lines: LineRange;
  /** Index into the scanned lines of the row's first line. */
  index: number;
  /** The row's number printed in its task cell (`（1）建设…`), in a table without a 序号 column. */
  number?: { value: number; marker: string };
  /** Cells merged with the row above's, so printed there only: their values, read for this row but not written in it. */
  merged?: { column: number; text: string }[];
}

/**
 * A table however its source laid it out (`| … |` web rows, tab-separated PDF
 * rows, one cell per line): every format's tables meet one task-table reader.
 */
export interface TableBlock {
  /** `web`: a Markdown or HTML table, whose merged cells span rows; `text`: rows broken across pages. */
  layout: 'web' | 'text';
  header: string[];
  headerLines: LineRange;
  rows: CellRow[];
  /** Index into the scanned lines of the first line after the block. */
  end: number;
  /** Every line of a cell ends where its writer ended it, none where a column's width did (`设施运行处` / `设施养护处`: two names). */
  linesEndCells?: boolean;
}

export interface TableParse {
  table: TableNode;
  /** Index into the scanned lines of the first line after the table. */
  end: number;
}
