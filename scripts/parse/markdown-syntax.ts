import { type Findings, type SourceLine } from './source-lines.ts';

/**
 * A Markdown copy of a web page: ATX headings, a pipe-table rule, a line opening in bold or a link give it away.
 * A rule or bold opening may follow spaces and blank lines: the lookahead picks its first character and the
 * lookbehind walks back over those spaces once, where `^\s*` at every line start rescans the blank lines after it.
 */
const MARKDOWN_SIGNS = /^#{1,6}\s|(?=[|:\-*])(?<=^\s*)(?:\|\s*:?-{3,}:?\s*\||:?-{3,}:?\s*\||\*\*\S)|\]\(https?:\/\//m;

/** Syntax at the head of a line: heading hashes, quote marks, list bullets, and strong emphasis around a whole line. */
const LINE_SYNTAX: RegExp[] = [/^(#{1,6})\s/, /^(>+)\s?/, /^([-*+])\s+(?=\S)/];
const RULE_CELL = /^:?-{3,}:?$/;
const CLOSING_CELL = /^:?-*:?$/;

/**
 * A pipe-table rule (`| --- | :---: |`): cells of three or more dashes, each closed by `|`, then at most a
 * shorter closing cell. Read cell by cell: as one pattern, its runs of optional spaces side by side made a
 * long run of spaces cost the square of its length.
 */
export function isTableRule(text: string): boolean {
  const trimmed = text.trim();
  const cells = (trimmed.startsWith('|') ? trimmed.slice(1) : trimmed).split('|').map((cell) => cell.trim());
  const last = cells.pop()!;
  if (!CLOSING_CELL.test(last) || cells.length === 0) return false;
  // A line that ends in `|` may close on a short cell (`|---|-|`).
  const closing = last === '' && cells.length >= 2 && CLOSING_CELL.test(cells.at(-1)!) ? 1 : 0;
  return cells.slice(0, cells.length - closing).every((cell) => RULE_CELL.test(cell));
}

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/**
 * In a Markdown copy, blanks out the syntax (`## `, `**…**`, `|---|`) so that
 * numbering and tables are read as in a plain copy. Syntax at the head of a
 * line is replaced by spaces so that the rest keeps its column; each piece is
 * reported as removed. In a plain-text document only strong emphasis that
 * an upstream crawl left paired on one line (`创新型**企业支持力度。**建立`)
 * is cut; every other Markdown character stays text.
 */
export function blankMarkdownSyntax(lines: SourceLine[], findings: Findings): SourceLine[] {
  if (!MARKDOWN_SIGNS.test(lines.map((source) => source.text).join('\n'))) return lines.map((source) => cutPairedStrong(source, findings));
  return lines.flatMap((source) => unwrapLayoutCell(source, findings)).map((source) => blankLine(source, findings));
}

/** Fewest `<br>` breaks that make a one-cell row a page's layout rather than a table. */
const LAYOUT_BREAKS = 3;

/**
 * A page laid out in a table puts the whole text in one cell, its paragraphs
 * parted by `<br>` (`| 一、工作目标 <br> （一）… <br> （二）… |`). Such a row is
 * read as the lines it holds: each piece keeps its columns, and the cell's
 * bars and breaks are reported as syntax.
 */
function unwrapLayoutCell(source: SourceLine, findings: Findings): SourceLine[] {
  const cells = source.raw.replace(/^\s*\||\|\s*$/g, '').split('|');
  const breaks = source.raw.match(/<br\s*\/?>/gi)?.length ?? 0;
  if (!/^\s*\|/.test(source.raw) || cells.filter((cell) => cell.trim() !== '').length !== 1 || breaks < LAYOUT_BREAKS) return [source];
  const pieces: SourceLine[] = [];
  let from = 0;
  for (const match of [...source.raw.matchAll(/<br\s*\/?>|\|/gi), { index: source.raw.length, 0: '' }]) {
    const piece = source.raw.slice(from, match.index);
    if (piece.trim() !== '') {
      const padded = ' '.repeat(from) + piece;
      pieces.push({ line: source.line, text: padded, raw: padded });
    }
    if (match[0]) findings.removed.push({ line: source.line, column: match.index + 1, text: match[0], reason: 'markdown-syntax' });
    from = match.index + match[0].length;
  }
  return pieces;
}

function blankLine(source: SourceLine, findings: Findings): SourceLine {
  let text = source.text;
  const report = (column: number, removed: string) =>
    findings.removed.push({ line: source.line, column: column + 1, text: removed, reason: 'markdown-syntax' });
  if (isTableRule(text)) {
    const start = text.search(/\S/);
    report(start, text.trim());
    return { ...source, text: '' };
  }
  for (const pattern of LINE_SYNTAX) {
    const match = pattern.exec(text.trimStart());
    if (!match) continue;
    const start = text.length - text.trimStart().length;
    report(start, match[1]!);
    text = blank(text, start, match[1]!.length);
  }
  // `<br>` inside a table cell is a line break: blanked, so a cell's lines stay apart by spaces.
  for (const match of text.matchAll(/<br\s*\/?>/gi)) {
    report(match.index, match[0]);
    text = blank(text, match.index, match[0].length);
  }
  // Strong emphasis anywhere in the line (`**1.** **编制** “十五五” **规划**`): a mark that opens
  // the line is blanked so the marker after it keeps its column; a mark inside a sentence is
  // cut rather than left as a gap. Each is reported at its column as written.
  let cut = 0;
  for (const match of source.text.matchAll(/\*\*|__(?=[^_\s][^_]*__)|(?<=[^_\s])__/g)) {
    if (text.slice(match.index - cut, match.index - cut + 2) !== match[0]) continue;
    report(match.index, match[0]);
    const at = match.index - cut;
    if (text.slice(0, at).trim() === '') text = blank(text, at, 2);
    else {
      text = text.slice(0, at) + text.slice(at + 2);
      cut += 2;
    }
  }
  return { ...source, text };
}

/** `**…**` around text on one line, with no space just inside the marks. */
const PAIRED_STRONG = /\*\*(?=[^\s*])[^*]*?[^\s*]\*\*/g;

/** Cuts the marks of each paired strong emphasis from a plain-text line, reporting each at its column as written. */
function cutPairedStrong(source: SourceLine, findings: Findings): SourceLine {
  const pairs = [...source.text.matchAll(PAIRED_STRONG)];
  if (pairs.length === 0) return source;
  for (const pair of pairs) {
    findings.removed.push({ line: source.line, column: pair.index + 1, text: '**', reason: 'markdown-syntax' });
    findings.removed.push({ line: source.line, column: pair.index + pair[0].length - 1, text: '**', reason: 'markdown-syntax' });
  }
  return { ...source, text: source.text.replace(PAIRED_STRONG, (pair) => pair.slice(2, -2)) };
}
