/**
 * Paragraphs from the body lines of a PDF, across its pages. A typeset line
 * carries no paragraph mark, so a paragraph ends where the layout shows one:
 * a short line (the last of a paragraph stops where the next line's first
 * word would have fitted), an
 * indented or centred line (a new paragraph's first line), a larger gap below,
 * a change of font size, or a numbered heading (一、 （一） 第一章 1．) starting
 * the next line. A list item whose label stands apart from its text keeps
 * the lines that hang under that text.
 */
import { joinPieces } from './cjk-text.ts';
import type { Line } from './pdf-lines.ts';

export interface Paragraph {
  text: string;
  first: Line;
}

/** The left and right edges of the text block: where most lines start and end. */
export interface Margins {
  left: number;
  right: number;
}

const HEADING = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|\d+[．.、](?!\d))/;

const mostCommon = (values: number[]) => {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
};

/**
 * Where the body text starts and ends. The right edge is where full lines end
 * (the commonest). The left edge is the leftmost edge that a fair share of
 * full lines start at: a paragraph's wrapped lines start there, while its first
 * line is indented — in a text of many one-line paragraphs, the indented edge
 * is the commonest, so it cannot be the measure.
 */
export function bodyMargins(lines: readonly Line[]): Margins {
  const right = mostCommon(lines.map((line) => line.right));
  const full = lines.filter((line) => line.right >= right - line.size);
  // The leftmost edge that a fair share of full lines start at: a few wider lines (a table's, a form's) do not move it.
  const shared = leftmostShared(full.map((line) => line.left), Math.max(2, full.length * 0.15));
  const left = shared ?? mostCommon(lines.map((line) => line.left));
  const atLeft = lines.filter((line) => Math.abs(line.left - left) < 2);
  return { left, right: atLeft.length > 0 ? Math.max(right, mostCommon(atLeft.map((line) => line.right))) : right };
}

/**
 * The smallest of `edges` that at least `count` edges lie within 2 points of,
 * counted with two pointers over the sorted edges (a long PDF has thousands).
 */
function leftmostShared(edges: readonly number[], count: number): number | undefined {
  const sorted = [...edges].sort((a, b) => a - b);
  let low = 0;
  let high = 0;
  for (const edge of sorted) {
    while (sorted[low]! <= edge - 2) low++;
    while (high < sorted.length && sorted[high]! < edge + 2) high++;
    if (high - low >= count) return edge;
  }
  return undefined;
}

/** Punctuation a line may not start with: typesetting carries the character before it down too. */
const NO_LINE_START = '，。、；：！？）》」』”’〉】,.;:!?)';
/** Punctuation a line may not end with: it goes down with the character after it. */
const NO_LINE_END = '（《「『“‘〈【([';
/** A line's first unbreakable run: a Latin word, number or address (`https://…`), or one character, with the punctuation that may not be parted from it. */
const FIRST_RUN = new RegExp(`^[${NO_LINE_END}]*(?:[A-Za-z0-9][\\x21-\\x7e]*|.)[${NO_LINE_START}]*`, 'u');

/** The width `text` takes at font size `size`: a Latin letter, digit or ASCII mark is about half a square. */
const textWidth = (text: string, size: number) => [...text].reduce((width, character) => width + (/[\x20-\x7e]/.test(character) ? size * 0.55 : size), 0);

/**
 * Whether `previous` ended before the margin by choice: the next line's first
 * run would have fitted where it stopped. A line stopped short by a Latin
 * word (`APP`) or by punctuation that cannot start a line (`头，`) was wrapped.
 */
function endedShort(previous: Line, line: Line, margins: Margins): boolean {
  const firstRun = FIRST_RUN.exec(line.text)?.[0] ?? '';
  // Typesetters trim half the width of punctuation at a line's ends, so an edge may be half a square off.
  return margins.right - previous.right > textWidth(firstRun, line.size) + line.size * 0.3;
}

/** Whether `line` starts a paragraph after `previous` (null at the start of the text). */
function startsParagraph(line: Line, previous: Line | null, margins: Margins): boolean {
  if (!previous) return true;
  const size = Math.max(line.size, previous.size);
  if (line.left > margins.left + line.size * 0.8) return true;
  if (endedShort(previous, line, margins)) return true;
  if (Math.abs(line.size - previous.size) > 1) return true;
  if (HEADING.test(line.text)) return true;
  return line.page === previous.page && line.top - previous.top > size * 2.2;
}

/** A list item's label set apart from its text: `(a)`, `1.`, `（一）`. */
const LIST_LABEL = /^[（(]?\s*(?:[a-zA-Z]|\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）.．、]?$/;

/**
 * Where a list item's text stands when its label is set apart from it by a
 * tab (`(a)` … `聘請…`): its wrapped lines hang there, indented, yet go on.
 */
function hangingIndent(first: Line): number | undefined {
  const [label, text] = first.pieces.filter((piece) => piece.text.trim() !== '').sort((a, b) => a.x - b.x);
  if (!label || !text || !LIST_LABEL.test(label.text.trim())) return undefined;
  return text.x - (label.x + label.width) > first.size ? text.x : undefined;
}

/** A line that hangs under its item's text after a line that ran (near enough) to the right margin. */
function hangsUnder(line: Line, previous: Line, hangingAt: number | undefined, margins: Margins): boolean {
  return hangingAt !== undefined && Math.abs(line.left - hangingAt) < 2 && previous.right > margins.right - line.size * 3 && !HEADING.test(line.text);
}

/** Lines read into paragraphs, each remembering its first line for its source position. */
export function paragraphs(lines: readonly Line[], margins: Margins): Paragraph[] {
  const out: Paragraph[] = [];
  let previous: Line | null = null;
  let hangingAt: number | undefined;
  for (const line of lines) {
    if ((previous && hangsUnder(line, previous, hangingAt, margins)) || !startsParagraph(line, previous, margins)) out.at(-1)!.text = joinPieces(out.at(-1)!.text, line.text);
    else {
      out.push({ text: line.text, first: line });
      hangingAt = hangingIndent(line);
    }
    previous = line;
  }
  return out;
}
