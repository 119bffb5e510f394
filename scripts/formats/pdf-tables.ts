/**
 * Tables of a PDF page, found from their drawn borders: the horizontal
 * borders are the row boundaries, the vertical borders crossing a row its
 * cell boundaries (so a cell spanning the table, a section heading, is one
 * cell). Text is placed in a cell by where it stands.
 */
import { joinPieces } from './cjk-text.ts';
import { type Line, type PdfPage, piecesText, type Rule, type TextPiece } from './pdf-lines.ts';

export interface PdfCell {
  text: string;
  left: number;
  right: number;
}

export interface PdfRow {
  cells: PdfCell[];
  /** The page line of the row's first text, for its source position. */
  line: number;
}

export interface PdfTable {
  page: number;
  top: number;
  bottom: number;
  rows: PdfRow[];
  /** The first row has no top border: it is the rest of a row the page break split. */
  continuesRow: boolean;
  /** The last row has no bottom border: the page break split it. */
  rowGoesOn: boolean;
}

/** A border: drawn thinner than this, and longer than {@link MIN_LENGTH}. */
const THIN = 2.5;
const MIN_LENGTH = 4;
/** Two border positions this close are one border (a cell's edge drawn by each neighbour). */
const SAME = 2;

interface Segment { at: number; from: number; to: number }

/** Collinear border pieces (one per cell, as Chromium and Word draw them) merged into whole lines. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Segment[] = [];
  for (const segment of sorted) {
    const last = merged.at(-1);
    if (last && Math.abs(segment.at - last.at) <= SAME && segment.from <= last.to + SAME) last.to = Math.max(last.to, segment.to);
    else merged.push({ ...segment });
  }
  return merged;
}

const horizontal = (rules: readonly Rule[]) => mergeSegments(rules.filter((rule) => rule.bottom - rule.top <= THIN && rule.right - rule.left >= MIN_LENGTH).map((rule) => ({ at: (rule.top + rule.bottom) / 2, from: rule.left, to: rule.right })));
const vertical = (rules: readonly Rule[]) => mergeSegments(rules.filter((rule) => rule.right - rule.left <= THIN && rule.bottom - rule.top >= MIN_LENGTH).map((rule) => ({ at: (rule.left + rule.right) / 2, from: rule.top, to: rule.bottom })));

/** The text of a cell: its lines top to bottom, a line ending well short of the cell's right edge kept as a line break. */
function cellText(pieces: TextPiece[], right: number): string {
  const lines: TextPiece[][] = [];
  for (const piece of [...pieces].sort((a, b) => a.top - b.top || a.x - b.x)) {
    const current = lines.at(-1);
    if (current && Math.abs(piece.top - current[0]!.top) < piece.size * 0.5) current.push(piece);
    else lines.push([piece]);
  }
  let text = '';
  lines.forEach((line, index) => {
    const lineText = piecesText(line);
    if (index === 0) text = lineText;
    else {
      const previous = lines[index - 1]!;
      const end = Math.max(...previous.map((piece) => piece.x + piece.width));
      text = end + previous[0]!.size * 2 < right ? `${text}\n${lineText}` : joinPieces(text, lineText);
    }
  });
  return text;
}

/**
 * A table's borders with a row left open by a page break closed: where its
 * vertical borders run on past the last horizontal one (a row the page's end
 * cut, drawn without a bottom border) or start above the first (the rest of
 * that row at the top of the next page), the row ends where they do.
 */
function closeOpenRows(group: Segment[], columns: readonly Segment[]): { borders: Segment[]; openTop: boolean; openBottom: boolean } {
  const first = group[0]!;
  const last = group.at(-1)!;
  const left = Math.min(...group.map((border) => border.from));
  const right = Math.max(...group.map((border) => border.to));
  const inside = columns.filter((column) => column.at >= left - SAME && column.at <= right + SAME);
  const below = inside.filter((column) => column.from <= last.at + SAME && column.to > last.at + MIN_LENGTH);
  const above = inside.filter((column) => column.to >= first.at - SAME && column.from < first.at - MIN_LENGTH);
  const openTop = above.length >= 2;
  const openBottom = below.length >= 2;
  return {
    borders: [
      ...(openTop ? [{ at: Math.min(...above.map((column) => column.from)), from: left, to: right }] : []),
      ...group,
      ...(openBottom ? [{ at: Math.max(...below.map((column) => column.to)), from: left, to: right }] : []),
    ],
    openTop,
    openBottom,
  };
}

/**
 * The ruled tables of a page. Horizontal borders belong to one table while a
 * vertical border joins each to the next; a table needs two borders (one row)
 * and a vertical border inside it (two columns).
 */
export function findTables(page: PdfPage, lines: readonly Line[]): PdfTable[] {
  const allBorders = horizontal(page.rules);
  const rows = allBorders.filter((segment) => segment.to - segment.from > page.width * 0.2);
  const columns = vertical(page.rules);
  const joined = (a: Segment, b: Segment) => columns.some((column) => column.from <= a.at + SAME && column.to >= b.at - SAME && column.at >= Math.max(a.from, b.from) - SAME && column.at <= Math.min(a.to, b.to) + SAME);
  const groups: Segment[][] = [];
  for (const border of rows) {
    const current = groups.at(-1);
    if (current && joined(current.at(-1)!, border)) current.push(border);
    else groups.push([border]);
  }
  const text = page.pieces.filter((piece) => piece.text.trim() !== '');
  return groups.map((group) => closeOpenRows(group, columns)).filter(({ borders }) => borders.length >= 2).flatMap(({ borders: group, openTop, openBottom }) => {
    const bands = tableBands(group, columns, text);
    const grid = columnGrid(bands);
    mergeSpannedCells(bands, allBorders);
    const tableRows: PdfRow[] = [];
    for (const band of bands) {
      if (band.cells.every((cell) => cell.pieces.length === 0)) continue;
      const cells: PdfCell[] = grid.slice(0, -1).map((left, column) => ({ left, right: grid[column + 1]!, text: '' }));
      for (const cell of band.cells) {
        const column = nearestIndex(grid, cell.left);
        if (column < cells.length) cells[column] = { left: cell.left, right: cell.right, text: cellText(cell.pieces, cell.right) };
      }
      const firstTop = Math.min(...band.cells.flatMap((cell) => cell.pieces.map((piece) => piece.top)));
      const line = lines.find((candidate) => Math.abs(candidate.top - firstTop) < 1)?.line ?? lines.find((candidate) => candidate.top >= firstTop)?.line ?? 1;
      tableRows.push({ cells, line });
    }
    if (tableRows.length === 0 || grid.length < 3) return [];
    return [{ page: page.number, top: group[0]!.at, bottom: group.at(-1)!.at, rows: tableRows, continuesRow: openTop, rowGoesOn: openBottom }];
  });
}

/** A drawn cell of one band (the space between two row borders) and the text standing in it. */
interface BandCell { left: number; right: number; pieces: TextPiece[]; spannedFrom?: BandCell }
interface Band { top: number; cells: BandCell[] }

/** The bands of a table, each split into cells by the vertical borders crossing it. */
function tableBands(group: Segment[], columns: readonly Segment[], text: readonly TextPiece[]): Band[] {
  const bands: Band[] = [];
  for (let index = 0; index + 1 < group.length; index++) {
    const top = group[index]!.at;
    const bottom = group[index + 1]!.at;
    const left = Math.min(group[index]!.from, group[index + 1]!.from);
    const right = Math.max(group[index]!.to, group[index + 1]!.to);
    const middle = (top + bottom) / 2;
    const edges = [left, ...columns.filter((column) => column.from <= middle && column.to >= middle && column.at > left + SAME && column.at < right - SAME).map((column) => column.at), right];
    const inBand = text.filter((piece) => piece.top - piece.size * 0.4 > top && piece.top - piece.size * 0.4 < bottom);
    bands.push({
      top,
      cells: edges.slice(0, -1).map((edge, column) => {
        const next = edges[column + 1]!;
        return { left: edge, right: next, pieces: inBand.filter((piece) => piece.x + piece.width / 2 > edge && piece.x + piece.width / 2 < next) };
      }),
    });
  }
  return bands;
}

/** Every cell edge of the table's bands, near ones merged: the columns a row's cells are placed in. */
function columnGrid(bands: readonly Band[]): number[] {
  const grid: number[] = [];
  for (const at of bands.flatMap((band) => band.cells.flatMap((cell) => [cell.left, cell.right])).sort((a, b) => a - b)) {
    if (grid.length === 0 || at - grid.at(-1)! > SAME) grid.push(at);
  }
  return grid;
}

const nearestIndex = (grid: readonly number[], at: number) => grid.reduce((best, edge, index) => (Math.abs(edge - at) < Math.abs(grid[best]! - at) ? index : best), 0);

/**
 * A cell whose top border is not drawn is the lower part of a merged cell
 * (序号 and 重点任务 spanning a task's rows): its text belongs to the cell above,
 * whose row the merged cell starts, and the lower rows keep the column empty.
 */
function mergeSpannedCells(bands: Band[], borders: readonly Segment[]): void {
  bands.forEach((band, index) => {
    if (index === 0) return;
    for (const cell of band.cells) {
      const middle = (cell.left + cell.right) / 2;
      const closed = borders.some((border) => Math.abs(border.at - band.top) <= SAME && border.from <= middle && border.to >= middle);
      const above = bands[index - 1]!.cells.find((candidate) => Math.abs(candidate.left - cell.left) <= SAME && Math.abs(candidate.right - cell.right) <= SAME);
      if (closed || !above) continue;
      cell.spannedFrom = above.spannedFrom ?? above;
      cell.spannedFrom.pieces.push(...cell.pieces);
      cell.pieces = [];
    }
  });
}
