import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';
import { names, task } from './seeds.ts';

const FIXTURE = 'tests/fixtures/markdown-copy.md';

describe('a Markdown copy of a web page with other ways of assigning work', () => {
  const document = readPolicyDocument(FIXTURE);

  it('reads numbering under Markdown headings and emphasis, and reports the syntax it removed', () => {
    expect(document.tasks.map((t) => t.id)).toEqual(['(一)', '(二)', '1', '2']);
    expect(document.removed.every((removed) => removed.reason === 'markdown-syntax')).toBe(true);
    expect(findLostText(readFileSync(FIXTURE, 'utf8'), document)).toBeUndefined();
  });

  it('applies the document rule 排在第一位的为牵头单位 to （A、B负责）', () => {
    expect(document.leadRule).toBe('first-listed');
    expect(names(task(document, '(一)').lead)).toEqual(['市工信局']);
    expect(names(task(document, '(一)').participants)).toEqual(['市通信管理办']);
  });

  it('takes no deadline from a time limit inside the clause: only an assignment or the clause\'s opening words give one', () => {
    expect(task(document, '(一)').deadline).toBeUndefined();
    expect(task(document, '(一)').text).toContain('力争2024年底前完成主城区全覆盖');
  });

  it('reads inline （牵头单位：X，配合单位：…）', () => {
    expect(names(task(document, '(二)').lead)).toEqual(['市发展改革委']);
    expect(names(task(document, '(二)').participants)).toEqual(['市科技局', '市财政局']);
  });

  it('reads 负责部门 and 指导部门 columns of a pipe table', () => {
    expect(names(task(document, '1').lead)).toEqual(['市大数据局']);
    expect(names(task(document, '1').guidance)).toEqual(['省大数据局']);
    expect(task(document, '2').text).toBe('推进*数字*政务');
  });
});
