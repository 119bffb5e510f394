/**
 * Aggregate views cut into numbered pages: a year of a large corpus holds
 * thousands of targets, and one page of them all would be megabytes.
 */

/** Entries on one page of an aggregate view; `LIST_PAGE_SIZE` sets another at build time (tests cut a small corpus into pages). */
export const ENTRIES_PER_PAGE = Number(process.env.LIST_PAGE_SIZE) || 200;

/** One page of a list: its number, its entries, and where they sit in the whole list (1-based, inclusive). */
export interface ListPage<T> {
  page: number;
  pageCount: number;
  entries: T[];
  first: number;
  last: number;
  total: number;
}

/** A list cut into pages of `perPage` entries; an empty list is one empty page. */
export function paginate<T>(list: readonly T[], perPage = ENTRIES_PER_PAGE): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(list.length / perPage));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    entries: list.slice(index * perPage, (index + 1) * perPage),
    first: Math.min(list.length, index * perPage + 1),
    last: Math.min(list.length, (index + 1) * perPage),
    total: list.length,
  }));
}

/** Pages a pager links on either side of the current one. */
const PAGER_REACH = 2;

/**
 * The pages a pager shows: the first, the last, and those near the current
 * one, with `null` where it skips some. A pager listing every page grows with
 * the list, and every page carries one: an agency of 1,300 pages wrote 1.7
 * million links.
 */
export function pagerPages(pageCount: number, current: number): (number | null)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * PAGER_REACH + 1 }, (_, index) => current - PAGER_REACH + index), pageCount])]
    .filter((page) => page >= 1 && page <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? [null, page] : [page]));
}
