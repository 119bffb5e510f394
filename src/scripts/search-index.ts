/**
 * The browser's handle on the search index: the manifest, then only the
 * files a query needs — one shard per key, one file per result shown, a
 * filter's file when it is used — each fetched once per page.
 */
import type { IndexReader } from '../lib/search-engine.ts';
import type { FilterParam } from '../lib/search-filters.ts';
import {
  decodePostings, indexFiles, MANIFEST_PATH, SEARCH_ROOT, type SearchBlock, type SearchDocument, type SearchFilterOptions, type SearchFilterPostings, type SearchManifest, shardOf,
} from '../lib/search-index-format.ts';
import type { FinderAgency } from '../lib/agency-query.ts';
import { type FoldMap, parseFoldMap } from '../lib/search-text.ts';
import { urls } from '../lib/urls.ts';

export interface SearchIndex extends IndexReader {
  block: (block: number) => Promise<SearchBlock>;
  /** The document at a position of index order. */
  document: (document: number) => Promise<SearchDocument>;
  filterOptions: () => Promise<SearchFilterOptions>;
}

const cached = <Key, Value>(load: (key: Key) => Promise<Value>) => {
  const loaded = new Map<Key, Promise<Value>>();
  return (key: Key): Promise<Value> => {
    if (!loaded.has(key)) loaded.set(key, load(key));
    return loaded.get(key)!;
  };
};

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

const fetchJson = async <Value>(url: string): Promise<Value> => (await (await fetchOk(url)).json()) as Value;

let index: Promise<SearchIndex> | undefined;
let fold: Promise<FoldMap> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  index ??= fetchJson<SearchManifest>(MANIFEST_PATH).then((manifest) => {
    const file = (path: string) => `${SEARCH_ROOT}${manifest.base}/${path}`;
    const shard = cached((number: number) => fetchJson<Record<string, string>>(file(indexFiles.shard(number))));
    const filterShard = cached((path: string) => fetchJson<SearchFilterPostings>(file(path)));
    const filterFile = (param: FilterParam, value: string) => filterShard(indexFiles.filter(param, shardOf(value, manifest.filterShardCounts[param] ?? 1)));
    const documentGroup = cached((group: number) => fetchJson<SearchDocument[]>(file(indexFiles.documents(group))));
    let options: Promise<SearchFilterOptions> | undefined;
    return {
      documentStarts: manifest.documentStarts,
      postings: async (key) => decodePostings((await shard(shardOf(key, manifest.shardCount)))[key] ?? ''),
      filterPostings: async (param, value) => decodePostings((await filterFile(param, value))[value] ?? ''),
      block: cached((number: number) => fetchJson<SearchBlock>(file(indexFiles.block(number)))),
      document: async (document) => (await documentGroup(Math.floor(document / manifest.documentGroupSize)))[document % manifest.documentGroupSize]!,
      filterOptions: () => (options ??= fetchJson<SearchFilterOptions>(file(indexFiles.filterOptions))),
    };
  });
  return index;
}

export function loadFold(): Promise<FoldMap> {
  fold ??= fetchOk(`${SEARCH_ROOT}fold.txt`).then((response) => response.text()).then(parseFoldMap);
  return fold;
}

let agencies: Promise<FinderAgency[]> | undefined;

/** Every agency a task names, with the names it goes by: for the header finder and for queries that name one. */
export function loadAgencies(): Promise<FinderAgency[]> {
  agencies ??= fetchJson<FinderAgency[]>(urls.agencyFinderData);
  return agencies;
}
