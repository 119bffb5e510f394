import { type ListPage, paginate } from './pagination.ts';
import { yearKey, yearKeys } from './year-pages.ts';

/** One page of one target year: the year's key (`none` for targets naming no year) and its slice of the year's targets. */
export interface TargetYearPage<T> {
  year: string;
  list: ListPage<T>;
}

/** Every page of the targets view: each year's targets, in corpus order, cut into pages. */
export function targetYearPages<T extends { year: number | null }>(targets: readonly T[]): TargetYearPage<T>[] {
  const byYear = new Map<string, T[]>();
  for (const target of targets) {
    const year = byYear.get(yearKey(target.year));
    if (year) year.push(target);
    else byYear.set(yearKey(target.year), [target]);
  }
  return yearKeys(targets.map((target) => target.year)).flatMap((year) => paginate(byYear.get(year)!).map((list) => ({ year, list })));
}
