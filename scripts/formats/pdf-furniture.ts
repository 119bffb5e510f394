/**
 * Page furniture: what a PDF prints on every page around the text (page
 * numbers such as `- 3 -`, `—3—`, `第3页`, a running title), which the
 * document's text must not contain.
 */
import type { LeftOutReason } from './blocks.ts';
import { bodySize, type Line, type PdfPage } from './pdf-lines.ts';

export interface Furniture {
  line: Line;
  reason: Extract<LeftOutReason, 'page-number' | 'running-head'>;
}

const PAGE_NUMBER = /^(?:[-—–－―_\s]*\d+[-—–－―_\s]*|第\s*\d+\s*[页頁](?:\s*[，,/]?\s*共\s*\d+\s*[页頁])?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** The band at the top and bottom of a page where headers and footers stand, as a share of its height. */
const MARGIN = 0.12;

const inMargin = (line: Line, page: PdfPage) => line.top < page.height * MARGIN || line.top > page.height * (1 - MARGIN);

/** A line's text with its numbers taken out, so `— 3 —` and `— 4 —`, or `2024年12月版 第2頁` on each page, compare equal. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * The furniture of a document's pages: a page number in the top or bottom
 * margin, and any margin line that recurs (numbers aside) on at least half of
 * the pages of a document of two pages or more. A recurring line set larger
 * than the text is the document's title printed on each page (a leaflet's
 * `第三輪2.0行動業主組織須知`): its first print stays, as the title.
 */
export function findFurniture(pages: readonly PdfPage[], lines: readonly Line[][]): Furniture[] {
  const body = bodySize(lines.flat());
  const titlesKept = new Set<string>();
  const recurring = new Map<string, Set<number>>();
  pages.forEach((page, index) => {
    for (const line of lines[index]!) if (inMargin(line, page)) recurring.set(shape(line.text), (recurring.get(shape(line.text)) ?? new Set()).add(page.number));
  });
  const furniture: Furniture[] = [];
  pages.forEach((page, index) => {
    const margin = lines[index]!.filter((line) => inMargin(line, page));
    // A bare number is the page's number only when it stands alone: several are footnote or list marks (屋宇署 circular, 31).
    const bare = margin.filter((line) => /^\d+$/.test(line.text.trim()));
    for (const line of margin) {
      const pagesWithIt = recurring.get(shape(line.text))!.size;
      if (PAGE_NUMBER.test(line.text.trim()) && !(bare.length > 1 && bare.includes(line))) furniture.push({ line, reason: 'page-number' });
      else if (pages.length >= 2 && pagesWithIt >= Math.max(2, pages.length / 2)) {
        const isTitle = line.size > body * 1.15 && /\p{Script=Han}{2}/u.test(line.text);
        if (isTitle && !titlesKept.has(shape(line.text))) titlesKept.add(shape(line.text));
        else furniture.push({ line, reason: 'running-head' });
      }
    }
  });
  return furniture;
}
