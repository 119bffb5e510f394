/**
 * Aggregate views (targets, deadlines) get one page per year: a year of a
 * large corpus holds thousands of entries. `none` collects what names no year.
 */
export const yearKey = (year: number | string | null | undefined) => (year ? String(year) : 'none');

/** The year keys present, in calendar order, `none` last. */
export function yearKeys(years: readonly (number | string | null | undefined)[]): string[] {
  return [...new Set(years.map(yearKey))].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)));
}
