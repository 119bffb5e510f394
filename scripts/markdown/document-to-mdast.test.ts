import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from '../parse/index.ts';
import { documentToMdast, type PageLinks } from './document-to-mdast.ts';
import { stringifyMarkdown } from './stringify.ts';

const links: PageLinks = { reference: () => undefined, source: (lines) => `/source/#L${lines.start}`, permalink: (task) => `/t/${task.anchor}/` };

describe('documentToMdast', () => {
  it('escapes Markdown and HTML in policy text so it renders verbatim', () => {
    const clause = '推进* _ | # < > [ ] ( ) \\ 与<script>alert(1)</script>和[x](javascript:alert(1))';
    const document = parse(`关于测试的通知\n一、任务\n1.${clause}。(科技厅牵头,财政厅参加)`, { file: 't.txt', slug: 't', script: 'zh-Hans' });
    const markdown = stringifyMarkdown(documentToMdast(document, links));
    expect(markdown).not.toMatch(/(?:^|[^\\])<script>/);
    const reparsed = fromMarkdown(markdown);
    const paragraphs = reparsed.children.filter((node) => node.type === 'paragraph').map((node) => toString(node, { includeHtml: false }));
    expect(paragraphs).toContain(`1. ${clause}。`);
    expect(reparsed.children.some((node) => node.type === 'html' && node.value.includes('script'))).toBe(false);
  });

  it('gives each task its anchor and its agencies as links when resolved', () => {
    const document = parse('关于测试的通知\n一、任务\n1.加强协作。(科技厅牵头,财政厅参加)', { file: 't.txt', slug: 't', script: 'zh-Hans' });
    document.tasks[0]!.lead[0]!.id = 'xj-science-technology-department';
    const markdown = stringifyMarkdown(documentToMdast(document, links));
    expect(markdown).toContain('<article class="task" id="t1" data-citation="《关于测试的通知》第1项" data-number="第1项" data-permalink="/t/t1/">');
    expect(markdown).toContain('[科技厅](/agencies/xj-science-technology-department/)');
    expect(markdown).toMatch(/^---\nslug: t\n/);
  });
});
