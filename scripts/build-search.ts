/**
 * Build stage 3: the search index, after `astro build`. Reads the document
 * list of documents from dist/data/documents.json, their models from
 * dist/data/docs/ (a range of them at a time), and the agencies
 * queries can name from dist/search/agencies.json, and writes the block index
 * (`scripts/search/block-index.ts`) to dist/search/<index-hash>/ with its
 * manifest at dist/search/manifest.json, and the character fold the browser
 * applies to queries to dist/search/fold.txt.
 */
import { SITE_DIR } from './build-outputs.ts';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FinderAgency } from '../src/lib/agency-query.ts';
import { MANIFEST_PATH, SEARCH_ROOT } from '../src/lib/search-index-format.ts';
import { parseFoldMap } from '../src/lib/search-text.ts';
import { urls } from '../src/lib/urls.ts';
import { progress } from './lib/progress.ts';
import type { PolicyDocument } from './model.ts';
import { agencyLabeller } from './search/agency-labels.ts';
import { buildSearchIndex, type DocumentHead, type IndexedRange } from './search/block-index.ts';
import { buildFoldPairs } from './search/fold-map.ts';
import { type DocumentRecord, documentHead } from './graph/open-data.ts';
import { codeVersion, documentCache } from './lib/document-cache.ts';
import { blockStore } from './search/block-store.ts';

// The site being built: scripts/build.ts builds it beside the published one (BUILD_OUT_DIR).
const DIST = process.env.BUILD_OUT_DIR ?? SITE_DIR;
const DOCUMENTS_FILE = join(DIST, 'data/documents.json');
const AGENCIES_FILE = join(DIST, 'data/agencies.json');
const FINDER_AGENCIES_FILE = join(DIST, urls.agencyFinderData);
const SEARCH_DIR = join(DIST, SEARCH_ROOT);
const FOLD_FILE = join(SEARCH_DIR, 'fold.txt');
/** Where the index is written before its name (its content hash) is known. */
const WRITING_DIR = join(SEARCH_DIR, 'index-writing');
/** Each document's result blocks, by document id, beside the index directories. */
const BLOCKS_DIR = join(SEARCH_DIR, 'blocks');
// Kept between builds: each document's block files (linked into the site) and each range's index, so a rebuild redoes only what changed.
const BLOCKS_CACHE_DIR = '.cache/search-blocks';
const RANGES_CACHE_DIR = '.cache/search-ranges';

/** Documents per search range: `SEARCH_RANGE_SIZE`, else the index's default; null when it is not a whole number. */
function rangeSize(): number | undefined | null {
  const written = process.env.SEARCH_RANGE_SIZE;
  if (!written) return undefined;
  return /^[1-9]\d*$/.test(written) ? Number(written) : null;
}

function main(): number {
  const documentsPerRange = rangeSize();
  if (documentsPerRange === null) {
    process.stderr.write(`build-search: SEARCH_RANGE_SIZE is "${process.env.SEARCH_RANGE_SIZE}"; expected a whole number of documents, such as 500\n`);
    return 1;
  }
  // What orders and labels each document comes from open data's documents.json; a model is read when its range is indexed.
  const heads: DocumentHead[] = (JSON.parse(readFileSync(DOCUMENTS_FILE, 'utf8')) as DocumentRecord[]).map(documentHead);
  const indexing = progress('search', heads.length);
  let loaded = 0;
  const load = (head: DocumentHead): PolicyDocument => {
    indexing.tick(loaded++);
    return JSON.parse(readFileSync(join(DIST, urls.documentData(head.slug)), 'utf8'));
  };
  for (const entry of readdirSync(SEARCH_DIR)) {
    if (entry.startsWith('index-')) rmSync(join(SEARCH_DIR, entry), { recursive: true });
  }
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(WRITING_DIR, path)), { recursive: true });
    writeFileSync(join(WRITING_DIR, path), content);
  };
  const blocks = blockStore(BLOCKS_CACHE_DIR, BLOCKS_DIR);
  const ranges = documentCache<IndexedRange>(RANGES_CACHE_DIR, codeVersion(['scripts', 'src/lib', 'package-lock.json']));
  const allPairs = buildFoldPairs();
  const agencies: FinderAgency[] = JSON.parse(readFileSync(FINDER_AGENCIES_FILE, 'utf8'));
  const built = buildSearchIndex(heads, load, agencies, agencyLabeller(JSON.parse(readFileSync(AGENCIES_FILE, 'utf8'))), parseFoldMap(allPairs), { write, writeBlocks: blocks.place }, documentsPerRange, ranges);
  blocks.prune();
  ranges.prune();
  const indexDir = join(SEARCH_DIR, built.manifest.base);
  renameSync(WRITING_DIR, indexDir);
  writeFileSync(join(DIST, MANIFEST_PATH), JSON.stringify(built.manifest));
  // Only folds that can lead to indexed text are worth shipping to the browser.
  const pairs = [...allPairs].reduce<string[]>((kept, char, position, chars) => {
    if (position % 2 === 0 && built.indexedCharacters.has(chars[position + 1]!)) kept.push(char + chars[position + 1]);
    return kept;
  }, []);
  writeFileSync(FOLD_FILE, pairs.join(''));
  const rangeCount = built.manifest.rangeStarts.length - 1;
  indexing.end(`${heads.length} documents, ${built.blockCount} blocks (those of ${blocks.counts.written} documents written, ${blocks.counts.kept} kept from ${BLOCKS_CACHE_DIR}/), ${built.keyCount} keys in ${rangeCount} range${rangeCount > 1 ? 's' : ''} (${built.rangesReused} from ${RANGES_CACHE_DIR}/), ${pairs.length} folds → ${indexDir}/`);
  return 0;
}

process.exitCode = main();
