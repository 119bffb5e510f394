import { type Findings, isBlank, removeLine, type SourceLine } from './source-lines.ts';
import { stripSpaces } from './text.ts';

/**
 * What a PDF extraction keeps of each page's frame: page numbers (`- 2 -`,
 * `— 4 —`, `第 3 页`), page separators (`* * *`), and the running header or
 * footer printed on every page (`重庆市人民政府办公厅文件`, `…发布`).
 */
const PAGE_NUMBER = /^[-—–－]\s*\d{1,4}\s*[-—–－]$|^第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/;
const PAGE_SEPARATOR = /^\s*(?:\*\s*){3,}$|^\s*(?:-\s*){3,}$|^\s*(?:_\s*){3,}$/;

/** How far from a page break a running header or footer may stand, in non-blank lines. */
const FRAME_REACH = 2;
/** Longest running header or footer, in characters. */
const FRAME_LENGTH = 30;

function isPageBreak(text: string): boolean {
  const compact = text.trim();
  return PAGE_NUMBER.test(compact) || PAGE_SEPARATOR.test(compact);
}

/**
 * Removes page numbers, separators and running headers and footers, each
 * reported. A running line is one printed near three or more page breaks;
 * its first appearance (the red header on the first page) stays. Where the
 * extraction ran the header into the next line (`重庆市人民政府办公厅文件 （一）…`),
 * only the header is cut.
 */
export function stripPageFurniture(lines: SourceLine[], findings: Findings, yamlEnd: number): SourceLine[] {
  // A Markdown copy's YAML front matter (to line `yamlEnd`) opens and closes with `---`: those are no page breaks.
  const nonBlank = lines.filter((source) => !isBlank(source.text) && source.line > yamlEnd);
  const breaks = nonBlank.flatMap((source, index) => (isPageBreak(source.text) ? [index] : []));
  if (breaks.length === 0) return lines;
  const nearBreak = (index: number) => breaks.some((at) => Math.abs(at - index) <= FRAME_REACH && at !== index);
  // A running line may stand alone or, where the extraction ran it into the page's text, open a line.
  const counts = new Map<string, number>();
  for (const [index, source] of nonBlank.entries()) {
    const head = source.text.trim().split(/[\s\u3000]+/)[0]!;
    if (head.length >= 4 && head.length <= FRAME_LENGTH && !isPageBreak(source.text) && nearBreak(index)) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  const pages = Math.max(...[PAGE_NUMBER, PAGE_SEPARATOR].map((pattern) => nonBlank.filter((source) => pattern.test(source.text.trim())).length));
  const running = [...counts].filter(([, count]) => count >= 3 && count >= pages / 3).map(([text]) => text);
  const seen = new Set<string>();
  return lines.map((source) => {
    if (isBlank(source.text) || source.line <= yamlEnd) return source;
    if (isPageBreak(source.text)) {
      removeLine(findings, source, 'page-furniture');
      return { ...source, text: '' };
    }
    const compact = stripSpaces(source.text);
    const frame = running.find((text) => compact === text || (compact.startsWith(text) && /^[\s\u3000]*\S+[\s\u3000]/.test(source.text)));
    if (!frame) return source;
    if (!seen.has(frame)) {
      seen.add(frame);
      return source;
    }
    if (compact === frame) {
      removeLine(findings, source, 'page-furniture');
      return { ...source, text: '' };
    }
    // The header's characters, in order, then the rest of the line.
    const start = source.text.search(/\S/);
    let end = start;
    for (let matched = 0; matched < frame.length; end++) if (!/[\s\u3000]/.test(source.text[end]!)) matched++;
    findings.removed.push({ line: source.line, column: start + 1, text: source.text.slice(start, end), reason: 'page-furniture' });
    return { ...source, text: ' '.repeat(end) + source.text.slice(end) };
  });
}

/** The line that closes a YAML front matter block at the head of the text, or 0 when there is none. */
export function yamlFrontMatterEnd(lines: SourceLine[]): number {
  const first = lines.find((source) => !isBlank(source.text));
  if (!first || first.text.trim() !== '---') return 0;
  const close = lines.find((source) => source.line > first.line && source.text.trim() === '---');
  if (!close || close.line - first.line > YAML_LINES) return 0;
  // `key: value`, `- item` and indented lines: YAML, not a page of text between two separators.
  const inside = lines.filter((source) => source.line > first.line && source.line < close.line && !isBlank(source.text));
  const yamlLike = inside.filter((source) => /^\s*[\w\u4e00-\u9fff-]+:(?:\s|$)|^\s*- |^\s+\S/.test(source.text)).length;
  return inside.length > 0 && yamlLike / inside.length >= YAML_SHARE ? close.line : 0;
}

/** Longest front matter block, in lines, taken for one. */
const YAML_LINES = 80;
/** Share of a block's lines that must read as YAML. */
const YAML_SHARE = 0.6;
