/** Facts of a document the lists show and filter on. */
export interface DocumentSummary {
  slug: string;
  title: string;
  docNumber?: string;
  issuer?: string;
  signedDate?: string;
  publishedDate?: string;
  year?: number;
}

/** The date a reader would sort by: signed, else published, else the year alone. */
export function documentDate(document: DocumentSummary): string {
  return document.signedDate ?? document.publishedDate ?? (document.year ? String(document.year) : '');
}

/** Newest first; undated documents last; ties by slug so the order never changes between builds. */
export function newestFirst<T extends DocumentSummary>(documents: T[]): T[] {
  return [...documents].sort((a, b) => documentDate(b).localeCompare(documentDate(a)) || a.slug.localeCompare(b.slug));
}

/**
 * Issuers to filter by. A joint document (`甲办公厅、乙办公厅`) counts for
 * each of its issuers.
 */
export function issuersOf(document: DocumentSummary): string[] {
  return document.issuer ? document.issuer.split('、').map((issuer) => issuer.trim()).filter(Boolean) : [];
}

/** Distinct values with how many documents carry each, most frequent first, then by name. */
export function facetCounts(values: string[][]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values.flatMap((list) => [...new Set(list)])) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The `lang` of a document's text: traditional documents are marked so screen readers and fonts treat them as such. */
export function languageTag(script: string): 'zh-Hant' | 'zh-CN' {
  return script === 'zh-Hant' ? 'zh-Hant' : 'zh-CN';
}
