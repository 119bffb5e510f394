/**
 * Build stage 3: the search index, after `astro build`. Reads the document
 * models from dist/data/docs/, writes a Pagefind index of every block of
 * every document (tokens as `src/lib/search-text.ts` defines them) to
 * dist/pagefind/, and the character fold the browser applies to queries to
 * dist/search/fold.txt.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexText, parseFoldMap } from '../src/lib/search-text.ts';
import { loadRegistry } from './agencies/registry.ts';
import { progress } from './lib/progress.ts';
import type { PolicyDocument } from './model.ts';
import { agencyLabeller } from './search/agency-labels.ts';
import { buildFoldPairs } from './search/fold-map.ts';
import { documentFilterValues, documentRecords } from './search/records.ts';

const DIST = 'dist';
const MODELS_DIR = join(DIST, 'data/docs');
const REGISTRY_FILE = 'content/agencies.yaml';
const FOLD_FILE = join(DIST, 'search/fold.txt');

async function main(): Promise<number> {
  const registry = loadRegistry(readFileSync(REGISTRY_FILE, 'utf8'), REGISTRY_FILE);
  const documents: PolicyDocument[] = readdirSync(MODELS_DIR).filter((name) => name.endsWith('.json')).sort()
    .map((name) => JSON.parse(readFileSync(join(MODELS_DIR, name), 'utf8')));
  const allPairs = buildFoldPairs();
  const fold = parseFoldMap(allPairs);
  const documentFilter = documentFilterValues(documents);
  const agencyLabel = agencyLabeller(registry);
  const { index, errors } = await pagefind.createIndex({ includeCharacters: '%.' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const corpusCharacters = new Set<string>();
  let recordCount = 0;
  const indexing = progress('search', documents.length);
  for (const [position, document] of documents.entries()) {
    indexing.tick(position);
    for (const record of documentRecords(document, documentFilter.get(document.slug)!, agencyLabel)) {
      const content = indexText(record.text, fold);
      for (const char of content) corpusCharacters.add(char);
      const added = await index.addCustomRecord({ url: record.url, content, language: 'zh', meta: { ...record.meta, text: record.text }, filters: record.filters });
      if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
      recordCount += 1;
    }
  }
  rmSync(join(DIST, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Only folds that can lead to indexed text are worth shipping to the browser.
  const pairs = [...allPairs].reduce<string[]>((kept, char, position, chars) => {
    if (position % 2 === 0 && corpusCharacters.has(chars[position + 1]!)) kept.push(char + chars[position + 1]);
    return kept;
  }, []);
  mkdirSync(join(DIST, 'search'), { recursive: true });
  writeFileSync(FOLD_FILE, pairs.join(''));
  indexing.end(`${documents.length} documents, ${recordCount} records, ${pairs.length} folds → ${DIST}/pagefind/`);
  return 0;
}

process.exitCode = await main();
