import { type DocumentSummary, facetCounts, issuersOf, newestFirst } from './documents.ts';
import { paginate } from './pagination.ts';

/** The document list's pages, newest first, each with the whole corpus's issuers and years for its filter. */
export function documentListPages<T extends DocumentSummary>(documents: readonly T[]) {
  const ordered = newestFirst([...documents]);
  const issuers = facetCounts(ordered.map(issuersOf));
  const years = [...new Set(ordered.flatMap((document) => (document.year ? [document.year] : [])))].sort((a, b) => b - a);
  return paginate(ordered).map((list) => ({ list, issuers, years }));
}
