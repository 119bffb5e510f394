/**
 * A policy page saved from a government portal (`.html`, `.htm`) as blocks:
 * the metadata box as `label：value` lines, the page title, then the article
 * body with its headings, paragraphs and tables. Each block points back to
 * its element by a CSS path.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../model.ts';
import { decodePolicyText } from '../parse/decode.ts';
import { ParseError } from '../parse/errors.ts';
import type { Block, SourcePosition } from './blocks.ts';
import { pageParts, withoutChrome } from './html-article.ts';
import { htmlBlocks } from './html-blocks.ts';

/** An HTML document or fragment as a hast tree. */
export function parseHtml(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

/** One step of a path: `p:nth-of-type(14)`, `div#zoomcon`, `div.article-content`. */
function step(element: Element, siblings: readonly Element[]): string {
  const id = element.properties.id;
  if (id) return `${element.tagName}#${String(id)}`;
  const className = Array.isArray(element.properties.className) ? element.properties.className[0] : undefined;
  const sameTag = siblings.filter((sibling) => sibling.tagName === element.tagName);
  const nth = sameTag.length > 1 ? `:nth-of-type(${sameTag.indexOf(element) + 1})` : '';
  return `${element.tagName}${className ? `.${String(className)}` : ''}${nth}`;
}

/**
 * A CSS path for every element, from the nearest ancestor with an id (or from
 * `html`): short enough to read, exact enough to find the element again in
 * the browser's inspector.
 */
export function elementPaths(root: Root): Map<Element, string> {
  const paths = new Map<Element, string>();
  const visit = (children: Root['children'], prefix: string) => {
    const elements = children.filter((child): child is Element => child.type === 'element');
    for (const element of elements) {
      const own = step(element, elements);
      const path = element.properties.id || !prefix ? own : `${prefix} > ${own}`;
      paths.set(element, path);
      visit(element.children, path);
    }
  };
  visit(root.children, '');
  return paths;
}

/** The blocks of a page already parsed; `file` names it in errors. */
export function pageBlocks(page: Root, file: string): Block[] {
  const root = withoutChrome(page);
  const parts = pageParts(root);
  if (!parts) {
    throw new ParseError(file, 1, 'no article body found in this HTML page; expected a policy page saved from a government portal, its text in paragraphs or tables (a page that only loads its text by script holds none: save it after it has loaded, or copy the text into a .txt file)');
  }
  const paths = elementPaths(root);
  const locate = (element: Element): SourcePosition => ({ format: 'html', path: paths.get(element) ?? element.tagName });
  const metadata: Block[] = parts.metadata.map(({ fact, element }) => ({ kind: 'paragraph', text: `${fact.label}：${fact.value}`, source: locate(element) }));
  const title: Block[] = parts.title ? htmlBlocks(parts.title, locate) : [];
  return [...metadata, ...title, ...htmlBlocks(parts.body, locate)];
}

/**
 * Reads the bytes of a saved page (any encoding the text reader knows). What
 * decoding found stands at a line of the page's source, not of the text read
 * from it, so each warning names that line and is reported at the text's first.
 */
export function readHtml(bytes: Uint8Array, file: string): { blocks: Block[]; warnings: Diagnostic[] } {
  const decoded = decodePolicyText(bytes, file);
  const warnings = decoded.warnings.map((warning) => ({ line: 1, message: `line ${warning.line} of the saved page: ${warning.message}` }));
  return { blocks: pageBlocks(parseHtml(decoded.text), file), warnings };
}
