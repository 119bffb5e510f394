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

/** Markdown around the label and value: escapes, emphasis, a list number. */
function withoutMarkup(text: string): string {
  return text
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
