import { z } from 'zod';
import { ASSIGNMENT_LABELS } from './assignment-labels.ts';
import { readParserData } from './data.ts';
import { type ColumnRole, columnRole, setYearColumnsAside, YEAR_COLUMN } from './division-table.ts';
import { isBlank, type SourceLine } from './source-lines.ts';
import { stripSpaces } from './text.ts';

/** Headers of columns that group rows (`任务分类`, `主要方向`); from data/table-columns.yaml. */
const GROUPING_COLUMNS: readonly string[] = readParserData('table-columns', z.object({ grouping: z.array(z.string().min(1)) })).grouping;

/** Longest header cell, without a bracketed span (`重点任务（2024-2026）`); a header names a column in a few words. */
const MAX_HEADER_LENGTH = 8;
/** Longest piece of a label a narrow column broke over two lines (`牵头` / `部门`). */
const MAX_FRAGMENT_LENGTH = 2;

/** A line that is nothing but a bracketed word or two (`（单位）`), the rest of the header cell above it. */
const BRACKET_REST = /^[（(][\u4e00-\u9fff]{1,4}[）)]$/;
/** A bracketed span closing a header (`（2024-2026）`, `（单位）`), which says no more what the column holds. */
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/;

/** A cell's words, without the `|` a flattened web table leaves at its ends (`序号 |`). */
export function cellWords(text: string): string {
  // The lookbehind starts the trailing run only where it begins: unanchored, `[…]+$` retries it from each character.
  return text.replace(/^[\s\u3000|｜]+|(?<![\s\u3000|｜])[\s\u3000|｜]+$/g, '');
}

/** What a header cell on a line of its own holds, or undefined when the words are no column header. */
function headerRole(label: string): ColumnRole | undefined {
  // A column of groups (`主要方向`) or of one year's work (`2025年计划`) may hold neither the task nor a role, yet is a header.
  if (GROUPING_COLUMNS.includes(label)) return 'other';
  if (YEAR_COLUMN.test(label)) return columnRole(label);
  if (label.replace(TRAILING_BRACKET, '').length > MAX_HEADER_LENGTH) return undefined;
  const role = columnRole(label);
  return role === 'other' ? undefined : role;
}

/** Does this label, joined from two lines, name a column as a whole (`牵头部门`, `实施主体`, `任务分类`)? */
function isWholeLabel(label: string): boolean {
  return ASSIGNMENT_LABELS.has(label) || GROUPING_COLUMNS.includes(label);
}

/** One header cell: its label as written (a broken label's pieces joined), what its column holds, and the lines it was printed on. */
export interface VerticalHeaderCell {
  label: string;
  role: ColumnRole;
  /** Indexes into the scanned lines. */
  indexes: number[];
}

/**
 * The header cells printed one per line from `start`, up to the first line
 * that is none. A label a narrow column broke over two lines (`牵头` /
 * `部门`, `实施` / `主体`) is one cell: two short pieces whose join is a
 * label of its own.
 */
export function readVerticalHeader(lines: SourceLine[], start: number, isFirstCell: (label: string) => ColumnRole | undefined): VerticalHeaderCell[] {
  const cells: VerticalHeaderCell[] = [];
  let index = nextNonBlank(lines, start);
  while (index < lines.length) {
    const written = cellWords(lines[index]!.text);
    const label = stripSpaces(written);
    const following = nextNonBlank(lines, index + 1);
    const nextWritten = following < lines.length ? cellWords(lines[following]!.text) : '';
    const joined = label + stripSpaces(nextWritten);
    if (label.length <= MAX_FRAGMENT_LENGTH && joined.length - label.length <= MAX_FRAGMENT_LENGTH && isWholeLabel(joined)) {
      cells.push({ label: written + nextWritten, role: headerRole(joined)!, indexes: [index, following] });
      index = nextNonBlank(lines, following + 1);
      continue;
    }
    const role = (cells.length === 0 ? isFirstCell(label) : undefined) ?? headerRole(label);
    if (!role) break;
    // `责任部门` / `（单位）`: a narrow column's bracketed rest of its label, on a line of its own.
    if (BRACKET_REST.test(stripSpaces(nextWritten))) {
      cells.push({ label: written + nextWritten, role, indexes: [index, following] });
      index = nextNonBlank(lines, following + 1);
      continue;
    }
    cells.push({ label: written, role, indexes: [index] });
    index = following;
  }
  const roles = cells.map((cell) => cell.role);
  setYearColumnsAside(cells.map((cell) => cell.label), roles);
  roles.forEach((role, column) => (cells[column]!.role = role));
  return cells;
}

function nextNonBlank(lines: SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length && isBlank(lines[index]!.text)) index++;
  return index;
}
