/**
 * The search index of a corpus as files (format: `src/lib/search-index-format.ts`):
 * documents newest first (as the home page lists them), their blocks numbered
 * in that order; the documents cut into ranges, each range's text keys, filter
 * values and agency mentions with the blocks holding them, spread over shard
 * files; a directory of the ranges each name occurs in; one file per block for
 * results; document labels in groups.
 *
 * A range is indexed, written and let go before the next is read, so the
 * memory the build holds does not grow with the corpus. Pure and
 * deterministic but for `write`: the same documents give the same files.
 */
import { createHash } from 'node:crypto';
import { newestFirst } from '../../src/lib/documents.ts';
import { alignedBlocks, spellingKeys, unionPostings } from '../../src/lib/search-engine.ts';
import type { FilterParam } from '../../src/lib/search-filters.ts';
import {
  addPosting, encodePostings, encodeRanges, indexFiles, type Postings, type SearchBlock, type SearchDocument, type SearchManifest, shardOf, valueName,
} from '../../src/lib/search-index-format.ts';
import { ANY_POSITION, blockKeys, type FoldMap, queryTerms, tokenize } from '../../src/lib/search-text.ts';
import type { PolicyDocument } from '../model.ts';
import { type AgencyLabel, documentLabels, documentRecords, filterOptions } from './records.ts';

/** About the size of one shard before compression: small enough that a query's few shards stay within a first-visit budget. */
const SHARD_BYTES = 16 * 1024;
/** Documents per range: a range's postings of a common key stay a few kilobytes. */
const RANGE_SIZE = 500;
const DOCUMENT_GROUP_SIZE = 25;

/** What the index needs of a document before reading it: its order and its label. */
export type DocumentHead = Pick<PolicyDocument, 'slug' | 'title' | 'shortTitle' | 'docNumber' | 'script' | 'signedDate' | 'publishedDate' | 'year'>;

/** An agency a query can name, with every name it goes by (`/search/agencies.json`). */
export interface IndexedAgency {
  id: string;
  names: string[];
}

export interface BuiltSearchIndex {
  manifest: SearchManifest;
  blockCount: number;
  keyCount: number;
  /** Every character of the normalized tokens, so only folds that can reach indexed text ship. */
  indexedCharacters: Set<string>;
}

const powerOfTwoAtLeast = (value: number) => 2 ** Math.ceil(Math.log2(Math.max(1, value)));

/** Named entries spread over as many shard files as keep each about `SHARD_BYTES`; returns the shard count. */
function writeShards(entries: (readonly [string, string])[], path: (shard: number) => string, write: (path: string, content: string) => void): number {
  const totalBytes = entries.reduce((sum, [name, value]) => sum + name.length * 3 + value.length + 6, 0);
  const count = powerOfTwoAtLeast(totalBytes / SHARD_BYTES);
  const shards = Array.from({ length: count }, () => [] as (readonly [string, string])[]);
  for (const entry of entries) shards[shardOf(entry[0], count)]!.push(entry);
  shards.forEach((shard, number) => write(path(number), JSON.stringify(Object.fromEntries(shard.sort(([a], [b]) => (a < b ? -1 : 1))))));
  return count;
}

/** The spellings an agency is found by: each of its names, folded and cut into tokens as a query would be. */
function agencySpellings(agencies: readonly IndexedAgency[], fold: FoldMap): [id: string, spellings: string[][]][] {
  return agencies.map((agency) => [agency.id, [...new Map(agency.names.flatMap((name) => queryTerms(name, fold)).map((term) => [term.join(' '), term])).values()]]);
}

/** The blocks of a range that mention an agency: any of its names in their text (as a query for each would find), or a task assigned to it. */
function mentionPostings(postings: ReadonlyMap<string, Postings>, spellings: readonly string[][], assigned: Postings | undefined): Postings {
  const none: Postings = { blocks: [], masks: [] };
  const found = spellings.map((spelling) => {
    const keys = spellingKeys(spelling);
    const lists = keys.map(({ key }) => postings.get(key));
    return lists.every(Boolean) ? alignedBlocks(keys, lists as Postings[]) : none;
  });
  const union = unionPostings(assigned ? [...found, assigned] : found);
  // Which blocks, not where in them: a mention covers its block.
  return { blocks: union.blocks, masks: union.blocks.map(() => ANY_POSITION) };
}

/**
 * Indexes `heads` (any order; indexed newest first), reading each document's
 * model with `load` when its range is indexed, and hands every file to `write`.
 * `rangeSize` documents make a range.
 */
export function buildSearchIndex(
  heads: readonly DocumentHead[],
  load: (head: DocumentHead) => PolicyDocument,
  agencies: readonly IndexedAgency[],
  agencyLabel: AgencyLabel,
  fold: FoldMap,
  write: (path: string, content: string) => void,
  rangeSize = RANGE_SIZE,
): BuiltSearchIndex {
  const ordered = newestFirst([...heads]);
  const labels = documentLabels(ordered);
  const rangeCount = Math.max(1, Math.ceil(ordered.length / rangeSize));
  const hash = createHash('sha256');
  const emit = (path: string, content: string) => {
    hash.update(`${path}\0${content}\0`);
    write(path, content);
  };
  const directory = new Map<string, number[]>();
  const filterValues = new Map<FilterParam, Set<string>>();
  const indexedCharacters = new Set<string>();
  const spellings = agencySpellings(agencies, fold);
  const rangeStarts: number[] = [];
  const keyShardCounts: number[] = [];
  const valueShardCounts: number[] = [];
  let block = 0;
  let keyCount = 0;

  for (let range = 0; range < rangeCount; range++) {
    rangeStarts.push(block);
    const postings = new Map<string, Postings>();
    const values = new Map<string, Postings>();
    const documentStarts: number[] = [];
    for (const head of ordered.slice(range * rangeSize, (range + 1) * rangeSize)) {
      documentStarts.push(block - rangeStarts[range]!);
      for (const record of documentRecords(load(head), agencyLabel)) {
        const tokens = tokenize(record.text, fold).map((token) => token.text);
        for (const token of tokens) for (const char of token) indexedCharacters.add(char);
        for (const [key, mask] of blockKeys(tokens)) addPosting(postings, key, block, mask);
        for (const [param, list] of Object.entries(record.filters) as [FilterParam, string[]][]) {
          const known = filterValues.get(param) ?? new Set<string>();
          filterValues.set(param, known);
          for (const value of new Set(list)) {
            known.add(value);
            addPosting(values, valueName(param, value), block);
          }
        }
        const shown: SearchBlock = { url: record.url, text: record.text, doc: record.doc, docTitle: record.docTitle, label: record.label, agencies: record.agencies, script: record.script };
        emit(indexFiles.block(block), JSON.stringify(shown));
        block += 1;
      }
    }
    for (const [id, agencySpelled] of spellings) {
      const mentions = mentionPostings(postings, agencySpelled, values.get(valueName('agency', id)));
      if (mentions.blocks.length > 0) values.set(valueName('mention', id), mentions);
    }
    // Whether a name is new to the directory: the key count counts each key once, whatever ranges hold it.
    const listRange = (name: string) => {
      const ranges = directory.get(name);
      if (ranges) ranges.push(range);
      else directory.set(name, [range]);
      return !ranges;
    };
    for (const key of postings.keys()) if (listRange(key)) keyCount += 1;
    for (const name of values.keys()) listRange(name);
    emit(indexFiles.rangeDocuments(range), JSON.stringify(documentStarts));
    keyShardCounts.push(writeShards([...postings].map(([key, list]) => [key, encodePostings(list)] as const), (shard) => indexFiles.keyShard(range, shard), emit));
    valueShardCounts.push(writeShards([...values].map(([name, list]) => [name, encodePostings(list)] as const), (shard) => indexFiles.valueShard(range, shard), emit));
  }
  rangeStarts.push(block);

  const directoryShardCount = writeShards([...directory].map(([name, ranges]) => [name, encodeRanges(ranges, rangeCount)] as const), indexFiles.directory, emit);
  for (let group = 0; group * DOCUMENT_GROUP_SIZE < ordered.length; group++) {
    const members = ordered.slice(group * DOCUMENT_GROUP_SIZE, (group + 1) * DOCUMENT_GROUP_SIZE);
    emit(indexFiles.documents(group), JSON.stringify(members.map((head): SearchDocument => ({ slug: head.slug, label: labels.get(head.slug)!, script: head.script }))));
  }
  emit(indexFiles.filterOptions, JSON.stringify(filterOptions(filterValues, (slug) => labels.get(slug)!)));

  const manifest: SearchManifest = {
    base: `index-${hash.digest('hex').slice(0, 12)}`,
    documentCount: ordered.length,
    rangeSize,
    rangeStarts,
    keyShardCounts,
    valueShardCounts,
    directoryShardCount,
    documentGroupSize: DOCUMENT_GROUP_SIZE,
  };
  return { manifest, blockCount: block, keyCount, indexedCharacters };
}
