import { isTableRule } from './markdown-syntax.ts';
import { type Assignment, type LineRange, TASK_ROLES, type TableCell, type TableHeading, type TableRowNode } from '../model.ts';
import { type LeadRule, parseAssignmentText } from './assignment-text.ts';
import { isDeadlineWords, parseDeadlineCells } from './deadline.ts';
import { pageBreakOverlap } from './page-break.ts';
import { type Findings, isBlank, removeLine, type SourceLine } from './source-lines.ts';
import type { CellRow, TableBlock, TableParse } from './table-block.ts';
import { isNameBoundary, splitRunTogetherNames } from './agency-list.ts';
import { ASSIGNMENT_LABELS } from './assignment-labels.ts';
import { stripSpaces } from './text.ts';

/** What a column of a 分工表 holds, judged from its header. */
export type ColumnRole = 'number' | 'text' | 'lead' | 'participants' | 'responsible' | 'guidance' | 'deadline' | 'other';

/** `2024年工作项目`, `2025年计划`: a column led by a year. */
export const YEAR_COLUMN = /^(?:19|20)\d{2}年[\u4e00-\u9fff]{2,}$/;

/**
 * Beside a task column of its own (`重点任务`), a column led by a year
 * (`2024年工作项目`) holds that year's share of the work, not the task; alone
 * (`2024年重点工作`), it is the task column.
 */
export function setYearColumnsAside(labels: string[], roles: ColumnRole[]): void {
  const isYear = labels.map((label) => YEAR_COLUMN.test(stripSpaces(label)));
  if (!roles.some((role, column) => role === 'text' && !isYear[column])) return;
  roles.forEach((role, column) => role === 'text' && isYear[column] && (roles[column] = 'other'));
}

const COLUMN_ROLES: [RegExp, ColumnRole][] = [
  [/^(?:(?:项目|項目|任务|任務)?(?:序号|序號|编号|編號)|序)$/, 'number'],
  [/^(?:部门|部門|部门名称|部門名稱)$/, 'responsible'],
  // A 权力和责任清单's `权力责任类别`, `设定依据`, `行使层级` say what kind of duty it is, not who holds it.
  [/(?:类别|類別|依据|依據|层级|層級|备注|備註)$/, 'other'],
  // `权力责任名称`, `权力责任事项`: the duty itself, though the words name 责任.
  [/(?:名称|名稱|事项|事項)$/, 'text'],
  [/牵头|牽頭/, 'lead'],
  [/配合|参与|參與|参加|參加|协办|協辦/, 'participants'],
  [/指导|指導/, 'guidance'],
  [/主责|主責|责任|責任|负责|負責|承办|承辦|实施主体|實施主體|行使主体|行使主體|执行主体|執行主體/, 'responsible'],
  [/时间|時間|时限|時限|进度|進度|期限|节点|節點/, 'deadline'],
  [/任务|任務|内容|內容|措施|事项|事項|工作|职责|職責/, 'text'],
];

export function columnRole(header: string): ColumnRole {
  const compact = stripSpaces(header);
  return ASSIGNMENT_LABELS.get(compact) ?? COLUMN_ROLES.find(([pattern]) => pattern.test(compact))?.[1] ?? 'other';
}

/** Splits a table line into cells: tab-separated (PDF, spreadsheets) or `|`-separated (web copies). */
export function splitCells(text: string): string[] | undefined {
  if (text.includes('\t')) return text.split('\t').map((cell) => cell.trim());
  if ((text.match(/\|/g) ?? []).length >= 2) {
    return text.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim());
  }
  return undefined;
}

/** A header of a division-of-work table: a number column, a task column and an agency or time column. */
export function tableHeaderRoles(text: string): ColumnRole[] | undefined {
  const cells = splitCells(text);
  if (!cells || cells.filter(Boolean).length < 2) return undefined;
  const roles = cells.map(columnRole);
  setYearColumnsAside(cells, roles);
  const hasAgencyOrTime = roles.some((role) => role !== 'number' && role !== 'text' && role !== 'other');
  const hasAgency = roles.some(isAgencyRole);
  // `| 序号 | 责任单位 | 强制类 | 鼓励类 |`: with no column named for the task, the other columns hold it, each row in the first it fills.
  if (!roles.includes('text') && hasAgency && roles.includes('number')) roles.forEach((role, column) => role === 'other' && cells[column] !== '' && (roles[column] = 'text'));
  // A web table may have no 序号 column: its rows are then numbered in the order printed.
  const numbered = roles.includes('number') && cells.length >= 3;
  return roles.includes('text') && (numbered ? hasAgencyOrTime : hasAgency && /^\s*\|/.test(text)) ? roles : undefined;
}

interface RowDraft {
  number: number;
  /** The 序号 cell as written (`12`, `12★`). */
  marker: string;
  cells: string[];
  /** Cells of rows a web table spans under this one (its 序号 cell merged away), by column. */
  spanned: { column: number; text: string }[];
  /** Agency cells a row without its own takes from the row above (a merged cell lost in the copy): read, not written. */
  inherited: { column: number; text: string }[];
  lines: { start: number; end: number };
  /** Line of the last line that added to this row. */
  lastLine: number;
}

function joinAcrossBreak(previous: string, next: string, source: SourceLine, findings: Findings): string {
  if (!previous) return next;
  const overlap = pageBreakOverlap(previous, next);
  if (overlap > 0) {
    const column = source.text.indexOf(next) + 1;
    findings.removed.push({ line: source.line, column, text: next.slice(0, overlap), reason: 'page-break-duplicate' });
  }
  return previous + next.slice(overlap);
}

const DANGLING_LIST = /[、，,]$/;
/** A category's numeral in a table's 序号 column: `一`, `二、`. */
const CATEGORY_NUMERAL = /^[一二三四五六七八九十]{1,3}[、.．]?$/;
/** `——`, `/`, `无`: a cell left empty on purpose. */
const EMPTY_CELL = /^(?:[-—–―/\s]*|无|無)$/;

/** The roles of a header's number, agency and time columns, in order: what tells one table's header from another's. */
const headerShape = (text: string) => tableHeaderRoles(text)?.filter((role) => role !== 'text' && role !== 'other').join(' ');

/**
 * The rows of a `|`- or tab-separated table from its header line `lines[start]` to the first line that is not a row,
 * or to the header of another Markdown table: a row with a rule (`|---|`) under it whose columns play other roles
 * (`| 序号 | 工作任务 | 责任单位 | 配合单位 |` after `| 序号 | 重点任务 | 具体措施 | 牵头单位 | 责任单位 |`). A copy
 * of a PDF repeats its header, rule and all, on every page (28): the same roles go on with the same table.
 */
export function readDelimitedBlock(lines: SourceLine[], start: number): TableBlock {
  const rows: CellRow[] = [];
  const shape = headerShape(lines[start]!.text);
  let index = start + 1;
  for (; index < lines.length; index++) {
    const source = lines[index]!;
    if (isBlank(source.text)) continue;
    const cells = splitCells(source.text);
    const headsAnotherTable = isTableRule(lines[index + 1]?.raw ?? '') && ![undefined, shape].includes(headerShape(source.text));
    if (!cells || headsAnotherTable) break;
    rows.push({ cells, source, lines: { start: source.line, end: source.line }, index });
  }
  const headerLine = lines[start]!;
  return {
    layout: /^\s*\|/.test(headerLine.text) ? 'web' : 'text',
    header: splitCells(headerLine.text)!,
    headerLines: { start: headerLine.line, end: headerLine.line },
    rows,
    end: index,
  };
}

/**
 * Reads a 分工表 from its rows: rows numbered in the 序号 column, rows
 * continued on the next page (empty 序号), header rows repeated at page breaks
 * (removed and reported), and in a web table heading rows and rows spanned
 * under a merged cell. A row that fits none of these ends the table there.
 */
export function readTaskTable(block: TableBlock, roles: ColumnRole[], leadRule: LeadRule, findings: Findings): TableParse {
  const { header } = block;
  const headerKey = stripSpaces(header.join(''));
  const columns = header.length - [...header].reverse().findIndex((cell) => cell !== '');
  const webTable = block.layout === 'web';
  const drafts: RowDraft[] = [];
  const headings: TableHeading[] = [];
  let end = block.end;
  let sawPageBreak = false;
  for (const row of block.rows) {
    const { cells, source } = row;
    if (stripSpaces(cells.join('')) === headerKey || isHeaderAgain(cells, header, roles)) {
      for (const line of row.sources ?? [source]) removeLine(findings, line, 'repeated-table-header');
      sawPageBreak = true;
      continue;
    }
    const filled = cells.filter((cell) => cell !== '');
    const numberCell = cells[roles.indexOf('number')] ?? '';
    const previous = drafts.at(-1);
    if (!roles.includes('number')) {
      if (row.number) {
        // Its reader placed every cell and found which were merged with the row above's: an empty cell is empty.
        drafts.push({ number: row.number.value, marker: row.number.marker, cells, spanned: [], inherited: row.merged ?? [], lines: { ...row.lines }, lastLine: row.lines.end });
        continue;
      }
      if (webTable && filled.length === 1 && cells.length < columns) {
        headings.push({ text: filled[0]!, lines: { ...row.lines }, beforeRow: drafts.length });
        continue;
      }
      drafts.push(unnumberedRow(cells, columns, roles, drafts.length + 1, previous, row.lines));
      continue;
    }
    const number = /^(\d+)\D{0,2}$/.exec(numberCell);
    if (webTable && filled.length === 1 && !number) {
      // `| 一、共筑美丽蓝天 |`: a heading row grouping the rows below it.
      headings.push({ text: filled[0]!, lines: { ...row.lines }, beforeRow: drafts.length });
      continue;
    }
    // `| 一 | 加强组织 | | | |`: a heading row with its own numeral in the 序号 column and no agency or time.
    if (webTable && !number && CATEGORY_NUMERAL.test(numberCell) && cells.every((cell, column) => cell === '' || (!isAgencyRole(roles[column]) && roles[column] !== 'deadline'))) {
      headings.push({ text: filled.join(' '), lines: { ...row.lines }, beforeRow: drafts.length });
      continue;
    }
    if (number && (!webTable || cells.length >= columns - 1)) {
      if (previous && sawPageBreak) warnIfListDangles(previous, roles, findings);
      drafts.push({ number: Number(number[1]), marker: numberCell, cells, spanned: [], inherited: [], lines: { ...row.lines }, lastLine: row.lines.end });
    } else if (webTable && previous) {
      // A web table spans rows instead of breaking pages: a row without its 序号 cell lost it to a merged cell.
      const offset = spannedOffset(cells, columns, roles);
      cells.forEach((text, position) => text && previous.spanned.push({ column: offset + position, text }));
      previous.lines.end = row.lines.end;
      previous.lastLine = row.lines.end;
    } else if (numberCell === '' && previous) {
      previous.cells = previous.cells.map((cell, column) =>
        joinAcrossBreak(cell, cells[column] ?? '', source, findings),
      );
      previous.lines.end = row.lines.end;
      previous.lastLine = row.lines.end;
    } else {
      findings.warnings.push({
        line: source.line,
        message: `table row has "${numberCell}" in the 序号 column; expected a row number or an empty cell continuing row ${previous?.number ?? '(none)'}`,
      });
      end = row.index;
      break;
    }
    sawPageBreak = false;
  }
  const lastDraft = drafts.at(-1);
  if (lastDraft) warnIfListDangles(lastDraft, roles, findings);
  const rows = rowsOf(drafts, header, roles, leadRule, block.linesEndCells === true);
  const lastLine = Math.max(lastDraft?.lines.end ?? block.headerLines.end, headings.at(-1)?.lines.end ?? 0);
  return {
    table: {
      kind: 'table', id: '', anchor: '', header, rows,
      ...(headings.length > 0 ? { headings } : {}),
      lines: { start: block.headerLines.start, end: lastLine },
    },
    end,
  };
}

/**
 * The header printed again on a new page in another layout: a row whose 序号
 * cell reads `序号` (`| 序号 | 责任单位 | 有关政策 |  |` over a header
 * `| 序号 | 责任单位 | 强制类 | 鼓励类 |`), or whose every cell is one of
 * the header's labels (`| 强制类 | 鼓励类 |  |  |`, the second line of it) (28).
 */
function isHeaderAgain(cells: string[], header: string[], roles: ColumnRole[]): boolean {
  const numberColumn = roles.indexOf('number');
  const label = (cell: string) => stripSpaces(cell);
  if (numberColumn >= 0 && label(cells[numberColumn] ?? '') !== '' && label(cells[numberColumn] ?? '') === label(header[numberColumn] ?? '')) return true;
  const labels = new Set(header.map(label).filter(Boolean));
  const filled = cells.map(label).filter(Boolean);
  return filled.length >= 2 && filled.every((cell) => labels.has(cell));
}

/**
 * Where a row that lost its first cells to merged cells starts among the
 * columns: at its time cell's column when it has one (`年底前` sits under
 * 完成时限, whatever was lost after it), else flush with the last column.
 */
function spannedOffset(cells: string[], columns: number, roles: ColumnRole[]): number {
  const deadlineColumn = roles.indexOf('deadline');
  const deadlineCell = cells.findIndex((cell) => cell !== '' && isDeadlineWords(cell) && cell.length <= 20);
  if (deadlineColumn >= 0 && deadlineCell >= 0 && deadlineColumn >= deadlineCell) return deadlineColumn - deadlineCell;
  const used = cells.length - [...cells].reverse().findIndex((cell) => cell !== '');
  return Math.max(0, columns - used);
}

/** A row's last filled cell names agencies: the row lost cells at its start, not its end. */
const AGENCY_CELL = /(?:厅|局|委|办|部|院|中心|政府|公司|集团|单位|部门|街镇|乡镇)$/;

/**
 * A row of a table without a 序号 column. A row with fewer cells than the
 * header lost merged cells: at its start when it still ends with agencies
 * (those cells, `领域` or `部门`, are the row above's), else at its end
 * (the agencies are the row above's).
 */
function unnumberedRow(cells: string[], columns: number, roles: ColumnRole[], number: number, previous: RowDraft | undefined, lines: LineRange): RowDraft {
  const used = cells.length - [...cells].reverse().findIndex((cell) => cell !== '');
  const short = Math.max(0, columns - used);
  const endsWithAgencies = AGENCY_CELL.test(cells[used - 1] ?? '');
  const placed = short > 0 && endsWithAgencies ? [...Array.from({ length: short }, () => ''), ...cells.slice(0, used)] : cells;
  const inherited = previous
    ? roles.flatMap((role, column) => (isAgencyRole(role) && !placed[column] ? [{ column, text: previous.cells[column] || previous.inherited.find((cell) => cell.column === column)?.text || '' }] : []))
        .filter((cell) => cell.text !== '')
    : [];
  return { number, marker: '', cells: placed, spanned: [], inherited, lines: { ...lines }, lastLine: lines.end };
}

function warnIfListDangles(draft: RowDraft, roles: ColumnRole[], findings: Findings): void {
  const agencyCell = draft.cells.find((cell, column) => isAgencyRole(roles[column]) && DANGLING_LIST.test(cell));
  if (agencyCell === undefined) return;
  findings.warnings.push({
    line: draft.lastLine,
    message: `row ${draft.number}: agency list "${agencyCell}" ends with a separator but no continuation row follows on the next page; an agency may be missing from the source`,
  });
}

export function isAgencyRole(role: ColumnRole | undefined): boolean {
  return role === 'lead' || role === 'participants' || role === 'responsible' || role === 'guidance';
}

/** A cell's lines: a web table's `<br>` is blanked to spaces, so two or more spaces part lines; a copy one cell per paragraph keeps its breaks. */
function cellLines(cell: string): string[] {
  return cell.split(/\n|[\s\u3000]{2,}/).filter(Boolean);
}

/** The table rows of drafted rows: text, other cells, and the assignment their agency and time cells make. */
function rowsOf(drafts: RowDraft[], header: string[], roles: ColumnRole[], leadRule: LeadRule, linesEndCells: boolean): TableRowNode[] {
  // Where no column wrapped a line, no line is as wide as its column.
  const widths = linesEndCells ? header.map(() => 0) : columnWidths(drafts, header.length);
  return drafts.map((draft) => toRow(draft, header, roles, leadRule, widths));
}

/** The longest line of each column: a line that long was wrapped by the column, not ended by the writer. */
function columnWidths(drafts: RowDraft[], count: number): number[] {
  const widths = Array.from({ length: count }, () => 0);
  for (const draft of drafts) {
    const cells = [...draft.cells.map((text, column) => ({ column, text })), ...draft.spanned];
    for (const { column, text } of cells) {
      for (const line of cellLines(text)) widths[column] = Math.max(widths[column] ?? 0, line.length);
    }
  }
  return widths;
}

/** A line as wide as its column was wrapped by the column, not ended by the writer. */
function isWrapped(line: string, width: number): boolean {
  return line.length >= width && width > 4;
}

/** A text cell's lines: a wrapped line runs on into the next, a line ended short starts a new one. */
function cellText(cell: string, width: number): string {
  const parts = cellLines(cell);
  return parts.map((part, index) => (index === 0 ? part : (isWrapped(parts[index - 1]!, width) ? '' : '\n') + part)).join('');
}

/** A line that cannot stand as a name: a branch or office of the name above it (`丰台分局`, `七支队`, `长辛店分公司`, `管委会`). */
const BRANCH_OF_ABOVE = /^(?:[\u4e00-\u9fff]{1,6}分公司|[\u4e00-\u9fff]{0,2}分局|[一二三四五六七八九十\d]+(?:支队|大队)|服务中心|管委会|管理委员会)$/;

/**
 * The agencies of a cell as a list: lines that end short of the column's
 * width end a name; a line as wide as the column was wrapped and goes on
 * (`区机关事务管理` + `服务中心`), unless it ends a name and the next line
 * begins one (`区城市管理委` / `丰台运管分局`, `区生态环境局` / `各街镇`).
 */
function agencyListOf(cell: string, width: number): string {
  const parts = cellLines(cell).flatMap((line) => line.split(/[、，,；;]/).flatMap(splitRunTogetherNames).join('、'));
  let list = parts[0] ?? '';
  for (let index = 1; index < parts.length; index++) {
    const previous = parts[index - 1]!;
    const wrapped = BRANCH_OF_ABOVE.test(parts[index]!) || (isWrapped(previous, width) && !isNameBoundary(previous.split('、').at(-1)!, parts[index]!));
    list += wrapped || /[、，,]$/.test(list) ? parts[index] : `、${parts[index]}`;
  }
  return list;
}

function toRow(draft: RowDraft, header: string[], roles: ColumnRole[], leadRule: LeadRule, widths: number[]): TableRowNode {
  const textColumns = roles.flatMap((role, column) => (role === 'text' ? [column] : []));
  // Of several columns that may hold the task (`强制类`, `鼓励类`), the first the row fills; the others stay cells.
  const textColumn = textColumns.find((column) => draft.cells[column] || draft.spanned.some((cell) => cell.column === column && cell.text)) ?? textColumns[0] ?? -1;
  const spannedText = draft.spanned.filter((cell) => cell.column === textColumn).map((cell) => cell.text);
  const text = [draft.cells[textColumn] ?? '', ...spannedText].filter(Boolean).map((cell) => cellText(cell, widths[textColumn] ?? 0)).join('\n');
  const numberColumn = roles.indexOf('number');
  // The row's own 序号 is its number; a spanned line's cell that lands under 序号 is text like any other.
  const own = draft.cells.map((written, column) => ({ column, text: written })).filter((cell) => cell.column !== numberColumn);
  const cells: TableCell[] = [...own, ...draft.spanned]
    .filter((cell) => cell.column !== textColumn)
    .map(({ column, text: written }) => ({ header: header[column] ?? '', text: written }));
  return {
    kind: 'row',
    id: '',
    anchor: '',
    number: { style: 'row', value: draft.number, marker: draft.marker, label: String(draft.number) },
    text,
    cells,
    assignment: rowAssignment(draft, roles, leadRule, widths),
    lines: draft.lines,
    taskId: '',
  };
}

function rowAssignment(draft: RowDraft, roles: ColumnRole[], leadRule: LeadRule, widths: number[]): Assignment | undefined {
  const assignment: Assignment = {
    raw: '',
    form: 'table',
    lead: [],
    participants: [],
    responsible: [],
    guidance: [],
    lines: draft.lines,
  };
  const rawParts: string[] = [];
  const deadlineCells: string[] = [];
  const cells = [...draft.cells.map((text, column) => ({ column, text })), ...draft.spanned, ...draft.inherited];
  for (const { column, text: cell } of cells) {
    const role = roles[column];
    if (!cell || !role || EMPTY_CELL.test(cell)) continue;
    if (role === 'deadline') {
      deadlineCells.push(cell);
      rawParts.push(cell);
    } else if (isAgencyRole(role)) {
      rawParts.push(cell);
      const parsed = parseAssignmentText(agencyListOf(cell, widths[column] ?? 0), role === 'responsible' ? leadRule : undefined);
      if (role === 'responsible') {
        assignment.lead.push(...parsed.lead);
        assignment.participants.push(...parsed.participants);
        assignment.responsible.push(...parsed.responsible);
      } else {
        assignment[role as 'lead' | 'participants' | 'guidance'].push(
          ...parsed.lead, ...parsed.participants, ...parsed.responsible,
        );
      }
    }
  }
  const deadline = parseDeadlineCells(deadlineCells);
  if (deadline) assignment.deadline = deadline;
  for (const role of TASK_ROLES) {
    assignment[role] = assignment[role].filter((agency, position, all) => all.findIndex((other) => other.name === agency.name) === position);
  }
  assignment.raw = rawParts.join('\t');
  return rawParts.length > 0 ? assignment : undefined;
}
