import { describe, expect, it } from 'vitest';
import { ENTRIES_PER_PAGE } from './pagination.ts';
import { targetYearPages } from './target-pages.ts';

describe('targetYearPages', () => {
  it('gives each target year its pages, calendar order, targets naming no year last', () => {
    const targets = [
      ...Array.from({ length: ENTRIES_PER_PAGE + 1 }, (_, index) => ({ year: 2025, id: `a${index}` })),
      { year: null, id: 'n' },
      { year: 2020, id: 'b' },
    ];
    const pages = targetYearPages(targets);
    expect(pages.map(({ year, list }) => `${year}/${list.page}:${list.entries.length}`)).toEqual(['2020/1:1', '2025/1:200', '2025/2:1', 'none/1:1']);
    expect(pages[2]!.list.entries[0]!.id).toBe(`a${ENTRIES_PER_PAGE}`);
  });
});
