/**
 * Everything a build writes, in one place: the content stage's page data and
 * open-data files (inputs of the Astro and search stages) and the site itself.
 * scripts/build.ts sets them aside before a build and puts them back if any
 * stage fails, so a failed build leaves the previous site as it was.
 */
export const BUILD_OUTPUTS = {
  docs: 'content/docs',
  agencies: 'content/agencies',
  html: 'content/html',
  sources: 'content/sources',
  tasks: 'content/tasks',
  // The targets and deadline views, a file per page (scripts/graph/year-lists.ts), and every document's list entry (src/lib/page-files.ts).
  lists: 'content/lists',
  // The search page lists every filter's values as it loads, before the index is fetched.
  searchFilters: 'content/search-filters.json',
  openData: 'public/data',
  agencyFiles: 'public/agencies',
  searchAssets: 'public/search',
} as const;

/** The finished site. */
export const SITE_DIR = 'dist';
/** Where a build in progress keeps the previous outputs and writes the new site, until it swaps them. */
export const STAGING_DIR = '.build';
