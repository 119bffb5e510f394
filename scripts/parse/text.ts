/** Small text predicates shared by the recognizers. */

const OPENERS = '(（[［【〔';
const CLOSERS = ')）]］】〕';

export function isOpener(char: string): boolean {
  return OPENERS.includes(char);
}

export function isCloser(char: string): boolean {
  return CLOSERS.includes(char);
}

/** Removes all whitespace, including the ideographic space U+3000 and NBSP. */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/**
 * Trims whitespace including U+3000 and NBSP: `trim` strips exactly what `\s`
 * matches, in linear time, where `\s+$` rescans a long inner run of spaces
 * from each of its characters.
 */
export function trimAll(text: string): string {
  return text.trim();
}

/**
 * Length of the run of characters `within` accepts that ends at `end` (the end
 * of `text` unless given). A loop, where an unanchored `[…]*$` retries the
 * run from each of its characters.
 */
export function tailLength(text: string, within: (char: string) => boolean, end = text.length): number {
  let start = end;
  while (start > 0 && within(text[start - 1]!)) start--;
  return end - start;
}

/** Whether `char` is whitespace as `\s` reads it (U+3000 and NBSP included). */
export function isSpace(char: string): boolean {
  return char.trim() === '';
}

/**
 * Removes spaces that sit between two CJK characters (PDF extraction puts
 * them inside words: `科 技厅`), keeping spaces next to Latin text and digits.
 */
export function closeCjkGaps(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff\uf900-\ufaff）》」』”])[ \u3000\u00a0]+(?=[\u3400-\u9fff\uf900-\ufaff（《「『“])/g, '');
}

/** Punctuation that ends a paragraph: a line ending in anything else was cut. */
export function endsSentence(text: string): boolean {
  return /[。！？!?；;：:）)”"’」』》】…]$/.test(trimAll(text));
}

/**
 * Splits `text` at any of `separators` that is not inside parentheses.
 * Returns the pieces with their offsets into `text`.
 */
export function splitTopLevel(text: string, separators: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (isOpener(char)) depth++;
    else if (isCloser(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(char)) {
      pieces.push({ text: text.slice(start, index), offset: start });
      start = index + 1;
    }
  }
  pieces.push({ text: text.slice(start), offset: start });
  return pieces;
}

/**
 * The opener each closer of `text` closes, by the closer's index (-1 when it
 * closes none), as `matchingOpener` finds them, in one pass: asking
 * `matchingOpener` of every closer rescans the text before each.
 */
export function matchingOpeners(text: string): Map<number, number> {
  const matches = new Map<number, number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (isOpener(char)) open.push(index);
    else if (isCloser(char)) matches.set(index, open.pop() ?? -1);
  }
  return matches;
}

/**
 * Finds the parenthetical that closes at `closeIndex`, honouring nesting
 * (`（…政府(行署)等参加）`). Returns the index of its opener, or -1.
 */
export function matchingOpener(text: string, closeIndex: number): number {
  let depth = 0;
  for (let index = closeIndex; index >= 0; index--) {
    const char = text[index]!;
    if (isCloser(char)) depth++;
    else if (isOpener(char)) {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}
