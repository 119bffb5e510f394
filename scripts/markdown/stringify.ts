import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm);

/** Serializes an mdast tree; all escaping happens here, in remark-stringify. */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
