import type { Assignment, LineRange, NumberStyle, NumberToken, Paragraph, SectionNode, StructureNode, TableNode } from '../model.ts';
import type { LeadRule } from './assignment-text.ts';
import { readDelimitedBlock, readTaskTable, tableHeaderRoles } from './division-table.ts';
import { readVerticalBlock, verticalHeaderRoles } from './vertical-table.ts';
import { categoryTableRoles, readCategoryBlock } from './category-table.ts';
import { type MarkerMatch, matchLoneArticle, matchMarker, midLineCandidates } from './numbering.ts';
import { pageBreakOverlap } from './page-break.ts';
import { type Findings, isBlank, type SourceLine } from './source-lines.ts';
import { ASSIGNMENT_LINE } from './assignment-labels.ts';
import { isDateLine, isSignerLine } from './signature.ts';
import { readMetadataLine } from './metadata-lines.ts';
import { endsSentence, trimAll } from './text.ts';

/** A caption placed above a table: short and without final punctuation. */
const TABLE_CAPTION = /(?:表|分工|清单|清單|一览|一覽)$/;

/** `目    录`: the line over the table of contents a regulation prints under its title. */
const CONTENTS_HEADING = /^目[\s\u3000]*[录錄]$/;
/** An entry of that table: a chapter or section heading (`第一章  总则`). */
const CONTENTS_ENTRY = /^第[一二三四五六七八九十百零〇]+[章节節编編][\s\u3000]/;

/**
 * The lines of a printed table of contents from `start` (its `目录` line): the entries that follow, each
 * printed again further on as a heading of the text. Undefined when `start` is no such line.
 */
function contentsLines(lines: SourceLine[], start: number): number[] | undefined {
  if (!CONTENTS_HEADING.test(trimAll(lines[start]!.text))) return undefined;
  const taken = [start];
  for (let index = start + 1; index < lines.length; index++) {
    if (isBlank(lines[index]!.text)) continue;
    const text = trimAll(lines[index]!.text);
    const printedAgain = lines.slice(index + 1).some((later) => trimAll(later.text) === text);
    if (!CONTENTS_ENTRY.test(text) || !printedAgain) break;
    taken.push(index);
  }
  return taken.length > 1 ? taken : undefined;
}

/** Words that cannot begin a sentence: a paragraph starting with one was cut by a page break. */
const CONTINUATION_START = /^[的了和与與及之地得，,。、；;）)]/;

export interface BodyScan {
  preamble: Paragraph[];
  structure: StructureNode[];
}

interface TextHolder {
  text: string;
  lines: LineRange;
}

interface Level {
  style: NumberStyle;
  value: number;
  node: SectionNode;
}

/**
 * Reads the body into a tree that follows the document's own numbering.
 * Numbered items glued onto one line are split apart when the number is the
 * one the sequence expects next, so `…参加) 36.加强…` starts item 36 but
 * `2.4件` or `（19+2）` start nothing.
 */
export function scanBody(lines: SourceLine[], leadRule: LeadRule, findings: Findings): BodyScan {
  const noticeEnd = endOfNotice(lines);
  const preamble: Paragraph[] = [];
  const structure: StructureNode[] = [];
  const stack: Level[] = [];
  const lastValue = new Map<NumberStyle, number>();
  let inBody = false;
  let lastPiece: TextHolder | undefined;
  let lastPieceIsHeading = false;
  let blankBefore = false;
  let afterTable: TableNode | undefined;

  const current = (): SectionNode | undefined => stack.at(-1)?.node;

  const extendNode = (line: number) => {
    for (const level of stack) level.node.lines.end = Math.max(level.node.lines.end, line);
  };

  const expected = (token: NumberToken): boolean => {
    const level = stack.find((entry) => entry.style === token.style);
    if (level) return token.value === level.value + 1;
    const seen = lastValue.get(token.style);
    return token.value === 1 || (seen !== undefined && token.value === seen + 1);
  };

  const accepts = (match: MarkerMatch, atLineStart: boolean): boolean => {
    if (!inBody) return match.token.value === 1;
    return atLineStart || expected(match.token);
  };

  const open = (token: NumberToken, line: number) => {
    if (!expected(token)) {
      findings.warnings.push({ line, message: `numbering jumps to ${token.marker}; expected the next number in sequence` });
    }
    const depth = stack.findIndex((entry) => entry.style === token.style);
    if (depth >= 0) stack.length = depth;
    const node: SectionNode = {
      kind: 'section', id: '', anchor: '', number: token, text: '', paragraphs: [], children: [],
      lines: { start: line, end: line },
    };
    const parent = current();
    if (parent) parent.children.push(node);
    else structure.push(node);
    stack.push({ style: token.style, value: token.value, node });
    lastValue.set(token.style, token.value);
    inBody = true;
    afterTable = undefined;
    lastPiece = node;
    lastPieceIsHeading = true;
  };

  const continues = (text: string): boolean => {
    if (!inBody || !lastPiece || !blankBefore || endsSentence(lastPiece.text)) return false;
    // A signature, its date and an attachment line stand alone: no page break runs into or out of them.
    if ([text, lastPiece.text].some((piece) => isSignerLine(piece) || isDateLine(piece)) || /^附件/.test(lastPiece.text)) return false;
    if (CONTINUATION_START.test(text) || /[，,、]$/.test(lastPiece.text)) return true;
    // A short heading without a sentence in it (`（一）指导思想`) is complete; a clause cut mid-word is not.
    return !(lastPieceIsHeading && isBareHeading(lastPiece.text));
  };

  const addParagraph = (text: string, source: SourceLine, column: number) => {
    if (continues(text)) {
      const holder = lastPiece!;
      const overlap = pageBreakOverlap(holder.text, text);
      if (overlap > 0) {
        findings.removed.push({ line: source.line, column, text: text.slice(0, overlap), reason: 'page-break-duplicate' });
      }
      holder.text += text.slice(overlap);
      holder.lines.end = source.line;
      extendNode(source.line);
      return;
    }
    const node = current();
    // `第五条` alone on its line: the paragraph below is the article's text.
    if (node && !afterTable && lastPiece === node && node.text === '' && node.paragraphs.length === 0 && node.children.length === 0) {
      node.text = text;
      extendNode(source.line);
      lastPieceIsHeading = false;
      return;
    }
    const paragraph: Paragraph = { text, lines: { start: source.line, end: source.line } };
    if (!inBody) preamble.push(paragraph);
    else if (afterTable) (afterTable.notes ??= []).push(paragraph);
    else if (node) {
      node.paragraphs.push(paragraph);
      extendNode(source.line);
    }
    lastPiece = paragraph;
    lastPieceIsHeading = false;
  };

  for (let index = 0; index < lines.length; index++) {
    const source = lines[index]!;
    if (isBlank(source.text)) {
      blankBefore = true;
      continue;
    }
    const roles = tableHeaderRoles(source.text);
    const verticalRoles = roles ? undefined : verticalHeaderRoles(lines, index);
    const categoryRoles = roles || verticalRoles ? undefined : categoryTableRoles(lines, index);
    if (roles || verticalRoles || categoryRoles) {
      const caption = takeCaption(lastPiece, preamble, current(), afterTable);
      const block = roles ? readDelimitedBlock(lines, index) : verticalRoles ? readVerticalBlock(lines, index, verticalRoles) : readCategoryBlock(lines, index, categoryRoles!, findings);
      const parsed = readTaskTable(block, roles ?? verticalRoles ?? categoryRoles!, leadRule, findings);
      if (caption) parsed.table.caption = caption;
      structure.push(parsed.table);
      stack.length = 0;
      inBody = true;
      afterTable = parsed.table;
      lastPiece = undefined;
      index = parsed.end - 1;
      blankBefore = false;
      continue;
    }
    // A regulation's printed table of contents is one paragraph before the text, not headings of chapters with nothing in them.
    const contents = inBody ? undefined : contentsLines(lines, index);
    if (contents) {
      preamble.push({ text: contents.map((at) => trimAll(lines[at]!.text)).join(' '), lines: { start: source.line, end: lines[contents.at(-1)!]!.line } });
      lastPiece = preamble.at(-1);
      index = contents.at(-1)!;
      blankBefore = false;
      continue;
    }
    const node = current();
    if (node && ASSIGNMENT_LINE.test(source.text)) {
      attachAssignmentLine(node, source);
      extendNode(source.line);
      lastPiece = undefined;
      blankBefore = false;
      continue;
    }
    scanLine(source);
    blankBefore = false;
  }
  return { preamble, structure };

  function scanLine(source: SourceLine): void {
    const text = source.text;
    // Before the body, a notice's own numbered paragraphs and its metadata lines (`01. [发文机构]`) number nothing.
    if (!inBody && (source.line <= noticeEnd || readMetadataLine(text))) {
      addParagraph(trimAll(text), source, text.search(/[^\s\u3000\u00a0]/) + 1);
      return;
    }
    const leading = text.search(/[^\s\u3000\u00a0]/);
    const atStart = matchMarker(text, leading) ?? matchLoneArticle(text);
    let contentStart = leading;
    let inNode = false;
    if (atStart && accepts(atStart, true)) {
      open(atStart.token, source.line);
      contentStart = leading + atStart.length;
      inNode = true;
    }
    for (;;) {
      const next = nextMarker(text, contentStart);
      const segment = text.slice(contentStart, next?.position ?? text.length);
      const content = trimAll(segment);
      const column = contentStart + segment.search(/[^\s\u3000\u00a0]|$/) + 1;
      if (inNode) {
        const node = current()!;
        node.text = content;
      } else if (content) {
        addParagraph(content, source, column);
      }
      if (!next) return;
      open(next.match.token, source.line);
      contentStart = next.position + next.match.length;
      inNode = true;
    }
  }

  function nextMarker(text: string, from: number): { position: number; match: MarkerMatch } | undefined {
    for (const position of midLineCandidates(text, from + 1)) {
      const match = matchMarker(text, position);
      if (match && accepts(match, false)) return { position, match };
    }
    return undefined;
  }
}

/**
 * The line where a covering notice ends: its signature and date
 * (`北京市人民政府` / `2024年1月26日`) with the numbered plan still to come.
 * A notice may number its own paragraphs (一、…二、…); those belong to the
 * notice, not to the plan it issues. 0 when there is no such notice.
 */
function endOfNotice(lines: SourceLine[]): number {
  const nonBlank = lines.filter((source) => !isBlank(source.text));
  const markerOf = (source: SourceLine) => matchMarker(source.text, source.text.search(/[^\s\u3000\u00a0]/))?.token;
  for (const [index, source] of nonBlank.entries()) {
    if (index === 0 || !isDateLine(source.text) || !isSignerLine(nonBlank[index - 1]!.text)) continue;
    const numbered = nonBlank.slice(index + 1).some((later) => markerOf(later)?.value === 1);
    // A notice that sets out work of its own, in more than a few paragraphs or in levels, is body, not preamble.
    const own = nonBlank.slice(0, index).filter((earlier) => !readMetadataLine(earlier.text)).flatMap((earlier) => markerOf(earlier) ?? []);
    const brief = own.length <= NOTICE_PARAGRAPHS && new Set(own.map((token) => token.style)).size <= 1;
    return numbered && brief ? source.line : 0;
  }
  return 0;
}

/** Most numbered paragraphs a covering notice has of its own (`一、提高政治站位…二、…三、…`). */
const NOTICE_PARAGRAPHS = 6;

/** Longest heading, in characters, that stands without a full stop. */
const BARE_HEADING_LENGTH = 40;

function isBareHeading(text: string): boolean {
  return text.length <= BARE_HEADING_LENGTH && !/[。；;]/.test(text);
}

function attachAssignmentLine(node: SectionNode, source: SourceLine): void {
  const text = trimAll(source.text);
  const existing = node.assignment;
  if (existing && existing.form === 'lines') {
    existing.raw += `\n${text}`;
    existing.lines.end = source.line;
    return;
  }
  const assignment: Assignment = {
    raw: text, form: 'lines', lead: [], participants: [], responsible: [], guidance: [],
    lines: { start: source.line, end: source.line },
  };
  node.assignment = assignment;
}

/** Moves a caption paragraph (`重点任务分工及进度安排表`) from the body onto the table below it. */
function takeCaption(
  lastPiece: TextHolder | undefined,
  preamble: Paragraph[],
  node: SectionNode | undefined,
  afterTable: TableNode | undefined,
): Paragraph | undefined {
  if (!lastPiece || !TABLE_CAPTION.test(lastPiece.text) || endsSentence(lastPiece.text)) return undefined;
  for (const list of [preamble, node?.paragraphs, afterTable?.notes]) {
    if (list?.at(-1) === lastPiece) return list.pop();
  }
  return undefined;
}
