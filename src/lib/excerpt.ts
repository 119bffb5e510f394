import { findTerm, type FoldMap, tokenize } from './search-text.ts';

export interface ExcerptPart {
  text: string;
  /** True where the text matches a query term. */
  match: boolean;
}

/** Merges overlapping `[start, end)` ranges. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Every place in the text, as written, where a query term matches. */
export function matchRanges(text: string, terms: string[][], fold: FoldMap): [number, number][] {
  const tokens = tokenize(text, fold);
  return mergeRanges(terms.flatMap((term) => findTerm(tokens, term)));
}

/**
 * A window of the text around its first match, as written (a traditional
 * text stays traditional whatever script the query was in), with every
 * match in it marked. `…` shows where the window cuts the text.
 */
export function excerpt(text: string, terms: string[][], fold: FoldMap, length = 120): ExcerptPart[] {
  // Line breaks of the source become spaces; matches are found on that flattened text.
  const source = text.replace(/\s+/g, ' ');
  const marks = matchRanges(source, terms, fold);
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), source.length - length));
  const end = Math.min(source.length, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', match: false });
  let position = start;
  for (const [from, to] of marks) {
    if (to <= start || from >= end) continue;
    const clippedFrom = Math.max(from, start);
    const clippedTo = Math.min(to, end);
    if (clippedFrom > position) parts.push({ text: source.slice(position, clippedFrom), match: false });
    parts.push({ text: source.slice(clippedFrom, clippedTo), match: true });
    position = clippedTo;
  }
  if (position < end) parts.push({ text: source.slice(position, end), match: false });
  if (end < source.length) parts.push({ text: '…', match: false });
  return parts;
}
