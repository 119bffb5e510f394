import type { NumberStyle } from '../model.ts';
import { isAgencyLine } from './agency-cell.ts';
import { type ColumnRole, isAgencyRole } from './division-table.ts';
import { matchMarker } from './numbering.ts';
import { isBlank, type SourceLine } from './source-lines.ts';
import type { CellRow } from './table-block.ts';

import { cellWords } from './vertical-header.ts';

/**
 * A task table copied one cell per line whose rows have no 序号 column but
 * are keyed by their task cell's own number (`（1）建设精品道路300条。`),
 * with merged cells printed once for the rows they span (146):
 *
 *     任务 / 分类 / 主要方向 / 重点任务 / 2024年工作项目 / … / 牵头 / 部门 / 配合 / 部门 / 实施 / 主体
 *     （一） / 提升交通设施环境品质 / 1、改善城市道路环境 / （1）建设精品道路300条。 / … / 设施养护处 / …
 *     （4）建设慢行交通精品区域50个。 / … (its role cells merged with row 3's)
 *
 * A row's cells are told apart by what they are: the numbered task cell
 * starts it; the group cells before it (`（一）…`, `1、…`) carry the next
 * number of their own count; its last lines that name bodies are its role
 * cells; the lines between are the other columns.
 */

/** A numbering marker opening a line, or standing alone on it (`（一）` over its category's words). */
interface LineMarker {
  style: NumberStyle;
  value: number;
  marker: string;
  /** The words after the marker. */
  rest: string;
}

function lineMarker(text: string): LineMarker | undefined {
  const words = cellWords(text);
  // `matchMarker` wants words after a marker; a full stop stands in for those of a marker alone on its line.
  const match = matchMarker(words, 0) ?? matchMarker(`${words}。`, 0);
  if (!match || match.length > words.length) return undefined;
  return { style: match.token.style, value: match.token.value, marker: match.token.marker, rest: words.slice(match.length) };
}

/** Most lines one row's cells may take before the next row's task cell. */
const MAX_ROW_LINES = 80;
/** A line that goes on in the next (`…更新项目；`), or a note under a cell's words (`注：以…为准。`): one cell of several lines. */
const RUNS_ON = /[；;，,、]$/;
const NOTE = /^(?:注|註)[:：]/;

/** The other columns' lines as cells: a line ending in `；` runs on into the next, a `注：` line belongs to the cell above. */
function cellsOf(texts: string[]): string[] {
  const cells: string[] = [];
  texts.forEach((text, position) => {
    const runsOn = position > 0 && (RUNS_ON.test(texts[position - 1]!) || NOTE.test(text));
    if (runsOn) cells[cells.length - 1] += `\n${text}`;
    else cells.push(text);
  });
  return cells;
}

/**
 * The style of the rows' own numbers: of the counts the body's markers run
 * (`（一）（二）…`, `1、2、…`, `（1）（2）…`), the longest, as every group
 * holds at least one row.
 */
function keyStyle(lines: SourceLine[], indexes: number[]): NumberStyle | undefined {
  const counts = new Map<NumberStyle, number>();
  for (const index of indexes) {
    const marker = lineMarker(lines[index]!.text);
    if (marker && marker.value === (counts.get(marker.style) ?? 0) + 1) counts.set(marker.style, marker.value);
  }
  const [style, count] = [...counts].reduce<[NumberStyle | undefined, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [undefined, 0]);
  return count >= 2 ? style : undefined;
}

/** Lines looked at to tell whether a body starts as keyed rows: enough for a few rows, however long their cells. */
const OPENING_LINES = 200;

/** Does the body of a table without 序号, from line `start`, open as keyed rows do: with a group cell or the task cell of row 1? */
export function startsKeyedRows(lines: SourceLine[], start: number): boolean {
  const indexes: number[] = [];
  for (let index = start; index < lines.length && indexes.length < OPENING_LINES; index++) if (!isBlank(lines[index]!.text)) indexes.push(index);
  const first = indexes[0] === undefined ? undefined : lineMarker(lines[indexes[0]]!.text);
  return first?.value === 1 && keyStyle(lines, indexes) !== undefined;
}

/** A group cell (`（一）提升交通设施环境品质`): its count, its words, and the position past its lines. */
interface GroupCell {
  style: NumberStyle;
  text: string;
  end: number;
}

/** Reads keyed rows from `indexes` (the non-blank lines after the header); returns them and how many lines they take. */
export function readKeyedRows(lines: SourceLine[], indexes: number[], roles: ColumnRole[]): { rows: CellRow[]; end: number } {
  // Counts are told apart in the body's opening lines: the rest of a long document, read for each table, would take time growing with its square.
  const key = keyStyle(lines, indexes.slice(0, OPENING_LINES));
  const textColumn = roles.indexOf('text');
  const groupColumns = roles.flatMap((role, column) => (column < textColumn && role === 'other' ? [column] : []));
  const agencyColumns = roles.flatMap((role, column) => (isAgencyRole(role) ? [column] : []));
  const otherColumns = roles.flatMap((role, column) => (column > textColumn && !isAgencyRole(role) ? [column] : []));
  const text = (at: number) => cellWords(lines[indexes[at]!]!.text);
  const marker = (at: number) => (at < indexes.length ? lineMarker(lines[indexes[at]!]!.text) : undefined);
  // Each group count's next number, and the column its cells go to, in the order the counts first appear.
  const nextGroup = new Map<NumberStyle, number>();
  const groupColumn = new Map<NumberStyle, number>();
  const isKey = (at: number, value: number) => marker(at)?.style === key && marker(at)?.value === value;
  const isGroup = (at: number) => {
    const found = marker(at);
    return found !== undefined && found.style !== key && found.value === (nextGroup.get(found.style) ?? 1);
  };
  /** The group cells from `at`: a marker with its words, or a marker alone and the words on the next line. */
  const groupCellsAt = (at: number): GroupCell[] => {
    const cells: GroupCell[] = [];
    let position = at;
    while (isGroup(position)) {
      const found = marker(position)!;
      const alone = found.rest === '' && position + 1 < indexes.length && marker(position + 1) === undefined;
      cells.push({ style: found.style, text: alone ? `${text(position)}${text(position + 1)}` : text(position), end: position + (alone ? 2 : 1) });
      position += alone ? 2 : 1;
    }
    return cells;
  };
  const rows: CellRow[] = [];
  // The role cells of the row above, printed or merged: what a row that prints none shares.
  let roleCellsAbove: { column: number; text: string }[] = [];
  let position = 0;
  for (let value = 1; ; value++) {
    const first = position;
    const cells = roles.map(() => '');
    for (const cell of groupCellsAt(position)) {
      if (!groupColumn.has(cell.style)) groupColumn.set(cell.style, groupColumns[groupColumn.size] ?? textColumn);
      const column = groupColumn.get(cell.style)!;
      cells[column] = cells[column] ? `${cells[column]}\n${cell.text}` : cell.text;
      nextGroup.set(cell.style, (nextGroup.get(cell.style) ?? 1) + 1);
      position = cell.end;
    }
    if (!isKey(position, value)) {
      position = first;
      break;
    }
    const keyAt = position;
    const end = rowEnd(keyAt + 1);
    const cellTexts = indexes.slice(keyAt + 1, end).map((_, offset) => text(keyAt + 1 + offset));
    let roleCount = 0;
    while (roleCount < cellTexts.length && isAgencyLine(cellTexts[cellTexts.length - 1 - roleCount]!)) roleCount++;
    // The task cell's words after a group cell that found no column of its own.
    cells[textColumn] = cells[textColumn] ? `${cells[textColumn]}\n${marker(keyAt)!.rest}` : marker(keyAt)!.rest;
    placeOtherCells(cells, cellsOf(cellTexts.slice(0, cellTexts.length - roleCount)), otherColumns.length > 0 ? otherColumns : [textColumn]);
    const merged = roleCount === 0 ? roleCellsAbove : [];
    if (roleCount > 0) {
      placeRoleCells(cells, cellTexts.slice(cellTexts.length - roleCount), agencyColumns);
      roleCellsAbove = agencyColumns.map((column) => ({ column, text: cells[column]! })).filter((cell) => cell.text !== '');
    }
    const keyLine = lines[indexes[keyAt]!]!;
    rows.push({
      cells,
      source: keyLine,
      number: { value, marker: marker(keyAt)!.marker },
      ...(merged.length > 0 ? { merged } : {}),
      lines: { start: lines[indexes[first]!]!.line, end: lines[indexes[end - 1]!]!.line },
      index: indexes[first]!,
    });
    position = end;
  }
  return { rows, end: position };

  /**
   * Where the row whose cells start at `from` ends: before the next row's
   * group cells and task cell; the last row ends after its other cells and
   * the role cells that follow them.
   */
  function rowEnd(from: number): number {
    const value = marker(from - 1)!.value + 1;
    for (let at = from; at < Math.min(indexes.length, from + MAX_ROW_LINES); at++) {
      if (!isKey(at, value)) continue;
      let start = at;
      for (let back = from; back < at; back++) {
        // The group cells right before the next task cell are the next row's.
        const cells = groupCellsAt(back);
        if (cells.length > 0 && cells.at(-1)!.end === at) {
          start = back;
          break;
        }
      }
      return start;
    }
    let at = from;
    const texts: string[] = [];
    while (at < indexes.length && cellsOf(texts).length <= otherColumns.length && !isAgencyLine(text(at))) texts.push(text(at++));
    if (cellsOf(texts).length > otherColumns.length) at--;
    while (at < indexes.length && isAgencyLine(text(at))) at++;
    return at;
  }
}

/** The other columns' cells in order; cells past the last column go on in it (with no other column, in the task's). */
function placeOtherCells(cells: string[], texts: string[], columns: number[]): void {
  texts.forEach((text, position) => {
    const column = columns[Math.min(position, columns.length - 1)]!;
    cells[column] = cells[column] ? `${cells[column]}\n${text}` : text;
  });
}

/**
 * A row's printed role cells. As many as the columns: one each. More: the
 * first column's cell holds a name a line (`设施运行处` / `设施养护处`, both
 * lead). Fewer: the row's own, in the last columns (`随申行公司`, the
 * 实施主体), the others left empty. (None printed: the row's role cells were
 * merged with the row above's; its reader carries those.)
 */
function placeRoleCells(cells: string[], texts: string[], columns: number[]): void {
  const extra = Math.max(0, texts.length - columns.length);
  const columnTexts = [texts.slice(0, extra + 1).join('\n'), ...texts.slice(extra + 1)];
  const offset = columns.length - columnTexts.length;
  columns.forEach((column, position) => (cells[column] = position >= offset ? columnTexts[position - offset]! : ''));
}
