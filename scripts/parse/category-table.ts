import { isDeadlineWords } from './deadline.ts';
import { type ColumnRole, columnRole, isAgencyRole } from './division-table.ts';
import { type Findings, isBlank, removeLine, type SourceLine } from './source-lines.ts';
import type { CellRow, TableBlock } from './table-block.ts';
import { stripSpaces } from './text.ts';

/**
 * A 任务清单 copied from a web page one cell per paragraph (cells part at a
 * blank line, a cell's own lines at a single break), whose first column, the
 * 类别 merged over its rows, was printed one character per line:
 *
 *     类别 / 序号 / 主要任务 / 节点 / 指标数 / 责任单位 / 配合单位
 *     1. / 分 / 类 / 投 / 放          ← the category, once or twice
 *     1 / 垃圾分类…户数 / 2018年 / 24.3万户 / 各街道办事处 / 区绿化市容局 / 2019年 / 26.5万户
 *
 * A row's later 节点 cells (2019年, 2020年) and what follows each are sub-rows
 * of the milestones; their agencies join the row's, their times its deadline.
 */

/** One paragraph of the copy: a cell. */
interface Cell {
  lines: SourceLine[];
  /** Index into the scanned lines of the cell's first line. */
  index: number;
}

const CATEGORY_HEADER = /^(?:类别|類別|类型|類型|分类|分類)$/;
/** A category cell's optional marker line (`1.`, `１.`, `一、`) before its characters. */
const CATEGORY_MARKER = /^(?:[0-9０-９]{1,2}[.．、]?|[一二三四五六七八九十]{1,3}[、.．]?)$/;
/** Most header cells; the header is short words, one a cell. */
const MAX_HEADER_CELLS = 12;

/** Paragraphs from `start` to the end, each as its lines. */
function cellsFrom(lines: SourceLine[], start: number): Cell[] {
  const cells: Cell[] = [];
  let current: Cell | undefined;
  for (let index = start; index < lines.length; index++) {
    if (isBlank(lines[index]!.text)) {
      current = undefined;
      continue;
    }
    if (!current) cells.push((current = { lines: [], index }));
    current.lines.push(lines[index]!);
  }
  return cells;
}

function words(cell: Cell): string[] {
  return cell.lines.map((source) => stripSpaces(source.text));
}

/** The category a cell prints one character per line (`1.` / `分` / `类` / …), its marker kept, or undefined. */
function categoryOf(cell: Cell): string | undefined {
  const texts = words(cell);
  const marked = CATEGORY_MARKER.test(texts[0]!);
  const characters = marked ? texts.slice(1) : texts;
  return characters.length >= 2 && characters.every((text) => [...text].length === 1) ? `${marked ? `${texts[0]} ` : ''}${characters.join('')}` : undefined;
}

/** The header's cells: single short lines from the 类别 cell up to the first category. */
function headerCells(cells: Cell[]): Cell[] | undefined {
  const header: Cell[] = [];
  for (const cell of cells.slice(0, MAX_HEADER_CELLS + 1)) {
    if (categoryOf(cell) !== undefined) return header;
    if (cell.lines.length !== 1 || stripSpaces(cell.lines[0]!.text).length > 8) return undefined;
    header.push(cell);
  }
  return undefined;
}

/**
 * The column roles when a 类别 header cell starts such a table at `start`:
 * the header must name a 序号, a task and an agency column, and the first
 * body cell be a category printed one character per line.
 */
export function categoryTableRoles(lines: SourceLine[], start: number): ColumnRole[] | undefined {
  if (isBlank(lines[start]!.text) || !CATEGORY_HEADER.test(stripSpaces(lines[start]!.text))) return undefined;
  if (start + 1 < lines.length && !isBlank(lines[start + 1]!.text)) return undefined;
  const header = headerCells(cellsFrom(lines, start));
  if (!header) return undefined;
  const roles = header.map((cell) => columnRole(stripSpaces(cell.lines[0]!.text)));
  return roles.includes('number') && roles.includes('text') && roles.some(isAgencyRole) ? roles : undefined;
}

/** A cell naming agencies, one or several lines (`区绿化市容局` / `区商务委`); counts (`4个街道`) are not. */
function isAgencyCell(cell: Cell): boolean {
  return words(cell).every((text) => !/^[0-9０-９]/.test(text) && /(?:厅|局|委|办|部|院|中心|政府|公司|集团|单位|部门|街道|乡镇|街镇|办事处)$/.test(text));
}

function isMilestone(cell: Cell): boolean {
  return cell.lines.length === 1 && stripSpaces(cell.lines[0]!.text).length <= 12 && isDeadlineWords(cell.lines[0]!.text);
}

function isRowNumber(cell: Cell, expected: number): boolean {
  return cell.lines.length === 1 && stripSpaces(cell.lines[0]!.text) === String(expected);
}

/**
 * Reads the rows, each category a heading row of its one cell, then its
 * numbered rows. A category printed again at once is the merged cell copied
 * twice: removed and reported.
 */
export function readCategoryBlock(lines: SourceLine[], start: number, roles: ColumnRole[], findings: Findings): TableBlock {
  const cells = cellsFrom(lines, start);
  const header = cells.slice(0, roles.length);
  const numberColumn = roles.indexOf('number');
  const textColumn = roles.indexOf('text');
  const deadlineColumn = roles.indexOf('deadline');
  // Columns a milestone fills after its time, in order: its counts and its agencies.
  const milestoneColumns = roles.flatMap((role, column) => (column > textColumn && role !== 'deadline' ? [column] : []));
  const agencyColumns = milestoneColumns.filter((column) => isAgencyRole(roles[column]));
  const countColumns = milestoneColumns.filter((column) => !isAgencyRole(roles[column]));
  const rows: CellRow[] = [];
  let position = roles.length;
  let category: string | undefined;
  let expected = 1;
  while (position < cells.length) {
    const cell = cells[position]!;
    const named = categoryOf(cell);
    if (named !== undefined) {
      // The merged category cell may be printed twice, once per page or per span.
      if (named !== category) rows.push({ cells: [named], source: cell.lines[0]!, lines: { start: cell.lines[0]!.line, end: cell.lines.at(-1)!.line }, index: cell.index });
      else for (const line of cell.lines) removeLine(findings, line, 'page-break-duplicate');
      category = named;
      expected = 1;
      position++;
      continue;
    }
    if (!isRowNumber(cell, expected) || position + 1 >= cells.length) break;
    const row = roles.map(() => '');
    row[numberColumn] = String(expected);
    row[textColumn] = words(cells[position + 1]!).join('\n');
    let next = position + 2;
    let first = true;
    while (next < cells.length && isMilestone(cells[next]!)) {
      // The first milestone's cells are the numbered row's; each later one is a sub-row without a number.
      const milestone = first ? row : roles.map(() => '');
      const from = first ? cell : cells[next]!;
      if (deadlineColumn >= 0) milestone[deadlineColumn] = stripSpaces(cells[next]!.lines[0]!.text);
      next++;
      // After its time, a milestone's counts and agencies, until the next time, row or category.
      let agencyAt = 0;
      let countAt = 0;
      while (next < cells.length && agencyAt + countAt < milestoneColumns.length && !isMilestone(cells[next]!) && !isRowNumber(cells[next]!, expected + 1) && categoryOf(cells[next]!) === undefined) {
        const column = isAgencyCell(cells[next]!) ? agencyColumns[agencyAt++] : countColumns[countAt++];
        if (column === undefined) break;
        // A cell keeps its lines as printed; the table reader reads each line as one name.
        milestone[column] = words(cells[next]!).join('\n');
        next++;
      }
      rows.push({ cells: milestone, source: from.lines[0]!, lines: { start: from.lines[0]!.line, end: cells[next - 1]!.lines.at(-1)!.line }, index: from.index });
      first = false;
    }
    if (first) rows.push({ cells: row, source: cell.lines[0]!, lines: { start: cell.lines[0]!.line, end: cells[next - 1]!.lines.at(-1)!.line }, index: cell.index });
    expected++;
    position = next;
  }
  return {
    layout: 'web',
    header: header.map((cell) => stripSpaces(cell.lines[0]!.text)),
    headerLines: { start: header[0]!.lines[0]!.line, end: header.at(-1)!.lines[0]!.line },
    rows,
    end: cells[position]?.index ?? lines.length,
  };
}
