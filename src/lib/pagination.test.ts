import { describe, expect, it } from 'vitest';
import { pagerPages, paginate } from './pagination.ts';

describe('paginate', () => {
  it('cuts a list into numbered pages that say which entries they hold', () => {
    const pages = paginate(Array.from({ length: 450 }, (_, index) => index), 200);
    expect(pages.map(({ page, first, last, entries }) => [page, first, last, entries.length])).toEqual([[1, 1, 200, 200], [2, 201, 400, 200], [3, 401, 450, 50]]);
    expect(pages.every((page) => page.pageCount === 3 && page.total === 450)).toBe(true);
  });

  it('keeps an empty list as one empty page', () => {
    expect(paginate([])).toEqual([{ page: 1, pageCount: 1, entries: [], first: 0, last: 0, total: 0 }]);
  });
});

describe('pagerPages', () => {
  it('shows the first, the last and the pages near the current one, marking what it skips', () => {
    expect(pagerPages(1300, 650)).toEqual([1, null, 648, 649, 650, 651, 652, null, 1300]);
    expect(pagerPages(1300, 1)).toEqual([1, 2, 3, null, 1300]);
    expect(pagerPages(7, 4)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pagerPages(2, 2)).toEqual([1, 2]);
  });
});
