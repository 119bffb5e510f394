/**
 * Build stage 3: the search index, after `astro build`. Reads the document
 * models from dist/data/docs/ and writes the block index
 * (`scripts/search/block-index.ts`) to dist/search/<index-hash>/ with its
 * manifest at dist/search/manifest.json, and the character fold the browser
 * applies to queries to dist/search/fold.txt.
 */
import { SITE_DIR } from './build-outputs.ts';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANIFEST_PATH, SEARCH_ROOT } from '../src/lib/search-index-format.ts';
import { parseFoldMap } from '../src/lib/search-text.ts';
import { progress } from './lib/progress.ts';
import type { PolicyDocument } from './model.ts';
import { agencyLabeller } from './search/agency-labels.ts';
import { buildSearchIndex } from './search/block-index.ts';
import { buildFoldPairs } from './search/fold-map.ts';

// The site being built: scripts/build.ts builds it beside the published one (BUILD_OUT_DIR).
const DIST = process.env.BUILD_OUT_DIR ?? SITE_DIR;
const MODELS_DIR = join(DIST, 'data/docs');
const AGENCIES_FILE = join(DIST, 'data/agencies.json');
const SEARCH_DIR = join(DIST, SEARCH_ROOT);
const FOLD_FILE = join(SEARCH_DIR, 'fold.txt');

function main(): number {
  const modelFiles = readdirSync(MODELS_DIR).filter((name) => name.endsWith('.json')).sort();
  const indexing = progress('search', modelFiles.length);
  const documents: PolicyDocument[] = modelFiles.map((name, position) => {
    indexing.tick(position);
    return JSON.parse(readFileSync(join(MODELS_DIR, name), 'utf8'));
  });
  const allPairs = buildFoldPairs();
  const built = buildSearchIndex(documents, agencyLabeller(JSON.parse(readFileSync(AGENCIES_FILE, 'utf8'))), parseFoldMap(allPairs));
  for (const entry of readdirSync(SEARCH_DIR)) {
    if (entry.startsWith('index-')) rmSync(join(SEARCH_DIR, entry), { recursive: true });
  }
  const indexDir = join(SEARCH_DIR, built.manifest.base);
  for (const [path, content] of built.files) {
    mkdirSync(dirname(join(indexDir, path)), { recursive: true });
    writeFileSync(join(indexDir, path), content);
  }
  writeFileSync(join(DIST, MANIFEST_PATH), JSON.stringify(built.manifest));
  // Only folds that can lead to indexed text are worth shipping to the browser.
  const pairs = [...allPairs].reduce<string[]>((kept, char, position, chars) => {
    if (position % 2 === 0 && built.indexedCharacters.has(chars[position + 1]!)) kept.push(char + chars[position + 1]);
    return kept;
  }, []);
  writeFileSync(FOLD_FILE, pairs.join(''));
  indexing.end(`${documents.length} documents, ${built.blockCount} blocks, ${built.keyCount} keys in ${built.manifest.shardCount} shards, ${pairs.length} folds → ${indexDir}/`);
  return 0;
}

process.exitCode = main();
