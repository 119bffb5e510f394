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

/** Trims whitespace including U+3000 and NBSP. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
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
