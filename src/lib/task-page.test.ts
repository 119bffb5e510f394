import { describe, expect, it } from 'vitest';
import { taskPageText } from './task-page.ts';

describe('taskPageText', () => {
  it('names the document, its number and the task, then the opening words', () => {
    const text = taskPageText({ docTitle: '任务分工', docNumber: '新政办发〔2013〕118号', taskId: '27', text: '加快推进企业成为技术创新主体,大力增强企业创新能力。支持企业建设高水平研发中心。' });
    expect(text.citationLabel).toBe('《任务分工》（新政办发〔2013〕118号）第27项');
    expect(text.title).toBe('《任务分工》（新政办发〔2013〕118号）第27项：加快推进企业成为技术创新主体,大力增强企业创新能力。');
  });

  it('turns the quoted title\'s own 《》 into 〈〉', () => {
    expect(taskPageText({ docTitle: '贯彻落实《意见》的任务分工', docNumber: null, taskId: '1', text: '甲。' }).citationLabel).toBe('《贯彻落实〈意见〉的任务分工》第1项');
  });
});
