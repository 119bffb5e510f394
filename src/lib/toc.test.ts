import { describe, expect, it } from 'vitest';
import { nestToc } from './toc.ts';

describe('nestToc', () => {
  it('keeps two levels and hangs the second under the first', () => {
    const tree = nestToc([
      { anchor: 's1', label: '一、目标', depth: 1 },
      { anchor: 's1-p1', label: '（一）甲', depth: 2 },
      { anchor: 's1-p1-t1', label: '1.乙', depth: 3 },
      { anchor: 's2', label: '二、任务', depth: 1 },
    ]);
    expect(tree.map((entry) => [entry.anchor, entry.children.map((child) => child.anchor)])).toEqual([['s1', ['s1-p1']], ['s2', []]]);
  });

  it('is empty for a document without sections', () => {
    expect(nestToc([])).toEqual([]);
  });
});
