import type { Diagnostic } from '../model.ts';

/**
 * Every way a file ends a line: LF, CRLF, CR, NEL, U+2028 and U+2029 (the
 * mandatory breaks of Unicode's line breaking rules, UAX #14, less VT and
 * FF). NULs right before one pad that line end, as some exporters write it,
 * and belong to it; NULs at the very end pad the file.
 */
const LINE_BREAK = /\0*(?:\r\n|[\n\r\u0085\u2028\u2029])|\0+$/g;

/** Breaks an editor may not show as one: each is named once, where it first occurs. */
const UNUSUAL: Record<string, string> = {
  '\u0085': 'U+0085 NEXT LINE',
  '\u2028': 'U+2028 LINE SEPARATOR',
  '\u2029': 'U+2029 PARAGRAPH SEPARATOR',
  '\0': 'U+0000 NULL',
};

export interface NormalizedLines {
  /** The text with every line break written as LF. */
  text: string;
  /** The 1-based line of the normalized text that holds a character of the text before normalization. */
  lineAt: (offset: number) => number;
  warnings: Diagnostic[];
}

/**
 * Writes every line break as LF, so that all later stages (and the source
 * page, which shows this text) count lines alike.
 */
export function normalizeLineBreaks(raw: string): NormalizedLines {
  // Offsets of the text before normalization where each line after the first starts.
  const lineStarts: number[] = [];
  const unusual = new Map<string, { line: number; count: number }>();
  const text = raw.replace(LINE_BREAK, (lineBreak: string, offset: number) => {
    const atEnd = offset + lineBreak.length === raw.length && !/[^\0]/.test(lineBreak);
    for (const char of lineBreak === '\n' ? [] : new Set(lineBreak)) {
      const name = UNUSUAL[char];
      if (!name) continue;
      const seen = unusual.get(name) ?? { line: lineStarts.length + 1, count: 0 };
      seen.count++;
      unusual.set(name, seen);
    }
    if (atEnd) return '';
    lineStarts.push(offset + lineBreak.length);
    return '\n';
  });
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lineStarts[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  const warnings = [...unusual].map(([name, { line, count }]) => ({
    line,
    message: name === UNUSUAL['\0']
      ? `${name} at ${count === 1 ? 'a line end' : `${count} line ends`} ignored; expected plain text`
      : `${name} read as a line break${count > 1 ? ` (${count} times)` : ''}; lines are counted with it`,
  }));
  return { text, lineAt, warnings };
}
