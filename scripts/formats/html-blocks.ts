/**
 * The blocks of an HTML fragment: headings, paragraphs and tables as a reader
 * sees them. Used for a portal page's article body and for the HTML mammoth
 * makes of a Word document, so both meet the parser in one form.
 */
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Block, SourcePosition } from './blocks.ts';
import { tableGrid } from './html-table.ts';

/** Where an element stands in the original: an element path for a page, a paragraph index for a Word document. */
export type Locate = (element: Element) => SourcePosition;

const HEADING = /^h([1-6])$/;
/** Elements that start a block of their own; anything else runs inline in the text around it. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** A block, or an inline element wrapped around one (`<font><div>…</div></font>`, as old editors write). */
export function holdsBlock(node: ElementContent): node is Element {
  return node.type === 'element' && (BLOCK.has(node.tagName) || node.children.some(holdsBlock));
}

/** innerText with its lines trimmed and blank lines dropped; a no-break space is a space to the parser. */
export function elementText(node: Element): string {
  return toText(node)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** A run of inline content between blocks, as one element so it is read as one paragraph. */
function inlineRun(children: ElementContent[], parent: Element): Element {
  return { ...parent, tagName: 'span', children };
}

/** The blocks of `container`'s content, in document order. */
export function htmlBlocks(container: Element, locate: Locate): Block[] {
  const blocks: Block[] = [];
  const paragraph = (element: Element, source: SourcePosition) => {
    const text = elementText(element);
    if (text) blocks.push({ kind: 'paragraph', text, source });
  };
  const walk = (element: Element) => {
    const heading = HEADING.exec(element.tagName);
    if (heading) {
      const text = elementText(element);
      if (text) blocks.push({ kind: 'heading', depth: Number(heading[1]), text, source: locate(element) });
      return;
    }
    if (element.tagName === 'table') {
      const rows = tableGrid(element, elementText)
        .filter((row) => row.cells.some((cell) => cell !== ''))
        .map((row) => ({ cells: row.cells, source: locate(row.element) }));
      if (rows.length > 0) blocks.push({ kind: 'table', rows, source: locate(element) });
      return;
    }
    if (!element.children.some(holdsBlock)) {
      paragraph(element, locate(element));
      return;
    }
    // Text beside blocks (`<div>各区：<p>…</p></div>`) is a paragraph of its own, placed where its parent is.
    let run: ElementContent[] = [];
    const flush = () => {
      if (run.length > 0) paragraph(inlineRun(run, element), locate(element));
      run = [];
    };
    for (const child of element.children) {
      if (holdsBlock(child)) {
        flush();
        walk(child);
      } else run.push(child);
    }
    flush();
  };
  walk(container);
  return blocks;
}
