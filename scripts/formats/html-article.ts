/**
 * What of a saved portal page is the document: the article body, the page's
 * title, and the metadata box (索引号 / 发文机关 / 成文日期 / 文号 / 发布日期)
 * printed above it. Navigation, share buttons, footers, scripts and styles
 * are left behind.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { readMetadataLine, type MetadataLineFact } from '../parse/metadata-lines.ts';
import { elementText, holdsBlock } from './html-blocks.ts';

/** Elements that are never the document: code, forms, and the frame around the page. */
const CHROME = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'select', 'input', 'textarea', 'nav', 'footer', 'aside', 'head']);
/** Fewer characters than this directly in the best element, and the page has no article. */
const MIN_BODY_CHARACTERS = 200;
/** A metadata box is short; a longer element starting with a label is the body or the whole page. */
const MAX_METADATA_CHARACTERS = 1500;

export interface PageParts {
  /** The page's own title (`<h1>`), when the body does not already print it. */
  title?: Element;
  /** Labelled facts of the metadata box, each with the element that prints it. */
  metadata: { fact: MetadataLineFact; element: Element }[];
  body: Element;
}

function elementsOf(children: readonly (ElementContent | RootContent)[]): Element[] {
  return children.filter((child): child is Element => child.type === 'element');
}

/** The tree without the elements CHROME names and without comments, so nothing below reads them. */
export function withoutChrome<T extends Root | Element>(node: T): T {
  const children = node.children.flatMap((child): typeof child[] => {
    if (child.type === 'comment' || (child.type === 'element' && CHROME.has(child.tagName))) return [];
    return [child.type === 'element' ? withoutChrome(child) : child];
  });
  return { ...node, children } as T;
}

/** Non-blank characters of an element's text. */
function weight(element: Element): number {
  return elementText(element).replace(/\s/g, '').length;
}

/**
 * The element whose own children hold the most text: the article body. A
 * page's frame nests the body in containers that each hold it whole, but
 * only the body holds the paragraphs as its own children.
 */
function articleBody(root: Root): Element | undefined {
  let best: { element: Element; score: number } | undefined;
  const visit = (element: Element) => {
    let score = 0;
    for (const child of element.children) {
      if (child.type === 'text') score += child.value.replace(/\s/g, '').length;
      // A table or a paragraph-like child counts; a container's text counts for the container inside it.
      else if (child.type === 'element' && (child.tagName === 'table' || !child.children.some(holdsBlock))) score += weight(child);
    }
    if (!best || score > best.score) best = { element, score };
    elementsOf(element.children).forEach(visit);
  };
  elementsOf(root.children).forEach(visit);
  return best && best.score >= MIN_BODY_CHARACTERS ? best.element : undefined;
}

/** Elements in document order before `end`, leaving out those that hold it. */
function elementsBefore(root: Root, end: Element): Element[] {
  const found: Element[] = [];
  const holders = new Set<Element>();
  const visit = (element: Element): boolean => {
    if (element === end) return true;
    found.push(element);
    const holds = elementsOf(element.children).some(visit);
    if (holds) holders.add(element);
    return holds;
  };
  elementsOf(root.children).some(visit);
  return found.filter((element) => !holders.has(element));
}

/** Facts of the metadata box above the body: each label once, as first printed, values that are not empty. */
function metadataAbove(before: readonly Element[]): PageParts['metadata'] {
  const taken = new Set<Element>();
  const metadata: PageParts['metadata'] = [];
  const labels = new Set<string>();
  for (const element of before) {
    // An element inside one already read was read with it.
    if (taken.has(element)) continue;
    const text = elementText(element).replace(/\s+/g, ' ').trim();
    if (text.length > MAX_METADATA_CHARACTERS) continue;
    const facts = readMetadataLine(text);
    if (!facts) continue;
    const mark = (node: Element) => {
      taken.add(node);
      elementsOf(node.children).forEach(mark);
    };
    mark(element);
    for (const fact of facts) {
      if (!fact.value || labels.has(fact.label)) continue;
      labels.add(fact.label);
      metadata.push({ fact, element });
    }
  }
  return metadata;
}

/** Finds the parts of a page (without its chrome) that make the document, or undefined when no element holds an article. */
export function pageParts(root: Root): PageParts | undefined {
  const body = articleBody(root);
  if (!body) return undefined;
  const before = elementsBefore(root, body);
  const bodyText = elementText(body).replace(/\s/g, '');
  // The page's banner may be an h1 too: the title is the one nearest the body.
  const title = before.findLast((element) => element.tagName === 'h1' && weight(element) > 0);
  return {
    ...(title && !bodyText.includes(elementText(title).replace(/\s/g, '')) ? { title } : {}),
    metadata: metadataAbove(before),
    body,
  };
}
