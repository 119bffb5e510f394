import { describe, expect, it } from 'vitest';
import { deadlineYearPages } from './deadline-view.ts';
import { ENTRIES_PER_PAGE } from './pagination.ts';

describe('deadlineYearPages', () => {
  it('gives each due year its pages, soonest first, each page knowing the whole year for its filter', () => {
    const tasks = [
      ...Array.from({ length: ENTRIES_PER_PAGE + 2 }, (_, index) => ({ due: `2025-${String(12 - (index % 12)).padStart(2, '0')}-01`, id: index })),
      { due: '2020-06-30', id: -1 },
    ];
    const pages = deadlineYearPages(tasks);
    expect(pages.map(({ year, list }) => `${year}/${list.page}:${list.entries.length}`)).toEqual(['2020/1:1', '2025/1:200', '2025/2:2']);
    expect(pages[2]!.yearTasks).toHaveLength(ENTRIES_PER_PAGE + 2);
    expect(pages[1]!.list.entries[0]!.due).toBe('2025-01-01');
    expect(pages[2]!.list.entries.at(-1)!.due).toBe('2025-12-01');
  });
});
