/**
 * Runs a query against the block index. The index answers one phrase at a
 * time (Pagefind's phrase search over our tokens); a query of several terms
 * finds the documents that contain every term — possibly in different
 * blocks, as a reader searching a document expects — and lists the blocks
 * that contain all terms first, then those that contain some.
 */

export type FilterSelection = Record<string, string>;
type IndexFilters = Record<string, string | { any: string[] }>;

export interface IndexHit {
  id: string;
  score: number;
}

export interface IndexAnswer<Hit extends IndexHit> {
  results: Hit[];
  /** Counts per filter value among the results. */
  filters: Record<string, Record<string, number>>;
}

/** One phrase search: the phrase's tokens joined by spaces, with filters. */
export type PhraseSearch<Hit extends IndexHit> = (phrase: string, filters: IndexFilters) => Promise<IndexAnswer<Hit>>;

export interface SearchOutcome<Hit extends IndexHit> {
  /** 文件 filter values of the documents that contain every term. */
  documents: string[];
  /** Blocks with every term first, then blocks with some, each by score. */
  hits: Hit[];
  /** Counts per filter value, for the filter controls. */
  facets: Record<string, Record<string, number>>;
}

const withCounts = (counts: Record<string, number> | undefined) => Object.keys(counts ?? {}).filter((value) => counts![value]! > 0);

export async function runSearch<Hit extends IndexHit>(
  search: PhraseSearch<Hit>,
  terms: string[][],
  selection: FilterSelection,
  documentFilter: string,
): Promise<SearchOutcome<Hit>> {
  if (terms.length === 0) return { documents: [], hits: [], facets: {} };
  const phrases = terms.map((term) => `"${term.join(' ')}"`);
  const first = await Promise.all(phrases.map((phrase) => search(phrase, selection)));
  if (first.length === 1) return { documents: withCounts(first[0]!.filters[documentFilter]).sort(), hits: first[0]!.results, facets: first[0]!.filters };
  const documents = first
    .map((answer) => new Set(withCounts(answer.filters[documentFilter])))
    .reduce((common, next) => new Set([...common].filter((value) => next.has(value))));
  if (documents.size === 0) return { documents: [], hits: [], facets: {} };
  const within = await Promise.all(phrases.map((phrase) => search(phrase, { ...selection, [documentFilter]: { any: [...documents] } })));
  const termsById = new Map<string, { hit: Hit; terms: number; score: number }>();
  for (const answer of within) {
    for (const hit of answer.results) {
      const entry = termsById.get(hit.id) ?? { hit, terms: 0, score: 0 };
      entry.terms += 1;
      entry.score += hit.score;
      termsById.set(hit.id, entry);
    }
  }
  const hits = [...termsById.values()].sort((a, b) => b.terms - a.terms || b.score - a.score).map((entry) => entry.hit);
  const facets = Object.fromEntries(Object.entries(within[0]!.filters).map(([name, counts]) => [name, name === documentFilter ? Object.fromEntries([...documents].map((value) => [value, counts[value] ?? 0])) : counts]));
  return { documents: [...documents].sort(), hits, facets };
}
