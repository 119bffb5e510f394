/** Page and data URLs of the site: the one place that knows the URL scheme, for the build and the pages alike. */
export const urls = {
  home: '/',
  /** Page N of the document list; the first is the home page. */
  homePage: (page: number) => (page === 1 ? '/' : `/page/${page}/`),
  agencies: '/agencies/',
  targets: '/targets/',
  deadlines: '/deadlines/',
  /** The page of one year of an aggregate view (`/targets/2020/`, `/deadlines/2017/`); page N of a year too long for one page. */
  yearPage: (view: string, year: string, page = 1) => (page === 1 ? `${view}${year}/` : `${view}${year}/page/${page}/`),
  search: '/search/',
  document: (slug: string) => `/docs/${slug}/`,
  task: (slug: string, anchor: string) => `/docs/${slug}/#${anchor}`,
  taskPage: (slug: string, anchor: string) => `/docs/${slug}/${anchor}/`,
  source: (slug: string) => `/docs/${slug}/source/`,
  sourceLine: (slug: string, line: number) => `/docs/${slug}/source/#L${line}`,
  agency: (id: string) => `/agencies/${id}/`,
  /** Page N of an agency's tasks; the first is the agency's own page. */
  agencyPage: (id: string, page: number) => (page === 1 ? `/agencies/${id}/` : `/agencies/${id}/page/${page}/`),
  /** The agency directory showing one jurisdiction and the ones below it. */
  agencyDirectory: (jurisdictionId: string) => `/agencies/?j=${jurisdictionId}`,
  /** Open data: a document's model as JSON. */
  documentData: (slug: string) => `/data/docs/${slug}.json`,
  /** A Word document or PDF as it came, copied by the content stage. */
  original: (slug: string, extension: string) => `/data/originals/${slug}.${extension}`,
  /** The open-data page, listing every download. */
  openData: '/data/',
  /** The Atom feed of the documents. */
  feed: '/feed.xml',
  /** The agency quick-finder's names and keys. */
  agencyFinderData: '/search/agencies.json',
};
