/**
 * A document or clause cited as GB/T 7714-2015 cites an electronic resource:
 *
 *   主要责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期]. 获取和访问路径.
 *
 * The issuers are the 主要责任者 (joint issuers separated by ", "), the 文号
 * and, for a clause, its number are the other title information, and the
 * access date is the day the reader copies the citation. Shared by the page
 * script that copies it and the tests.
 */
export interface CitedWork {
  /** Issuing bodies in printed order; none when the document does not say. */
  issuers: string[];
  title: string;
  docNumber?: string;
  /** Publication (or, failing that, signing) date, `YYYY-MM-DD`. */
  date?: string;
}

/** A day as GB/T 7714 writes it: `2026-11-30`, in the reader's own calendar day. */
export function isoDay(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function gbt7714Citation(work: CitedWork, options: { url: string; accessed: Date; clause?: string }): string {
  const responsible = work.issuers.length > 0 ? `${work.issuers.join(', ')}. ` : '';
  const otherTitle = [work.docNumber, options.clause].filter(Boolean).join(' ');
  const title = otherTitle ? `${work.title}: ${otherTitle}` : work.title;
  const date = work.date ? `(${work.date})` : '';
  return `${responsible}${title}[EB/OL]. ${date}[${isoDay(options.accessed)}]. ${options.url}.`;
}
