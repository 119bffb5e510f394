import { describe, expect, it } from 'vitest';
import { taskPageText } from './task-page.ts';

describe('taskPageText', () => {
  it('gives the citation, then the opening words of the clause', () => {
    const text = taskPageText({ citation: '《任务分工》（新政办发〔2013〕118号）第27项', text: '加快推进企业成为技术创新主体,大力增强企业创新能力。支持企业建设高水平研发中心。' });
    expect(text.title).toBe('《任务分工》（新政办发〔2013〕118号）第27项：加快推进企业成为技术创新主体,大力增强企业创新能力。');
  });

  it('cuts a long opening and a long description', () => {
    const text = taskPageText({ citation: '《甲》第1项', text: '乙'.repeat(200) });
    expect(text.title).toBe(`《甲》第1项：${'乙'.repeat(30)}…`);
    expect(text.description).toHaveLength(161);
  });
});
