import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * The HTML of a page body, from the same mdast tree its Markdown edition is
 * written from (front matter left out). The build renders it once, so the
 * site's pages read a finished fragment instead of Astro's content layer
 * holding every body in memory. Raw HTML nodes (a task's `<article>` around
 * its Markdown) pass through as written: the builder escapes every policy
 * string into text nodes, and only the builder writes HTML nodes.
 */
export function mdastToHtml(tree: Root): string {
  const body: Root = { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') };
  return toHtml(toHast(body, { allowDangerousHtml: true }), { allowDangerousHtml: true });
}
