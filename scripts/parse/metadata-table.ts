import type { MetadataCell, MetadataTable } from '../model.ts';
import { isBlank, type SourceLine } from './source-lines.ts';
import { readDate } from './dates.ts';
import { METADATA_LABELS, type MetadataKind } from './metadata-labels.ts';
import { isSpace, stripSpaces, tailLength } from './text.ts';

type Kind = MetadataKind;

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔［[（(]\d{4}[〕］\]）)]\d+[号號]$/;
const DOC_NUMBER_LIKE = /[〔［[]\d{4}[〕］\]]/;
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?$/;

function isLabel(cell: string): boolean {
  const compact = stripSpaces(cell);
  return /^【.*】$/.test(compact) || METADATA_LABELS.has(compact);
}

function labelText(label: string): string {
  return label.replace(/^【|】$/g, '');
}

function kindOf(label: string): Kind {
  return METADATA_LABELS.get(stripSpaces(labelText(label))) ?? 'other';
}

/** Why a value cannot belong under its label, or undefined when it can. */
function mismatch(kind: Kind, value: string): string | undefined {
  if (!value) return undefined;
  switch (kind) {
    case 'docNumber':
      return DOC_NUMBER.test(value) ? undefined : 'expected a document number such as 新政办发〔2013〕118号';
    case 'issuer':
    case 'body':
      return DOC_NUMBER_LIKE.test(value) || DATE.test(value) ? 'expected an issuing body' : undefined;
    case 'source':
      // `承德市商务局2024-09-24 17:46`: a source may carry the time the page published it.
      return DOC_NUMBER_LIKE.test(value) ? 'expected the body the text came from' : undefined;
    case 'signedDate':
    case 'publishedDate':
    case 'date':
      return DATE.test(value) ? undefined : 'expected a date';
    case 'validity':
      return /有效|失效|废止|廢止|现行|現行/.test(value) ? undefined : 'expected 有效 or 失效';
    case 'title':
      return undefined;
    case 'other':
      return DATE.test(value) || DOC_NUMBER_LIKE.test(value) ? 'expected a category, found a date or document number' : undefined;
  }
}

export function isoDate(value: string): string | undefined {
  return readDate(value)?.iso;
}

function cellsOf(text: string): string[] {
  return text.split(/[|｜]/).map((cell) => cell.trim());
}

function isTableLine(text: string): boolean {
  const cells = cellsOf(text);
  return cells.length >= 2 && cells.some(isLabel);
}

export interface MetadataScan {
  table?: MetadataTable;
  /** The lines that are not part of the table. */
  rest: SourceLine[];
}

const LINE_TERMINATORS = '\n\r\u2028\u2029';

/**
 * A line of the box made of bracketed labels (`| 【时效性】 | 【效力级别】 |`): what
 * `/^[【】\s|｜]*【.*】[\s|｜]*$/` accepts, read in one pass; as a pattern, a long run of 【】 was retried
 * from each 【 in it.
 */
function isBracketedLine(text: string): boolean {
  const close = text.lastIndexOf('】');
  if (close < 0 || tailLength(text, (char) => isSpace(char) || '|｜'.includes(char)) !== text.length - close - 1) return false;
  let lead = 0;
  while (lead < text.length && (isSpace(text[lead]!) || '【】|｜'.includes(text[lead]!))) lead++;
  let lineStart = close - 1;
  while (lineStart >= 0 && !LINE_TERMINATORS.includes(text[lineStart]!)) lineStart--;
  // The 【 opens inside the leading run, with no line break between it and the closing 】.
  for (let open = Math.min(lead, close) - 1; open > lineStart; open--) {
    if (text[open] === '【') return true;
  }
  return false;
}

/**
 * Finds the metadata box a portal prints at the head of a page
 * (`【颁布单位】 | … |`, `文 号 | … | 发布日期 | … |`) and checks that each
 * value is of the kind its label promises: a box shifted by one cell fails.
 */
export function scanMetadataTable(lines: SourceLine[]): MetadataScan {
  const head = lines.findIndex((source) => !isBlank(source.text) && isTableLine(source.text));
  if (head < 0 || head > 3) return { rest: lines };
  let end = head;
  while (end < lines.length && !isBlank(lines[end]!.text) && (isTableLine(lines[end]!.text) || isBracketedLine(lines[end]!.text))) end++;

  const cells: MetadataCell[] = [];
  const problems: string[] = [];
  for (const source of lines.slice(head, end)) {
    let pending: MetadataCell | undefined;
    for (const cell of cellsOf(source.text)) {
      if (isLabel(cell)) {
        pending = { label: stripSpaces(cell), value: '', line: source.line };
        cells.push(pending);
      } else if (cell && pending && !pending.value) {
        pending.value = cell;
      } else if (cell) {
        problems.push(`line ${source.line}: value "${cell}" has no label`);
        // Kept, under no label: the text stays in the model though the table is not used.
        cells.push({ label: '', value: cell, line: source.line });
      }
    }
  }
  for (const cell of cells) {
    if (!cell.label) continue;
    const reason = mismatch(kindOf(cell.label), cell.value);
    if (reason) problems.push(`${cell.label} holds "${cell.value}": ${reason}`);
  }
  const table: MetadataTable = {
    cells,
    consistent: problems.length === 0,
    problems,
    lines: { start: lines[head]!.line, end: lines[end - 1]!.line },
  };
  return { table, rest: [...lines.slice(0, head), ...lines.slice(end)] };
}

/** Facts a consistent metadata table states. */
export interface TableFacts {
  docNumber?: string;
  issuer?: string;
  publishedDate?: string;
  signedDate?: string;
  title?: string;
}

export function tableFacts(table: MetadataTable | undefined): TableFacts {
  if (!table?.consistent) return {};
  const facts: TableFacts = {};
  for (const { label, value } of table.cells) {
    if (!value) continue;
    const kind = kindOf(label);
    if (kind === 'docNumber') facts.docNumber ??= value;
    else if (kind === 'issuer') facts.issuer ??= value;
    else if (kind === 'title') facts.title ??= value;
    else if (kind === 'signedDate') facts.signedDate ??= isoDate(value);
    else if (kind === 'publishedDate') facts.publishedDate ??= isoDate(value);
  }
  return facts;
}
