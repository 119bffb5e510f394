import { describe, expect, it } from 'vitest';
import { seed } from '../../tests/seeds.ts';
import { sectionHeading, taskCitation, taskNumberLabel } from './citation.ts';

describe('taskNumberLabel', () => {
  it('reads the document\'s own number path', () => {
    expect(taskNumberLabel('27')).toBe('第27项');
    expect(taskNumberLabel('2bis')).toBe('第2bis项');
    expect(taskNumberLabel('二.(一)')).toBe('第二部分（一）');
    expect(taskNumberLabel('三.(一).7')).toBe('第三部分（一）第7项');
    expect(taskNumberLabel('一')).toBe('第一项');
  });

  it('names a 职责分工 paragraph by its place and a row by its table', () => {
    expect(taskNumberLabel('五.¶2')).toBe('第五部分第2段');
    expect(taskNumberLabel('表2.5')).toBe('表2第5项');
  });
});

describe('taskCitation', () => {
  it('names the document, its number and the task', () => {
    expect(taskCitation({ docTitle: '任务分工', docNumber: '新政办发〔2013〕118号', taskId: '27' })).toBe('《任务分工》（新政办发〔2013〕118号）第27项');
  });

  it('turns the quoted title\'s own 《》 into 〈〉 and leaves out a missing 文号', () => {
    expect(taskCitation({ docTitle: '贯彻落实《意见》的任务分工', docNumber: null, taskId: '1' })).toBe('《贯彻落实〈意见〉的任务分工》第1项');
  });
});

describe('sectionHeading', () => {
  it('names a section by number and heading, cut at its first sentence and at 40 characters', () => {
    const [first] = seed('002').structure;
    expect(first?.kind === 'section' && sectionHeading(first)).toMatch(/^一、/);
    expect(sectionHeading({ number: { marker: '（二）' }, text: '加强创新平台建设。推动企业、高校共建研发机构' })).toBe('（二）加强创新平台建设');
    expect(sectionHeading({ number: { marker: '一、' }, text: '甲'.repeat(60) })).toBe(`一、${'甲'.repeat(38)}…`);
  });
});
