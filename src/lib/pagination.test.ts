import { describe, expect, it } from 'vitest';
import { paginate } from './pagination.ts';

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
