/**
 * The search filters: the ASCII parameter that carries each in a shareable
 * `/search/?q=…&lead=…` address and names its index file, and the name
 * readers see.
 */
export const FILTER_NAMES = {
  lead: '牵头单位',
  participant: '参与单位',
  responsible: '责任单位',
  due: '完成时限',
  doc: '文件',
  issuer: '发文机关',
  year: '年份',
  agency: '机构',
} as const;

export type FilterParam = keyof typeof FILTER_NAMES;

const ALL_FILTERS = (Object.keys(FILTER_NAMES) as FilterParam[]).map((param) => ({ param, name: FILTER_NAMES[param] }));

/**
 * The filters offered as controls. `agency` (an agency in any role, by its
 * registry id) is reached from the agency shown above the results, not chosen
 * from a list.
 */
export const SEARCH_FILTERS = ALL_FILTERS.filter(({ param }) => param !== 'agency');

/** The deadline filter's label for a value: `2017年`, 持续推进/长期, 定期. */
export function deadlineFilterLabel(value: string): string {
  if (value === 'ongoing') return '持续推进/长期';
  if (value === 'recurring') return '定期';
  return `${value}年`;
}

/** The reader's filter choices, by parameter. */
export type FilterSelection = Partial<Record<FilterParam, string>>;

/** The reader's filter choices from an address's parameters. */
export function selectionFromParams(params: URLSearchParams): FilterSelection {
  return Object.fromEntries(ALL_FILTERS.flatMap(({ param }) => (params.get(param) ? [[param, params.get(param)!]] : [])));
}

/** The address parameters of a query and filter choices, in a fixed order so equal searches share one URL. */
export function searchParams(query: string, selection: FilterSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const { param } of ALL_FILTERS) if (selection[param]) params.set(param, selection[param]);
  return params;
}
