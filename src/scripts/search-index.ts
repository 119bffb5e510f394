/**
 * The browser's handle on the search index: the manifest, then only the
 * files a query needs (see `openSearchIndex`), fetched once per page.
 */
import { MANIFEST_PATH, SEARCH_ROOT, type SearchManifest } from '../lib/search-index-format.ts';
import { openSearchIndex, type SearchIndex } from '../lib/search-index-reader.ts';
import type { FinderAgency } from '../lib/agency-query.ts';
import { type FoldMap, parseFoldMap } from '../lib/search-text.ts';
import { urls } from '../lib/urls.ts';

export type { SearchIndex };

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

const fetchJson = async <Value>(url: string): Promise<Value> => (await (await fetchOk(url)).json()) as Value;

let index: Promise<SearchIndex> | undefined;
let fold: Promise<FoldMap> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  index ??= fetchJson<SearchManifest>(MANIFEST_PATH).then((manifest) => openSearchIndex(manifest, (path) => fetchJson(`${SEARCH_ROOT}${manifest.base}/${path}`)));
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
