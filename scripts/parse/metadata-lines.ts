import { METADATA_LABELS, type MetadataKind } from './metadata-labels.ts';

/** One fact a page prints as a labelled line: `[发文字号] 京政发〔2024〕1号`, `发布机构：…`. */
export interface MetadataLineFact {
  kind: MetadataKind;
  label: string;
  value: string;
}

const SPACE = '[\\s\\u3000]*';
// Longest first, so 发文字号 wins over 文号; a label may be spaced out (`索 引 号`).
const LABEL_ALTERNATIVES = [...METADATA_LABELS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join(SPACE))
  .join('|');
/** A label in brackets, or followed by a colon: a bare word at a line's start may be a sentence. */
const LABEL = new RegExp(`[【\\[]${SPACE}(${LABEL_ALTERNATIVES})${SPACE}[】\\]]${SPACE}[:：]?|(${LABEL_ALTERNATIVES})${SPACE}[:：]`, 'g');

/**
 * A table row as a line of labels and values: `| 发文字号： | … |`, and `| 文        号 | 苏市监〔2022〕1号 |`, a cell
 * that is nothing but a label taking the colon the box leaves out.
 */
function tableRowAsLine(text: string): string {
  // Trimmed first: a lazy cell run before trailing spaces would rescan them from each of its characters.
  const row = text.trim();
  if (!row.startsWith('|')) return text;
  return row
    .slice(1)
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => (METADATA_LABELS.has(cell.replace(/[\s\u3000]/g, '')) ? `${cell.trim()}：` : cell))
    .join(' ');
}

/** Markdown around the label and value: escapes, emphasis, a list number, the cell bars of a table row. */
function withoutMarkup(text: string): string {
  return tableRowAsLine(text)
    .replace(/\\([[\]\-_*|])/g, '$1')
    .replace(/\*\*|__/g, ' ')
    .replace(/(?<=^|\s)_|_(?=\s|$)/g, ' ')
    .replace(/^[\s\u3000]*(?:[\d０-９]{1,2}[.、．][\s\u3000]*|[-*+][\s\u3000]+)/, '');
}

/** A value with its filler removed: `\-\-\--` or `- - -` stands for an empty cell. */
function cleanValue(value: string): string {
  return value.replace(/^[\s\u3000:：\-—–]+|(?<![\s\u3000\-—–])[\s\u3000\-—–]+$/g, '').replace(/^[\s\u3000\-—–]*$/, '');
}

/**
 * Reads a line that is nothing but labelled metadata (one label or several:
 * `索 引 号：… 分　　类：…`), or returns undefined when the line says
 * anything else.
 */
export function readMetadataLine(text: string): MetadataLineFact[] | undefined {
  const clean = withoutMarkup(text).trim();
  const labels = [...clean.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
  return labels.map((match, index) => {
    const label = (match[1] ?? match[2]!).replace(/[\s\u3000]/g, '');
    const end = labels[index + 1]?.index ?? clean.length;
    return { kind: METADATA_LABELS.get(label)!, label, value: cleanValue(clean.slice(match.index! + match[0].length, end)) };
  });
}

/** `承德市商务局2024-09-24 17:46`: the time a 来源 value may end with, when the page published the text. */
const TRAILING_TIME = /[12]\d{3}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The body a 来源 line names and the date the page published the text, when it prints one after the body. */
export function readSourceValue(value: string): { body: string; published?: string } {
  const trimmed = value.trim();
  const time = TRAILING_TIME.exec(trimmed);
  return time ? { body: trimmed.slice(0, time.index).trimEnd(), published: time[0] } : { body: trimmed };
}

/**
 * `2024-05-07 10:38`: the stamp a page prints when it published the text, a date with its clock time. A 成文日期 has
 * no clock time; a stamp alone on its line (under `来源：…` or `发布时间：`), or closing a metadata line
 * (`类型：原创 分类：政策 2025-12-30 19:43`), is the page's.
 */
const PAGE_STAMP = /(?:^|[\s\u3000])([12]\d{3}-\d{1,2}-\d{1,2})[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?$/;

/** The date of a page's publication stamp that ends `text`, `2024-05-07` of `2024-05-07 10:38`. */
export function readPageStamp(text: string): string | undefined {
  return PAGE_STAMP.exec(text.trim())?.[1];
}
