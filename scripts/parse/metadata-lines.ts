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
/** Labels of dates, longest first: a flattened box runs them into their values (`发布日期2024-03-27`). */
const DATE_LABEL_ALTERNATIVES = [...METADATA_LABELS]
  .filter(([, kind]) => kind === 'signedDate' || kind === 'publishedDate' || kind === 'date')
  .map(([label]) => label)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Labels spaced out to a box's width, a space or more between every two characters (`索 引 号`, `文　　号`). */
const WIDE_LABEL_ALTERNATIVES = [...METADATA_LABELS.keys()]
  .filter((label) => label.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join('[\\s\\u3000]+'))
  .join('|');
/**
 * A label in brackets, or followed by a colon: a bare word at a line's start may be a sentence. A box flattened to
 * one run of text (`文　　号生效日期2024-04-30发布日期2024-03-27`) keeps no colons: there a date's label before its
 * date, and a label spaced out to the box's width opening the line, are labels still.
 */
const LABEL = new RegExp(
  `[【\\[]${SPACE}(${LABEL_ALTERNATIVES})${SPACE}[】\\]]${SPACE}[:：]?|(${LABEL_ALTERNATIVES})${SPACE}[:：]|(${DATE_LABEL_ALTERNATIVES})(?=[12]\\d{3}[-/.年])|^(${WIDE_LABEL_ALTERNATIVES})`,
  'g',
);

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

/** A line's opening label, by the same alternatives as LABEL. */
const OPENING_LABEL = new RegExp(`^(?:${LABEL.source})`);

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
  // Most lines open with no label: one anchored try spares them a search of every position.
  if (!OPENING_LABEL.test(clean)) return undefined;
  const labels = [...clean.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
  // Labels without colons or brackets name a flattened box only: a line with a sentence in it is text (`发布日期2024年3月27日，商务部…`).
  if (labels.every((match) => match[1] === undefined && match[2] === undefined) && /[。，；]/.test(clean)) return undefined;
  return labels.map((match, index) => {
    const label = (match[1] ?? match[2] ?? match[3] ?? match[4]!).replace(/[\s\u3000]/g, '');
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
