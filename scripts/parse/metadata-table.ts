import type { MetadataCell, MetadataTable } from '../model.ts';
import { isBlank, type SourceLine } from './source-lines.ts';
import { stripSpaces } from './text.ts';

/** Labels that portals print in a document's metadata box, in either script. */
const KNOWN_LABELS = new Set([
  '时效性', '時效性', '颁布日期', '頒布日期', '颁布单位', '頒布單位', '实施日期', '實施日期', '法规层次', '法規層次',
  '文号', '文號', '发文字号', '發文字號', '首选类别', '次选类别', '其它类别', '其他类别', '关键字', '關鍵字',
  '索引号', '索引號', '信息索引号', '主题分类', '主題分類', '名称', '名稱', '标题', '標題', '主题词', '主題詞',
  '发布日期', '發布日期', '成文日期', '发文单位', '發文單位', '发文机关', '發文機關', '发布机构', '發布機構',
  '所属机构', '公开方式', '有效性', '生成日期', '体裁分类', '来源',
]);

type Kind = 'docNumber' | 'issuer' | 'date' | 'validity' | 'title' | 'other';

const KIND_OF_LABEL: [RegExp, Kind][] = [
  [/^(?:文[号號]|发文字号|發文字號)$/, 'docNumber'],
  [/(?:单位|單位|机关|機關|机构|機構)$/, 'issuer'],
  [/日期$/, 'date'],
  [/^(?:时效性|時效性|有效性)$/, 'validity'],
  [/^(?:名称|名稱|标题|標題)$/, 'title'],
];

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔［[（(]\d{4}[〕］\]）)]\d+[号號]$/;
const DOC_NUMBER_LIKE = /[〔［[]\d{4}[〕］\]]/;
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?$/;

function isLabel(cell: string): boolean {
  const compact = stripSpaces(cell);
  return /^【.*】$/.test(compact) || KNOWN_LABELS.has(compact);
}

export function labelText(label: string): string {
  return label.replace(/^【|】$/g, '');
}

function kindOf(label: string): Kind {
  const name = labelText(label);
  return KIND_OF_LABEL.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

/** Why a value cannot belong under its label, or undefined when it can. */
function mismatch(kind: Kind, value: string): string | undefined {
  if (!value) return undefined;
  switch (kind) {
    case 'docNumber':
      return DOC_NUMBER.test(value) ? undefined : 'expected a document number such as 新政办发〔2013〕118号';
    case 'issuer':
      return DOC_NUMBER_LIKE.test(value) || DATE.test(value) ? 'expected an issuing body' : undefined;
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
  const match = DATE.exec(value.trim()) ?? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(value);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
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

/**
 * Finds the metadata box a portal prints at the head of a page
 * (`【颁布单位】 | … |`, `文 号 | … | 发布日期 | … |`) and checks that each
 * value is of the kind its label promises: a box shifted by one cell fails.
 */
export function scanMetadataTable(lines: SourceLine[]): MetadataScan {
  const head = lines.findIndex((source) => !isBlank(source.text) && isTableLine(source.text));
  if (head < 0 || head > 3) return { rest: lines };
  let end = head;
  while (end < lines.length && !isBlank(lines[end]!.text) && (isTableLine(lines[end]!.text) || /^[【】\s|｜]*【.*】[\s|｜]*$/.test(lines[end]!.text))) end++;

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
      }
    }
  }
  for (const cell of cells) {
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
    const name = labelText(label);
    const kind = kindOf(label);
    if (kind === 'docNumber') facts.docNumber ??= value;
    else if (kind === 'issuer' && /^(?:发文|發文|颁布|頒布)/.test(name)) facts.issuer ??= value;
    else if (kind === 'title') facts.title ??= value;
    else if (/^(?:成文)/.test(name)) facts.signedDate ??= isoDate(value);
    else if (/^(?:发布|發布|颁布|頒布)日期/.test(name)) facts.publishedDate ??= isoDate(value);
  }
  return facts;
}
