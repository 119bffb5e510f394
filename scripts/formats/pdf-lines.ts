/**
 * A PDF page as positioned text, and its text put back into lines. Positions
 * are in PDF points measured from the page's top, so reading order is
 * ascending `top`, then ascending `x`.
 */
import { expandDashLigatures, joinPieces, removeStraySpaces, replaceRadicals } from './cjk-text.ts';

/** One run of text the PDF places: its left edge, baseline (from the page top), width and font size. */
export interface TextPiece {
  x: number;
  top: number;
  width: number;
  size: number;
  text: string;
}

/** A drawn line or thin filled box (a table border), as the rectangle it covers. */
export interface Rule {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  rules: Rule[];
}

/** A line of a page: the pieces on one baseline, numbered from 1 down the page. */
export interface Line {
  page: number;
  line: number;
  top: number;
  left: number;
  right: number;
  size: number;
  pieces: TextPiece[];
  text: string;
}

/** The size most of a document's text is set in: the size of the most characters. */
export function bodySize(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.size), (counts.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The text of pieces on one line, left to right, with a space only where Latin words meet across a gap. */
export function piecesText(pieces: readonly TextPiece[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const piece of sorted) {
    // A space the piece itself draws at an end is kept for the whole line to judge (`中科院办公厅 ` + `自然科学…`).
    const part = expandDashLigatures(replaceRadicals(piece.text.replace(/\s+/g, ' ')));
    // Pieces touching each other are one word cut by a font change; a gap is a space unless CJK is beside it.
    if (part === ' ') text += ' ';
    else text = piece.x - end > piece.size * 0.2 ? joinPieces(text.trimEnd(), part.trim()) : text + part;
    end = piece.x + piece.width;
  }
  return removeStraySpaces(text.trim());
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/**
 * Whether `mark` is a footnote mark raised above `line`: a number in a
 * smaller size whose baseline sits a little above the line's, within its
 * span (`合資格的人¹的監督`, or a footnote's own `¹` before its text).
 */
function isRaisedMark(mark: readonly TextPiece[], line: readonly TextPiece[]): boolean {
  const size = Math.max(...line.map((piece) => piece.size));
  const raised = line[0]!.top - mark[0]!.top;
  const left = Math.min(...line.map((piece) => piece.x));
  const right = Math.max(...line.map((piece) => piece.x + piece.width));
  return mark.every((piece) => /^\s*\d{1,3}\s*$/.test(piece.text) && piece.size < size * 0.8 && piece.x >= left - size * 2 && piece.x <= right + size) && raised > 0 && raised < size * 0.6;
}

/** Groups a page's pieces into lines: a line ends where the baseline moves by more than half the font size; a raised footnote mark joins the line it marks. */
export function pageLines(page: PdfPage): Line[] {
  const pieces = page.pieces.filter((piece) => piece.text.trim() !== '').sort((a, b) => a.top - b.top || a.x - b.x);
  const found: TextPiece[][] = [];
  for (const piece of pieces) {
    const current = found.at(-1);
    if (current && Math.abs(piece.top - current[0]!.top) < Math.min(piece.size, current[0]!.size) * 0.5) current.push(piece);
    else found.push([piece]);
  }
  const groups: TextPiece[][] = [];
  found.forEach((group, index) => {
    const below = found[index + 1];
    if (below && isRaisedMark(group, below)) below.push(...group.map((piece) => ({ ...piece, top: below[0]!.top, text: piece.text.trim().replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS[digit]!) })));
    else groups.push(group);
  });
  // A space drawn as a piece of its own, between two pieces of a line, is the line's, for its text to judge.
  const between = (space: TextPiece, group: TextPiece[]) => Math.abs(space.top - group[0]!.top) < group[0]!.size * 0.5
    && group.some((piece) => piece.x < space.x) && group.some((piece) => piece.x > space.x);
  for (const space of page.pieces.filter((piece) => piece.text !== '' && piece.text.trim() === '')) groups.find((group) => between(space, group))?.push(space);
  return groups.map((group, index) => ({
    page: page.number,
    line: index + 1,
    top: group[0]!.top,
    left: Math.min(...group.map((piece) => piece.x)),
    right: Math.max(...group.map((piece) => piece.x + piece.width)),
    size: Math.max(...group.map((piece) => piece.size)),
    pieces: group,
    text: piecesText(group),
  }));
}
