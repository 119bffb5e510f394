import { isDeadlineWords } from './deadline.ts';
import { type ColumnRole, isAgencyRole } from './division-table.ts';
import { isAgencyLine } from './agency-cell.ts';
import { readKeyedRows, startsKeyedRows } from './keyed-table.ts';
import type { CellRow, TableBlock } from './table-block.ts';
import { isBlank, type SourceLine } from './source-lines.ts';
import { stripSpaces } from './text.ts';
import { cellWords, readVerticalHeader, type VerticalHeaderCell } from './vertical-header.ts';

/** Non-blank lines from `start`, as indexes into `lines`. */
function nonBlankFrom(lines: SourceLine[], start: number): number[] {
  const indexes: number[] = [];
  for (let index = start; index < lines.length; index++) if (!isBlank(lines[index]!.text)) indexes.push(index);
  return indexes;
}

/** `单位` heads the agencies only as the first of a duties table's two cells; elsewhere it is a unit of measure. */
function dutyTableAgency(label: string): ColumnRole | undefined {
  return DUTY_TABLE_AGENCY.test(label) ? 'responsible' : undefined;
}

function headerCells(lines: SourceLine[], start: number): VerticalHeaderCell[] {
  return readVerticalHeader(lines, start, dutyTableAgency);
}

/**
 * A 分工表 copied one cell per line: the header's cells (`序号`, `重点任务`,
 * `牵头单位`, `配合单位`, `完成时限`) each on a line, then each row's cells.
 * Returns the header's roles and how many lines it takes, or undefined.
 */
export function verticalHeaderRoles(lines: SourceLine[], start: number): ColumnRole[] | undefined {
  // Asked at every line: reading on only while the lines are header cells keeps the scan linear.
  const cells = headerCells(lines, start);
  const roles = cells.map((cell) => cell.role);
  const named = roles.includes('text') && roles.some(isAgencyRole);
  if (roles.length >= 3 && roles[0] === 'number' && named) return roles;
  const bodyStart = cells.length > 0 ? cells.at(-1)!.indexes.at(-1)! + 1 : lines.length;
  // No 序号: rows keyed by their task cell's number (`（1）…`), after the group cells they open (`（一）…`).
  if (roles.length >= 3 && !roles.includes('number') && named) return startsKeyedRows(lines, bodyStart) ? roles : undefined;
  // `单位` / `职责分工`: a table of duties by agency, one agency line then its duties, rows unnumbered.
  let firstBodyLine = bodyStart;
  while (firstBodyLine < lines.length && isBlank(lines[firstBodyLine]!.text)) firstBodyLine++;
  return roles.length === 2 && isAgencyRole(roles[0]!) && roles[1] === 'text' && firstBodyLine < lines.length && isAgencyLine(lines[firstBodyLine]!.text) ? roles : undefined;
}

const DUTY_TABLE_AGENCY = /^(?:单位|單位|单位名称|單位名稱|成员单位|成員單位)$/;

/** A line that begins the document's own numbering or an attachment: the table has ended. */
const OUTSIDE_TABLE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|附件\d*|\d+[.．、](?!\d))/;

/** Rows of a duties table: each an agency line and the lines of its duties up to the next agency line. */
function readUnnumberedRows(lines: SourceLine[], indexes: number[]): { rows: CellRow[]; end: number } {
  const rows: CellRow[] = [];
  let position = 0;
  while (position < indexes.length && isAgencyLine(lines[indexes[position]!]!.text)) {
    let end = position + 1;
    while (end < indexes.length && !isAgencyLine(lines[indexes[end]!]!.text) && !OUTSIDE_TABLE.test(stripSpaces(lines[indexes[end]!]!.text))) end++;
    if (end === position + 1) break;
    const agencyLine = lines[indexes[position]!]!;
    const dutyLines = indexes.slice(position + 1, end).map((index) => lines[index]!);
    rows.push({
      cells: [cellWords(agencyLine.text), dutyLines.map((source) => cellWords(source.text)).join('\n')],
      source: agencyLine,
      lines: { start: agencyLine.line, end: dutyLines.at(-1)!.line },
      index: indexes[position]!,
    });
    position = end;
  }
  return { rows, end: position };
}

/** A line that is nothing but the row number expected next. */
function isRowNumber(text: string, expected: number): boolean {
  return stripSpaces(cellWords(text)) === String(expected);
}

/**
 * Reads the rows of a one-cell-per-line table into cells. A row is its number
 * line and the lines up to the next number; its last lines fill the time and
 * agency columns when they read as such (a cell left empty is left out of the
 * copy), and the lines before them are the task text.
 */
export function readVerticalBlock(lines: SourceLine[], start: number, roles: ColumnRole[]): TableBlock {
  const indexes = nonBlankFrom(lines, start);
  const named = headerCells(lines, start);
  // A label broken over two lines (`牵头` / `部门`) is one cell of two lines.
  const namedLines = named.reduce((count, cell) => count + cell.indexes.length, 0);
  if (roles[0] !== 'number') {
    const keyed = roles.includes('text') && roles.length >= 3;
    const { rows, end } = keyed ? readKeyedRows(lines, indexes.slice(namedLines), roles) : readUnnumberedRows(lines, indexes.slice(namedLines));
    return {
      layout: 'text',
      ...(keyed ? { linesEndCells: true } : {}),
      header: named.map((cell) => cell.label),
      headerLines: { start: lines[indexes[0]!]!.line, end: lines[indexes[namedLines - 1]!]!.line },
      rows,
      end: indexes[namedLines + end] ?? lines.length,
    };
  }
  // Header cells we cannot name (`联系人及联系方式`, `推进中存在的问题`) may follow those we can, before row 1.
  let headerEnd = namedLines;
  while (headerEnd < Math.min(indexes.length, namedLines + EXTRA_HEADER_CELLS) && !isRowNumber(lines[indexes[headerEnd]!]!.text, 1)) headerEnd++;
  if (headerEnd < indexes.length && !isRowNumber(lines[indexes[headerEnd]!]!.text, 1)) headerEnd = namedLines;
  const headerIndexes = indexes.slice(0, headerEnd);
  const columns: ColumnRole[] = [...roles, ...Array.from({ length: headerEnd - namedLines }, (): ColumnRole => 'other')];
  const rows: CellRow[] = [];
  let position = headerEnd;
  const header = [...named.map((cell) => cell.label), ...headerIndexes.slice(namedLines).map((index) => cellWords(lines[index]!.text))];
  const headerLineWords = headerIndexes.map((index) => cellWords(lines[index]!.text));
  const isHeaderAgain = (at: number) => headerLineWords.every((words, offset) => cellWords(lines[indexes[at + offset]!]?.text ?? '') === words);
  let numbered = 0;
  for (;;) {
    // The header printed again on the next page: a row of its own, read as a repeated header.
    if (position < indexes.length && isHeaderAgain(position)) {
      const repeated = indexes.slice(position, position + headerLineWords.length).map((index) => lines[index]!);
      rows.push({ cells: header, source: repeated[0]!, sources: repeated, lines: { start: repeated[0]!.line, end: repeated.at(-1)!.line }, index: indexes[position]! });
      position += headerLineWords.length;
      continue;
    }
    if (!(position < indexes.length && isRowNumber(lines[indexes[position]!]!.text, numbered + 1))) break;
    numbered++;
    const expected = numbered + 1;
    // A row runs to the next row's number, however many lines its cells take (a cell may hold a list `1. … 2. …`);
    // the last row, with no number after it, takes at most a few lines a column up to the next heading or attachment, so text after the table stays out.
    const rowEnd = (at: number) => at < indexes.length && (isRowNumber(lines[indexes[at]!]!.text, expected) || isHeaderAgain(at));
    let end = position + 1;
    while (end < Math.min(indexes.length, position + MAX_ROW_LINES) && !rowEnd(end)) end++;
    if (!rowEnd(end)) {
      end = position + 1;
      while (end < indexes.length && !rowEnd(end) && end - position <= columns.length * 3 && !OUTSIDE_TABLE.test(stripSpaces(lines[indexes[end]!]!.text))) end++;
    }
    const numberLine = lines[indexes[position]!]!;
    const cellLines = indexes.slice(position + 1, end).map((index) => lines[index]!);
    rows.push({
      cells: verticalCells(numberLine, cellLines, columns),
      source: numberLine,
      lines: { start: numberLine.line, end: cellLines.at(-1)?.line ?? numberLine.line },
      index: indexes[position]!,
    });
    position = end;
  }
  return {
    layout: 'text',
    header,
    headerLines: { start: lines[headerIndexes[0]!]!.line, end: lines[headerIndexes.at(-1)!]!.line },
    rows,
    end: indexes[position] ?? lines.length,
  };
}

/** A line of a few words and nothing else: a name. */
const SHORT_NAME = /^[\u4e00-\u9fff（）()]{2,12}$/;
/** Most lines one row's cells may take before the next row's number. */
const MAX_ROW_LINES = 80;
/** Most header cells, past those we can name, that may stand before row 1. */
const EXTRA_HEADER_CELLS = 12;

/** A cell wrapped onto the next line after its list's 、 (`市交通委、` / `市规划资源局`, 269) is one cell. */
function joinWrappedLists(cellLines: SourceLine[]): SourceLine[] {
  return cellLines.reduce<SourceLine[]>((joined, source) => {
    const previous = joined.at(-1);
    if (previous && /、$/.test(cellWords(previous.text)) && isAgencyLine(source.text)) joined[joined.length - 1] = { ...previous, text: cellWords(previous.text) + cellWords(source.text) };
    else joined.push(source);
    return joined;
  }, []);
}

function verticalCells(numberLine: SourceLine, wrappedLines: SourceLine[], roles: ColumnRole[]): string[] {
  const cellLines = joinWrappedLists(wrappedLines);
  // A row with every cell printed, one line each, is read column by column.
  if (roles[0] === 'number' && cellLines.length === roles.length - 1) return [cellWords(numberLine.text), ...cellLines.map((source) => cellWords(source.text))];
  const cells = roles.map(() => '');
  const remaining = [...cellLines];
  // The columns after the task's, read from the last line back in the header's order: the time
  // before the agencies (`完成时间` / `责任部门` / `配合部门`, 227) or after them (`牵头单位` / … / `完成时限`).
  const textColumn = roles.indexOf('text');
  let column = roles.length - 1;
  while (column > textColumn && (roles[column] === 'other' || roles[column] === 'deadline' || isAgencyRole(roles[column]!))) {
    // Columns of a form left to fill (`联系人及联系方式`, `推进中存在的问题`, 66) are empty in the copy.
    if (roles[column] === 'other') {
      column -= 1;
      continue;
    }
    if (roles[column] === 'deadline') {
      // The time cell may take a line a stage (`三季度：…` / `四季度：…`, 185).
      const timeLines: string[] = [];
      while (remaining.length > 1 && isDeadlineWords(remaining.at(-1)!.text)) timeLines.unshift(cellWords(remaining.pop()!.text));
      cells[column] = timeLines.join('\n');
      column -= 1;
      continue;
    }
    let first = column;
    while (first > 0 && isAgencyRole(roles[first - 1]!)) first -= 1;
    fillAgencyColumns(cells, remaining, Array.from({ length: column - first + 1 }, (_, offset) => first + offset));
    column = first - 1;
  }
  cells[textColumn] = remaining.map((source) => cellWords(source.text)).join('\n');
  cells[roles.indexOf('number')] = cellWords(numberLine.text);
  return cells;
}

/**
 * Agency lines at the end of `remaining` fill the run of agency `columns`. A cell left empty is missing from
 * the copy, so they fill the columns from the left (牵头 first).
 */
function fillAgencyColumns(cells: string[], remaining: SourceLine[], columns: number[]): void {
  // A body's short name may end as no body's does (`中远海科`, `亿通国际`): beside names that do, a short line of words alone is one too.
  const named: SourceLine[] = [];
  while (remaining.length > 1 && (isAgencyLine(remaining.at(-1)!.text) || SHORT_NAME.test(cellWords(remaining.at(-1)!.text)))) named.unshift(remaining.pop()!);
  if (!named.some((source) => isAgencyLine(source.text))) {
    remaining.push(...named);
    return;
  }
  const agencyLines = named.map((source) => cellWords(source.text));
  // More names than agency columns, one a line (`市交通委` / `上港集团` / `市道路运输局` / …, 185): the first
  // column's cell names one body, the last column's cell takes the rest.
  const spread = agencyLines.length > columns.length
    ? [...agencyLines.slice(0, columns.length - 1), agencyLines.slice(columns.length - 1).join('\n')]
    : agencyLines;
  spread.forEach((text, position) => (cells[columns[position]!] = text));
}
