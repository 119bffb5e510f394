/**
 * Build stage 1: seeds/ → content/. Parses every document, decides its
 * jurisdiction and resolves its agencies (content/agencies.yaml, the national
 * agencies, departments by function), checks that no text was lost, and
 * writes one Markdown page per document and per agency. Fails with
 * `file:line: message` on an unparseable file or lost text; a name nothing
 * recognizes becomes an unverified agency and is summarized, unless STRICT=1
 * (`npm run build -- --strict`) makes it an error.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, type Registry } from './agencies/registry.ts';
import { resolveAgencies, type ResolvedDocument, type UnverifiedMention } from './agencies/resolve.ts';
import { unverifiedSummary } from './agencies/unverified.ts';
import { agencyHistory, jurisdictionRef } from './graph/agency-facts.ts';
import { agencyLabeller } from './search/agency-labels.ts';
import { corpusFilterOptions } from './search/records.ts';
import { agencyIndex, type AgencyTaskItem, agencyTaskItems, agencyTaskLinks, publishedAgencies } from './graph/cross-links.ts';
import { agencyTaskLines, corpusOpenData, documentHead, documentOpenData, documentRecord, pageLinks, taskPageRecords } from './graph/open-data.ts';
import type { DocumentHead } from './search/block-index.ts';
import { DOCUMENT_LIST_FILE, documentListEntrySchema } from '../src/lib/page-files.ts';
import { yearLists } from './graph/year-lists.ts';
import { agencyPageCount, agencyPageData, agencyToMdast } from './markdown/agency-to-mdast.ts';
import { mdastToHtml } from './markdown/to-html.ts';
import { agencyCalendar } from '../src/lib/agency-calendar.ts';
import { agencyTasksCsv } from '../src/lib/agency-tasks-csv.ts';
import { documentToMdast, frontMatter, type PageLinks } from './markdown/document-to-mdast.ts';
import { stringifyMarkdown } from './markdown/stringify.ts';
import type { PolicyDocument } from './model.ts';
import { ParseError } from './parse/errors.ts';
import { progress } from './lib/progress.ts';
import { extensionOf, formatOf } from './formats/index.ts';
import { EXPECTED_INPUTS, InputDirectoryError, loadPolicyDocument, locateLine, orphanSidecars, policyFiles, type PolicySource } from './read-document.ts';
import { sidecarPath } from './sidecar.ts';
import { codeVersion, documentCache } from './lib/document-cache.ts';
import { NotAFileError, readRegularFile } from './lib/read-regular-file.ts';
import { findLostText, type LostText } from './verify/nothing-lost.ts';
import { BUILD_OUTPUTS } from './build-outputs.ts';
import { detached } from './lib/detached.ts';
import { diskSpool } from './lib/spool.ts';
import { jsonArrayFile, piecewiseFiles } from './lib/piecewise-files.ts';
import { urls } from '../src/lib/urls.ts';

// Benchmarks and scale tests point the build at a generated corpus.
const SEEDS_DIR = process.env.SEEDS_DIR ?? 'seeds';
const REGISTRY_FILE = 'content/agencies.yaml';
// Parsed documents kept between builds (scripts/lib/document-cache.ts).
const CACHE_DIR = '.cache';
// Page data the site reads: small JSON per document and agency for Astro's content layer, and each
// page's body as finished HTML that the page reads when it renders (the layer never holds every body).
const { docs: DOCS_DIR, agencies: AGENCIES_DIR, html: HTML_DIR, sources: SOURCES_DIR, tasks: TASKS_DIR, agencyFiles: AGENCY_FILES_DIR, lists: LISTS_DIR, searchFilters: SEARCH_FILTERS_FILE } = BUILD_OUTPUTS;
const OPEN_DATA_DIR = 'public';
// A Word document or PDF as it came, offered on its source page beside the text read from it.
const ORIGINALS_DIR = join(OPEN_DATA_DIR, 'data', 'originals');
const STRICT = process.env.STRICT === '1';

/** What the cache keeps of one document: its model with agencies resolved, the text it was read from, and what of that text the model lost. */
interface CachedDocument {
  resolved: ResolvedDocument;
  source: PolicySource;
  lost: LostText | null;
}

/** A document's finished page files, which depend on it, its jurisdiction's name and the pages it cites. */
interface CachedPage {
  data: string;
  html: string;
  markdown: string;
  tasks: string;
}

const version = codeVersion(['scripts', 'src/lib', 'src/i18n', 'package-lock.json', REGISTRY_FILE]);
const cache = documentCache<CachedDocument>(join(CACHE_DIR, 'documents'), version);
const pageCache = documentCache<CachedPage>(join(CACHE_DIR, 'pages'), version);
/** An agency's page bodies, one HTML string a page, which depend on its entry, its tasks and the documents it issued. */
const agencyPageCache = documentCache<string[]>(join(CACHE_DIR, 'agency-pages'), version);

async function parseAndResolve(file: string, bytes: Uint8Array, registry: Registry, key: string): Promise<CachedDocument> {
  const { document, source } = await loadPolicyDocument(file, bytes);
  const entry = { resolved: resolveAgencies(document, registry), source, lost: findLostText(source.text, document) ?? null };
  cache.set(key, entry);
  return entry;
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

function renderPage(key: string, document: PolicyDocument, links: PageLinks, jurisdiction: string): CachedPage {
  const tree = documentToMdast(document, links, jurisdiction);
  const page = {
    data: json(frontMatter(document, jurisdiction)),
    html: mdastToHtml(tree),
    markdown: stringifyMarkdown(tree),
    tasks: json(taskPageRecords([document])),
  };
  pageCache.set(key, page);
  return page;
}

/**
 * What the build keeps of a document between its phases: where its cached model is, and what links and
 * lists need of it. Its open-data record and list entry are made again from the model in phase 2 and
 * written as they are made: held for every document, they grew the stage's heap with the corpus.
 */
interface DocumentInBuild {
  key: string;
  file: string;
  head: DocumentHead;
}

async function main(): Promise<number> {
  const registry = loadRegistry(readFileSync(REGISTRY_FILE, 'utf8'), REGISTRY_FILE);
  const files = policyFiles(SEEDS_DIR);
  if (files.length === 0) throw new InputDirectoryError(SEEDS_DIR, `holds no policy text; expected ${EXPECTED_INPUTS}, each with an optional .meta.yaml sidecar`);
  for (const orphan of orphanSidecars(SEEDS_DIR, files)) process.stderr.write(`${orphan}:1: warning: a sidecar with no policy file of its name beside it (expected one of ${EXPECTED_INPUTS}); it is ignored\n`);
  const errors: string[] = [];
  const fileOfSlug = new Map<string, string>();
  const inBuild: DocumentInBuild[] = [];
  const index = agencyIndex(registry);
  const unverified: (UnverifiedMention & { file: string })[] = [];
  // Phase 1: parse (or read from the cache) and check every document, keeping only its record and the counts of its agencies.
  const parsing = progress('parse', files.length);
  for (const [position, file] of files.entries()) {
    parsing.tick(position);
    try {
      const sidecar = sidecarPath(file);
      const bytes = readRegularFile(file);
      const key = cache.keyOf(file, bytes, existsSync(sidecar) ? readRegularFile(sidecar) : '');
      const { resolved, source, lost } = cache.get(key) ?? (await parseAndResolve(file, bytes, registry, key));
      const parsed = resolved.document;
      const taken = fileOfSlug.get(parsed.slug);
      if (taken) {
        errors.push(`${file}:1: its page address /docs/${parsed.slug}/ is already taken by ${taken}; rename one of the two files, or give one a sidecar (.meta.yaml) with its own \`slug:\``);
        continue;
      }
      fileOfSlug.set(parsed.slug, file);
      if (lost) errors.push(`${locateLine(file, lost.line, source)}: ${lost.message}: …${lost.context}…`);
      // What phase 1 keeps of every document is detached from its text, so no document's text outlives its turn.
      unverified.push(...detached(resolved.unverified).map((mention) => ({ ...mention, file })));
      if (STRICT) errors.push(...resolved.unverified.map((mention) => `${locateLine(file, mention.line, source)}: unverified agency "${mention.name}"; add it to content/agencies.yaml (npm run agencies -- unverified prints the entry)`));
      for (const warning of [...resolved.document.warnings, ...resolved.warnings]) process.stderr.write(`${warning.file ? `${warning.file}:${warning.line}` : locateLine(file, warning.line, source)}: warning: ${warning.message}\n`);
      index.add(parsed, detached(resolved.built));
      inBuild.push({ key, file, head: detached(documentHead(documentRecord(parsed, registry.places))) });
    } catch (error) {
      errors.push(error instanceof ParseError || error instanceof NotAFileError ? error.message : `${file}:1: ${(error as Error).message}`);
    }
  }
  parsing.end(`${cache.counts.reused} read from ${CACHE_DIR}/, ${cache.counts.made} parsed`);
  cache.prune();
  if (errors.length > 0) {
    for (const error of errors) process.stderr.write(`${error}\n`);
    process.stderr.write(`build-content: ${errors.length} error(s); nothing written\n`);
    return 1;
  }
  if (unverified.length > 0) process.stderr.write(unverifiedSummary(unverified));
  inBuild.sort((a, b) => a.head.slug.localeCompare(b.head.slug));
  const heads = inBuild.map(({ head }) => head);
  const agencies = publishedAgencies(index.entries());
  const history = agencyHistory(agencies);
  for (const directory of [DOCS_DIR, AGENCIES_DIR, LISTS_DIR, HTML_DIR, join(HTML_DIR, 'docs'), join(HTML_DIR, 'agencies'), SOURCES_DIR, TASKS_DIR, AGENCY_FILES_DIR, join(OPEN_DATA_DIR, 'data'), join(OPEN_DATA_DIR, 'data', 'docs'), ORIGINALS_DIR, join(OPEN_DATA_DIR, 'search')]) {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
  }
  const site = process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;
  const linksOf = pageLinks(heads);
  const labelOf = agencyLabeller(agencies.map(({ entry }) => ({ id: entry.id, name: entry.name, jurisdiction: jurisdictionRef(registry.places, entry.jurisdiction) })));
  const filters = corpusFilterOptions(labelOf);
  const aggregates = piecewiseFiles('.');
  const documentRecords = jsonArrayFile(aggregates, join(OPEN_DATA_DIR, 'data', 'documents.json'));
  const listEntries = jsonArrayFile(aggregates, DOCUMENT_LIST_FILE);
  const lists = yearLists(diskSpool);
  // Each agency's tasks wait on disk until its pages are written: a large corpus's lists need not fit in memory.
  const agencyTasks = diskSpool<AgencyTaskItem>();
  // Phase 2: one document at a time, read again from the cache, its pages and its share of every aggregate.
  const writing = progress('markdown', inBuild.length);
  let taskTotal = 0;
  for (const [position, { key, file }] of inBuild.entries()) {
    writing.tick(position);
    const { resolved: { document }, source } = cache.reread(key);
    const jurisdiction = registry.places.byId.get(document.jurisdiction ?? '')?.name ?? '';
    const links = linksOf(document);
    const pageKey = pageCache.keyOf(key, jurisdiction, JSON.stringify(document.references.map(links.reference)));
    const page = pageCache.get(pageKey) ?? renderPage(pageKey, document, links, jurisdiction);
    writeFileSync(join(DOCS_DIR, `${document.slug}.json`), page.data);
    listEntries.add(documentListEntrySchema.parse(JSON.parse(page.data)));
    documentRecords.add(documentRecord(document, registry.places));
    writeFileSync(join(HTML_DIR, 'docs', `${document.slug}.html`), page.html);
    // The Markdown edition of the page, from the same tree: open data.
    writeFileSync(join(OPEN_DATA_DIR, 'data', 'docs', `${document.slug}.md`), page.markdown);
    writeFileSync(join(OPEN_DATA_DIR, urls.documentData(document.slug)), json(document));
    writeFileSync(join(TASKS_DIR, `${document.slug}.json`), page.tasks);
    // What the parser read (the decoded text, or a page's or Word document's blocks laid out), with the line numbers it reports, for the source page.
    writeFileSync(join(SOURCES_DIR, `${document.slug}.txt`), source.text);
    // What a PDF's reader left out (page numbers, running heads), listed on the source page below the text.
    if (source.leftOut) writeFileSync(join(SOURCES_DIR, `${document.slug}.left-out.json`), json(source.leftOut));
    if (formatOf(file)?.download) copyFileSync(file, join(ORIGINALS_DIR, `${document.slug}.${extensionOf(file)}`));
    for (const [path, content] of documentOpenData(document, position === 0, site)) aggregates.append(join(OPEN_DATA_DIR, path), content);
    lists.add(document);
    filters.add(document);
    const agencyLinks = agencyTaskLinks(document);
    agencyTaskItems(document, agencyLinks).forEach((item, at) => agencyTasks.append(agencyLinks[at]!.agency, item));
    taskTotal += document.tasks.length;
  }
  lists.write(LISTS_DIR);
  listEntries.close();
  documentRecords.close();
  writeFileSync(SEARCH_FILTERS_FILE, json(filters.options(heads)));
  // Phase 3: one agency at a time, its pages and files from its spooled tasks.
  const issuedOf = new Map(heads.map((head) => [head.slug, head]));
  for (const agency of agencies) {
    const items = agencyTasks.read(agency.entry.id);
    const issued = agency.issued.map((slug) => issuedOf.get(slug)!);
    const pageData = json(agencyPageData(agency, registry.places, history));
    writeFileSync(join(AGENCIES_DIR, `${agency.entry.id}.json`), pageData);
    const pagesKey = agencyPageCache.keyOf(pageData, JSON.stringify(agency), JSON.stringify(items), JSON.stringify(issued));
    let pages = agencyPageCache.get(pagesKey);
    if (!pages) {
      pages = Array.from({ length: agencyPageCount(agency) }, (_, at) => mdastToHtml(agencyToMdast(agency, items, issued, registry.places, history, at + 1)));
      agencyPageCache.set(pagesKey, pages);
    }
    pages.forEach((html, at) => writeFileSync(join(HTML_DIR, 'agencies', `${agency.entry.id}${at > 0 ? `-p${at + 1}` : ''}.html`), html));
    if (items.length === 0) continue;
    aggregates.append(join(OPEN_DATA_DIR, 'data', 'agency-tasks.ndjson'), agencyTaskLines(agency.entry.id, items));
    const name = 'fullName' in agency.entry ? agency.entry.fullName : agency.entry.name;
    mkdirSync(join(AGENCY_FILES_DIR, agency.entry.id));
    writeFileSync(join(AGENCY_FILES_DIR, agency.entry.id, 'tasks.csv'), agencyTasksCsv(items, site));
    writeFileSync(join(AGENCY_FILES_DIR, agency.entry.id, 'calendar.ics'), agencyCalendar(name, items, site));
  }
  agencyTasks.close();
  for (const [path, content] of corpusOpenData(agencies, registry.places)) aggregates.append(join(OPEN_DATA_DIR, path), content);
  aggregates.close();
  pageCache.prune();
  agencyPageCache.prune();
  writing.end(`${inBuild.length} documents, ${taskTotal} tasks → ${DOCS_DIR}/ (${pageCache.counts.reused} pages read from ${CACHE_DIR}/, ${pageCache.counts.made} rendered; agencies: ${agencyPageCache.counts.reused} read, ${agencyPageCache.counts.made} rendered)`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof InputDirectoryError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
