/**
 * Build stage 1: seeds/ → content/. Parses every document, decides its
 * jurisdiction and resolves its agencies (content/agencies.yaml, the national
 * agencies, departments by function), checks that no text was lost, and
 * writes one Markdown page per document and per agency. Fails with
 * `file:line: message` on an unparseable file or lost text; a name nothing
 * recognizes becomes an unverified agency and is summarized, unless STRICT=1
 * (`npm run build -- --strict`) makes it an error.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from './agencies/registry.ts';
import { resolveAgencies, type ResolvedDocument, type UnverifiedMention } from './agencies/resolve.ts';
import { unverifiedSummary } from './agencies/unverified.ts';
import { agencyHistory, jurisdictionRef } from './graph/agency-facts.ts';
import { agencyLabeller } from './search/agency-labels.ts';
import { corpusFilterOptions } from './search/records.ts';
import { agencyPages } from './graph/cross-links.ts';
import { deadlineRecords, openDataFiles, pageLinks, targetRecords, taskPageRecords } from './graph/open-data.ts';
import { agencyPageCount, agencyPageData, agencyTaskItems, agencyToMdast, corpusOf } from './markdown/agency-to-mdast.ts';
import { mdastToHtml } from './markdown/to-html.ts';
import { agencyCalendar } from '../src/lib/agency-calendar.ts';
import { agencyTasksCsv } from '../src/lib/agency-tasks-csv.ts';
import { documentToMdast, frontMatter } from './markdown/document-to-mdast.ts';
import { stringifyMarkdown } from './markdown/stringify.ts';
import type { PolicyDocument } from './model.ts';
import { decodePolicyText } from './parse/decode.ts';
import { ParseError } from './parse/errors.ts';
import { progress } from './lib/progress.ts';
import { NotAFileError } from './lib/read-regular-file.ts';
import { policyFiles, readPolicyDocument } from './read-document.ts';
import { findLostText } from './verify/nothing-lost.ts';

// Benchmarks and scale tests point the build at a generated corpus.
const SEEDS_DIR = process.env.SEEDS_DIR ?? 'seeds';
const REGISTRY_FILE = 'content/agencies.yaml';
// Page data the site reads: small JSON per document and agency for Astro's content layer, and each
// page's body as finished HTML that the page reads when it renders (the layer never holds every body).
const DOCS_DIR = 'content/docs';
const AGENCIES_DIR = 'content/agencies';
const HTML_DIR = 'content/html';
const SOURCES_DIR = 'content/sources';
const TASKS_DIR = 'content/tasks';
const OPEN_DATA_DIR = 'public';
const AGENCY_FILES_DIR = 'public/agencies';
const TARGETS_FILE = 'content/targets.json';
const DEADLINES_FILE = 'content/deadlines.json';
// The search page lists every filter's values as it loads, before the index is fetched.
const SEARCH_FILTERS_FILE = 'content/search-filters.json';
const STRICT = process.env.STRICT === '1';

function main(): number {
  const registry = loadRegistry(readFileSync(REGISTRY_FILE, 'utf8'), REGISTRY_FILE);
  const files = policyFiles(SEEDS_DIR);
  const errors: string[] = [];
  const documents: PolicyDocument[] = [];
  const sources = new Map<string, string>();
  const resolvedDocuments: ResolvedDocument[] = [];
  const unverified: (UnverifiedMention & { file: string })[] = [];
  const parsing = progress('parse', files.length);
  for (const [position, file] of files.entries()) {
    parsing.tick(position);
    try {
      const parsed = readPolicyDocument(file);
      const source = decodePolicyText(readFileSync(file), file).text;
      sources.set(parsed.slug, source);
      const lost = findLostText(source, parsed);
      if (lost) errors.push(`${file}:${lost.line}: ${lost.message}: …${lost.context}…`);
      const resolved = resolveAgencies(parsed, registry);
      resolvedDocuments.push(resolved);
      unverified.push(...resolved.unverified.map((mention) => ({ ...mention, file })));
      if (STRICT) errors.push(...resolved.unverified.map((mention) => `${file}:${mention.line}: unverified agency "${mention.name}"; add it to content/agencies.yaml (npm run agencies -- unverified prints the entry)`));
      for (const warning of [...resolved.document.warnings, ...resolved.warnings]) process.stderr.write(`${file}:${warning.line}: warning: ${warning.message}\n`);
      documents.push(resolved.document);
    } catch (error) {
      errors.push(error instanceof ParseError || error instanceof NotAFileError ? error.message : `${file}:1: ${(error as Error).message}`);
    }
  }
  parsing.end();
  if (errors.length > 0) {
    for (const error of errors) process.stderr.write(`${error}\n`);
    process.stderr.write(`build-content: ${errors.length} error(s); nothing written\n`);
    return 1;
  }
  if (unverified.length > 0) process.stderr.write(unverifiedSummary(unverified));
  documents.sort((a, b) => a.slug.localeCompare(b.slug));
  const agencies = agencyPages(documents, resolvedDocuments, registry);
  const history = agencyHistory(agencies);
  for (const directory of [DOCS_DIR, AGENCIES_DIR, HTML_DIR, join(HTML_DIR, 'docs'), join(HTML_DIR, 'agencies'), SOURCES_DIR, TASKS_DIR, AGENCY_FILES_DIR, join(OPEN_DATA_DIR, 'data'), join(OPEN_DATA_DIR, 'data', 'docs'), join(OPEN_DATA_DIR, 'search')]) {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
  }
  const site = process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  const linksOf = pageLinks(documents);
  const writing = progress('markdown', documents.length);
  for (const [position, document] of documents.entries()) {
    writing.tick(position);
    const jurisdiction = registry.places.byId.get(document.jurisdiction ?? '')?.name ?? '';
    const tree = documentToMdast(document, linksOf(document), jurisdiction);
    writeFileSync(join(DOCS_DIR, `${document.slug}.json`), json(frontMatter(document, jurisdiction)));
    writeFileSync(join(HTML_DIR, 'docs', `${document.slug}.html`), mdastToHtml(tree));
    // The Markdown edition of the page, from the same tree: open data.
    writeFileSync(join(OPEN_DATA_DIR, 'data', 'docs', `${document.slug}.md`), stringifyMarkdown(tree));
    writeFileSync(join(TASKS_DIR, `${document.slug}.json`), json(taskPageRecords([document])));
    // Decoded to UTF-8 with the line numbers the parser reports, for the source page.
    writeFileSync(join(SOURCES_DIR, `${document.slug}.txt`), sources.get(document.slug)!);
  }
  writeFileSync(TARGETS_FILE, `${JSON.stringify(targetRecords(documents), null, 2)}\n`);
  writeFileSync(DEADLINES_FILE, json(deadlineRecords(documents)));
  const corpus = corpusOf(documents);
  for (const agency of agencies) {
    const issued = agency.issued.map((slug) => corpus.bySlug.get(slug)!);
    writeFileSync(join(AGENCIES_DIR, `${agency.entry.id}.json`), json(agencyPageData(agency, issued, registry.places, history)));
    const items = agencyTaskItems(agency, corpus);
    for (let page = 1; page <= agencyPageCount(agency); page++) {
      writeFileSync(join(HTML_DIR, 'agencies', `${agency.entry.id}${page > 1 ? `-p${page}` : ''}.html`), mdastToHtml(agencyToMdast(agency, corpus, registry.places, history, page, items)));
    }
    if (items.length === 0) continue;
    const name = 'fullName' in agency.entry ? agency.entry.fullName : agency.entry.name;
    mkdirSync(join(AGENCY_FILES_DIR, agency.entry.id));
    writeFileSync(join(AGENCY_FILES_DIR, agency.entry.id, 'tasks.csv'), agencyTasksCsv(items, site));
    writeFileSync(join(AGENCY_FILES_DIR, agency.entry.id, 'calendar.ics'), agencyCalendar(name, items, site));
  }
  const labelOf = agencyLabeller(agencies.map(({ entry }) => ({ id: entry.id, name: entry.name, jurisdiction: jurisdictionRef(registry.places, entry.jurisdiction) })));
  writeFileSync(SEARCH_FILTERS_FILE, `${JSON.stringify(corpusFilterOptions(documents, labelOf))}\n`);
  for (const [path, content] of openDataFiles(documents, agencies, registry.places, site)) {
    mkdirSync(join(OPEN_DATA_DIR, path, '..'), { recursive: true });
    writeFileSync(join(OPEN_DATA_DIR, path), content);
  }
  writing.end(`${documents.length} documents, ${documents.reduce((sum, d) => sum + d.tasks.length, 0)} tasks → ${DOCS_DIR}/`);
  return 0;
}

process.exitCode = main();
