import type { Assignment, TableCell, TableNode, TableRowNode } from '../model.ts';
import { type LeadRule, parseAssignmentText } from './assignment-text.ts';
import { parseDeadline } from './deadline.ts';
import { pageBreakOverlap } from './page-break.ts';
import { type Findings, isBlank, removeLine, type SourceLine } from './source-lines.ts';
import { ASSIGNMENT_LABELS } from './assignment-labels.ts';
import { stripSpaces } from './text.ts';

/** What a column of a 分工表 holds, judged from its header. */
export type ColumnRole = 'number' | 'text' | 'lead' | 'participants' | 'responsible' | 'guidance' | 'deadline' | 'other';

const COLUMN_ROLES: [RegExp, ColumnRole][] = [
  [/^(?:序号|序號|编号|編號|序)$/, 'number'],
  [/牵头|牽頭/, 'lead'],
  [/配合|参与|參與|参加|參加|协办|協辦/, 'participants'],
  [/指导|指導/, 'guidance'],
  [/主责|主責|责任|責任|负责|負責|承办|承辦|实施主体|實施主體/, 'responsible'],
  [/时间|時間|时限|時限|进度|進度|期限|节点|節點/, 'deadline'],
  [/任务|任務|内容|內容|措施|事项|事項|工作/, 'text'],
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
  if (!cells || cells.length < 3) return undefined;
  const roles = cells.map(columnRole);
  const hasAgencyOrTime = roles.some((role) => role !== 'number' && role !== 'text' && role !== 'other');
  return roles.includes('number') && roles.includes('text') && hasAgencyOrTime ? roles : undefined;
}

interface RowDraft {
  number: number;
  cells: string[];
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
/** `——`, `/`, `无`: a cell left empty on purpose. */
const EMPTY_CELL = /^(?:[-—–―/\s]*|无|無)$/;

export interface TableParse {
  table: TableNode;
  /** Index into `lines` of the first line after the table. */
  end: number;
}

/**
 * Parses a 分工表 starting at the header line `lines[start]`: rows numbered in
 * the 序号 column, rows continued on the next page (empty 序号), and header rows
 * repeated at page breaks (removed and reported).
 */
export function parseDivisionTable(
  lines: SourceLine[],
  start: number,
  roles: ColumnRole[],
  leadRule: LeadRule,
  findings: Findings,
): TableParse {
  const header = splitCells(lines[start]!.text)!;
  const headerKey = stripSpaces(header.join(''));
  const drafts: RowDraft[] = [];
  let index = start + 1;
  let sawPageBreak = false;
  for (; index < lines.length; index++) {
    const source = lines[index]!;
    if (isBlank(source.text)) continue;
    const cells = splitCells(source.text);
    if (!cells) break;
    if (stripSpaces(cells.join('')) === headerKey) {
      removeLine(findings, source, 'repeated-table-header');
      sawPageBreak = true;
      continue;
    }
    const numberCell = cells[roles.indexOf('number')] ?? '';
    const previous = drafts.at(-1);
    if (/^\d+$/.test(numberCell)) {
      if (previous && sawPageBreak) warnIfListDangles(previous, roles, findings);
      drafts.push({ number: Number(numberCell), cells, lines: { start: source.line, end: source.line }, lastLine: source.line });
    } else if (numberCell === '' && previous) {
      previous.cells = previous.cells.map((cell, column) =>
        joinAcrossBreak(cell, cells[column] ?? '', source, findings),
      );
      previous.lines.end = source.line;
      previous.lastLine = source.line;
    } else {
      findings.warnings.push({
        line: source.line,
        message: `table row has "${numberCell}" in the 序号 column; expected a row number or an empty cell continuing row ${previous?.number ?? '(none)'}`,
      });
      break;
    }
    sawPageBreak = false;
  }
  const lastDraft = drafts.at(-1);
  if (lastDraft) warnIfListDangles(lastDraft, roles, findings);
  const rows = drafts.map((draft) => toRow(draft, header, roles, leadRule));
  const lastLine = lastDraft?.lines.end ?? lines[start]!.line;
  return {
    table: { kind: 'table', id: '', anchor: '', header, rows, lines: { start: lines[start]!.line, end: lastLine } },
    end: index,
  };
}

function warnIfListDangles(draft: RowDraft, roles: ColumnRole[], findings: Findings): void {
  const agencyCell = draft.cells.find((cell, column) => isAgencyRole(roles[column]) && DANGLING_LIST.test(cell));
  if (agencyCell === undefined) return;
  findings.warnings.push({
    line: draft.lastLine,
    message: `row ${draft.number}: agency list "${agencyCell}" ends with a separator but no continuation row follows on the next page; an agency may be missing from the source`,
  });
}

function isAgencyRole(role: ColumnRole | undefined): boolean {
  return role === 'lead' || role === 'participants' || role === 'responsible' || role === 'guidance';
}

function toRow(draft: RowDraft, header: string[], roles: ColumnRole[], leadRule: LeadRule): TableRowNode {
  const text = draft.cells[roles.indexOf('text')] ?? '';
  const cells: TableCell[] = draft.cells
    .map((cellText, column) => ({ header: header[column] ?? '', text: cellText, role: roles[column] }))
    .filter((cell) => cell.role !== 'number' && cell.role !== 'text')
    .map(({ header: cellHeader, text: cellText }) => ({ header: cellHeader, text: cellText }));
  return {
    kind: 'row',
    id: '',
    anchor: '',
    number: { style: 'row', value: draft.number, marker: String(draft.number), label: String(draft.number) },
    text,
    cells,
    assignment: rowAssignment(draft, roles, leadRule),
    lines: draft.lines,
    taskId: '',
  };
}

function rowAssignment(draft: RowDraft, roles: ColumnRole[], leadRule: LeadRule): Assignment | undefined {
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
  draft.cells.forEach((cell, column) => {
    const role = roles[column];
    if (!cell || !role || EMPTY_CELL.test(cell)) return;
    if (role === 'deadline') {
      assignment.deadline = parseDeadline(cell);
      rawParts.push(cell);
    } else if (isAgencyRole(role)) {
      rawParts.push(cell);
      const parsed = parseAssignmentText(cell, role === 'responsible' ? leadRule : undefined);
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
  });
  assignment.raw = rawParts.join('\t');
  return rawParts.length > 0 ? assignment : undefined;
}
