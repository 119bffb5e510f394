/**
 * The search index of a corpus as files (format: `src/lib/search-index-format.ts`):
 * documents newest first (as the home page lists them), their blocks numbered in that order; every key of
 * every block with the blocks holding it, spread over shard files; one file
 * per block for results; document labels in groups; each filter's values spread
 * over shard files by hash, as keys are.
 * Pure and deterministic: the same documents give the same files.
 */
import { createHash } from 'node:crypto';
import { newestFirst } from '../../src/lib/documents.ts';
import { FILTER_NAMES, type FilterParam } from '../../src/lib/search-filters.ts';
import {
  addPosting, encodePostings, indexFiles, type Postings, type SearchBlock, type SearchDocument, type SearchFilterPostings, type SearchManifest, shardOf,
} from '../../src/lib/search-index-format.ts';
import { blockKeys, type FoldMap, tokenize } from '../../src/lib/search-text.ts';
import type { PolicyDocument } from '../model.ts';
import { type AgencyLabel, documentLabels, documentRecords, filterOptions } from './records.ts';

/** About the size of one shard before compression: small enough that a query's few shards stay within a first-visit budget. */
const SHARD_BYTES = 16 * 1024;
const DOCUMENT_GROUP_SIZE = 100;

export interface BuiltSearchIndex {
  manifest: SearchManifest;
  /** File contents by path relative to the index directory. */
  files: Map<string, string>;
  blockCount: number;
  keyCount: number;
  /** Every character of the normalized tokens, so only folds that can reach indexed text ship. */
  indexedCharacters: Set<string>;
}

const powerOfTwoAtLeast = (value: number) => 2 ** Math.ceil(Math.log2(Math.max(1, value)));

export function buildSearchIndex(corpus: readonly PolicyDocument[], agencyLabel: AgencyLabel, fold: FoldMap): BuiltSearchIndex {
  const documents = newestFirst([...corpus]);
  const labels = documentLabels(documents);
  const postings = new Map<string, Postings>();
  const filterPostings = new Map<FilterParam, Map<string, Postings>>();
  const indexedCharacters = new Set<string>();
  const files = new Map<string, string>();
  const documentStarts: number[] = [];
  let block = 0;
  for (const document of documents) {
    documentStarts.push(block);
    for (const record of documentRecords(document, agencyLabel)) {
      const tokens = tokenize(record.text, fold).map((token) => token.text);
      for (const token of tokens) for (const char of token) indexedCharacters.add(char);
      for (const [key, mask] of blockKeys(tokens)) addPosting(postings, key, block, mask);
      for (const [param, values] of Object.entries(record.filters) as [FilterParam, string[]][]) {
        const byValue = filterPostings.get(param) ?? new Map<string, Postings>();
        filterPostings.set(param, byValue);
        for (const value of new Set(values)) addPosting(byValue, value, block);
      }
      const shown: SearchBlock = { url: record.url, text: record.text, doc: record.doc, docTitle: record.docTitle, label: record.label, agencies: record.agencies, script: record.script };
      files.set(indexFiles.block(block), JSON.stringify(shown));
      block += 1;
    }
  }
  documentStarts.push(block);

  const encoded = [...postings].map(([key, list]) => [key, encodePostings(list)] as const);
  const totalBytes = encoded.reduce((sum, [key, list]) => sum + key.length * 3 + list.length + 6, 0);
  const shardCount = powerOfTwoAtLeast(totalBytes / SHARD_BYTES);
  const shards = Array.from({ length: shardCount }, () => [] as (readonly [string, string])[]);
  for (const entry of encoded) shards[shardOf(entry[0], shardCount)]!.push(entry);
  shards.forEach((entries, shard) => files.set(indexFiles.shard(shard), JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))))));

  for (let group = 0; group * DOCUMENT_GROUP_SIZE < documents.length; group++) {
    const members = documents.slice(group * DOCUMENT_GROUP_SIZE, (group + 1) * DOCUMENT_GROUP_SIZE);
    files.set(indexFiles.documents(group), JSON.stringify(members.map((document): SearchDocument => ({ slug: document.slug, label: labels.get(document.slug)!, script: document.script }))));
  }

  const options = filterOptions(new Map([...filterPostings].map(([param, byValue]) => [param, byValue.keys()])), (slug) => labels.get(slug)!);
  const filterShardCounts: Record<string, number> = {};
  for (const param of Object.keys(FILTER_NAMES) as FilterParam[]) {
    const byValue = filterPostings.get(param) ?? new Map<string, Postings>();
    const encodedValues = options[param].map(([value]) => [value, encodePostings(byValue.get(value)!)] as const);
    const count = powerOfTwoAtLeast(encodedValues.reduce((sum, [value, list]) => sum + value.length * 3 + list.length + 6, 0) / SHARD_BYTES);
    filterShardCounts[param] = count;
    const valueShards = Array.from({ length: count }, () => [] as (readonly [string, string])[]);
    for (const entry of encodedValues) valueShards[shardOf(entry[0], count)]!.push(entry);
    valueShards.forEach((entries, shard) => files.set(indexFiles.filter(param, shard), JSON.stringify(Object.fromEntries(entries) as SearchFilterPostings)));
  }
  files.set(indexFiles.filterOptions, JSON.stringify(options));

  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${path}\0${content}\0`);
  const manifest: SearchManifest = { base: `index-${hash.digest('hex').slice(0, 12)}`, shardCount, documentStarts, documentGroupSize: DOCUMENT_GROUP_SIZE, filterShardCounts };
  return { manifest, files, blockCount: block, keyCount: postings.size, indexedCharacters };
}
