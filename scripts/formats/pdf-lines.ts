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

/** The text of pieces on one line, left to right, with a space only where Latin words meet across a gap. */
export function piecesText(pieces: readonly TextPiece[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const piece of sorted) {
    const part = removeStraySpaces(expandDashLigatures(replaceRadicals(piece.text.trim())));
    // Pieces touching each other are one word cut by a font change; a gap is a space unless CJK is beside it.
    text = piece.x - end > piece.size * 0.2 ? joinPieces(text, part) : text + part;
    end = piece.x + piece.width;
  }
  return removeStraySpaces(text);
}

/** Groups a page's pieces into lines: a line ends where the baseline moves by more than half the font size. */
export function pageLines(page: PdfPage): Line[] {
  const pieces = page.pieces.filter((piece) => piece.text.trim() !== '').sort((a, b) => a.top - b.top || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const piece of pieces) {
    const current = groups.at(-1);
    if (current && Math.abs(piece.top - current[0]!.top) < Math.min(piece.size, current[0]!.size) * 0.5) current.push(piece);
    else groups.push([piece]);
  }
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
