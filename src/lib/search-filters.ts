/**
 * The search filters: the name the index and readers use, and the ASCII
 * parameter that carries it in a shareable `/search/?q=…&lead=…` address.
 */
export const FILTER_NAMES = {
  lead: '牵头单位',
  participant: '参与单位',
  responsible: '责任单位',
  doc: '文件',
  issuer: '发文机关',
  year: '年份',
} as const;

export type SearchFilterName = (typeof FILTER_NAMES)[keyof typeof FILTER_NAMES];

export const SEARCH_FILTERS = Object.entries(FILTER_NAMES).map(([param, name]) => ({ param, name }));

export const DOCUMENT_FILTER: SearchFilterName = FILTER_NAMES.doc;

/** The reader's filter choices from an address's parameters, by filter name. */
export function selectionFromParams(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(SEARCH_FILTERS.flatMap(({ param, name }) => (params.get(param) ? [[name, params.get(param)!]] : [])));
}

/** The address parameters of a query and filter choices, in a fixed order so equal searches share one URL. */
export function searchParams(query: string, selection: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const { param, name } of SEARCH_FILTERS) if (selection[name]) params.set(param, selection[name]);
  return params;
}
