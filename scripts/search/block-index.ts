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
  addPosting, decodePostings, encodePostings, encodeRanges, indexFiles, type Postings, type RangeDocuments, type SearchBlock, type SearchDocument, type SearchManifest, shardOf, valueName,
} from '../../src/lib/search-index-format.ts';
import { ANY_POSITION, blockKeys, type FoldMap, queryTerms, tokenize } from '../../src/lib/search-text.ts';
import type { PolicyDocument } from '../model.ts';
import { type AgencyLabel, documentLabels, documentRecords, filterOptions, type SearchRecord } from './records.ts';

/** About the size of one shard before compression: small enough that a query's few shards stay within a first-visit budget. */
const SHARD_BYTES = 16 * 1024;
/** Documents per range, on average: a range's postings of a common key stay a few kilobytes. */
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
  /** Ranges taken from the cache, their documents unchanged. */
  rangesReused: number;
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
function mentionPostings(postings: (key: string) => Postings | undefined, spellings: readonly string[][], assigned: Postings | undefined): Postings {
  const none: Postings = { blocks: [], masks: [] };
  const found = spellings.map((spelling) => {
    const keys = spellingKeys(spelling);
    const lists = keys.map(({ key }) => postings(key));
    return lists.every(Boolean) ? alignedBlocks(keys, lists as Postings[]) : none;
  });
  const union = unionPostings(assigned ? [...found, assigned] : found);
  // Which blocks, not where in them: a mention covers its block.
  return { blocks: union.blocks, masks: union.blocks.map(() => ANY_POSITION) };
}

/** What a range's documents give the index, numbered from the range's first block: what a later build may take from the cache when the range's documents are unchanged. */
export interface IndexedRange {
  blockCount: number;
  documentStarts: number[];
  /** Text keys and filter values with their encoded postings (agency mentions are made each build: they depend on every agency's names). */
  keys: [string, string][];
  values: [string, string][];
  /** The characters of the range's tokens. */
  characters: string;
}

/** Where a build keeps indexed ranges between builds, by a key of everything they depend on. */
export interface RangeCache {
  keyOf(...parts: string[]): string;
  get(key: string): IndexedRange | undefined;
  set(key: string, range: IndexedRange): void;
}

/** Where the index goes: its own files (under its directory), and each document's result blocks under the document's id, which a store may keep from an earlier build. */
export interface IndexOutput {
  write(path: string, content: string): void;
  writeBlocks(documentId: string, blocks: string[]): void;
}

/** Whether a range may end after this document: from its slug alone (1 in `modulus`), so where ranges end does not depend on the documents around it. */
const endsRange = (slug: string, modulus: number) => createHash('sha256').update(slug).digest().readUInt32BE(0) % modulus === 0;

/**
 * Where each range starts (positions in `slugs`, newest first), then the
 * document count. Ranges are cut by content, walking from the oldest document:
 * a range ends after a document whose slug says so, once it holds half of
 * `rangeSize`, and at twice `rangeSize` at most, so a range holds `rangeSize`
 * documents on average. A document added anywhere changes the range it falls
 * in (rarely the next one too), and every other range keeps its documents for
 * the cache. The newest documents, fewer than half a range, join the range
 * before them.
 */
export function rangeDocumentStarts(slugs: readonly string[], rangeSize: number): number[] {
  const least = Math.ceil(rangeSize / 2);
  const modulus = rangeSize - least + 1;
  // Counted from the oldest: how many documents lie before each cut.
  const cuts: number[] = [];
  let size = 0;
  for (let fromOldest = 1; fromOldest <= slugs.length; fromOldest++) {
    size += 1;
    if (size >= 2 * rangeSize || (size >= least && endsRange(slugs[slugs.length - fromOldest]!, modulus))) {
      cuts.push(fromOldest);
      size = 0;
    }
  }
  if (cuts.length > 0 && slugs.length - cuts.at(-1)! < least) cuts.pop();
  return [0, ...cuts.reverse().map((cut) => slugs.length - cut), slugs.length];
}

/** A document's id among the result blocks: a hash of what its blocks show, so unchanged documents keep their block files. */
const documentId = (shown: string[]) => createHash('sha256').update(shown.join('\n')).digest('hex').slice(0, 16);

/** An encoded postings list moved `offset` blocks on: only its first gap changes. */
function offsetPostings(encoded: string, offset: number): string {
  const end = encoded.search(/[^0-9a-z]/);
  const first = end < 0 ? encoded : encoded.slice(0, end);
  return (parseInt(first, 36) + offset).toString(36) + (end < 0 ? '' : encoded.slice(end));
}

/** What a result shows of a block. */
const shownBlock = (record: SearchRecord): string => JSON.stringify({ url: record.url, text: record.text, doc: record.doc, docTitle: record.docTitle, label: record.label, agencies: record.agencies, script: record.script } satisfies SearchBlock);

/** Indexes one range's documents (their search records), its blocks numbered from 0. */
function indexRange(documents: readonly SearchRecord[][], fold: FoldMap): IndexedRange {
  const postings = new Map<string, Postings>();
  const values = new Map<string, Postings>();
  const characters = new Set<string>();
  const documentStarts: number[] = [];
  let block = 0;
  for (const records of documents) {
    documentStarts.push(block);
    for (const record of records) {
      const tokens = tokenize(record.text, fold).map((token) => token.text);
      for (const token of tokens) for (const char of token) characters.add(char);
      for (const [key, mask] of blockKeys(tokens)) addPosting(postings, key, block, mask);
      for (const [param, list] of Object.entries(record.filters) as [FilterParam, string[]][]) {
        for (const value of new Set(list)) addPosting(values, valueName(param, value), block);
      }
      block += 1;
    }
  }
  const encoded = (map: Map<string, Postings>): [string, string][] => [...map].map(([name, list]) => [name, encodePostings(list)]);
  return { blockCount: block, documentStarts, keys: encoded(postings), values: encoded(values), characters: [...characters].join('') };
}

/**
 * Indexes `heads` (any order; indexed newest first), reading each document's
 * model with `load` when its range is indexed, and hands every file to
 * `output`. Ranges hold `rangeSize` documents on average; a range whose documents are
 * unchanged is taken from `cache` instead of indexed again.
 */
export function buildSearchIndex(
  heads: readonly DocumentHead[],
  load: (head: DocumentHead) => PolicyDocument,
  agencies: readonly IndexedAgency[],
  agencyLabel: AgencyLabel,
  fold: FoldMap,
  output: IndexOutput,
  rangeSize = RANGE_SIZE,
  cache?: RangeCache,
): BuiltSearchIndex {
  const ordered = newestFirst([...heads]);
  const labels = documentLabels(ordered);
  const documentStarts = rangeDocumentStarts(ordered.map((head) => head.slug), rangeSize);
  const rangeCount = documentStarts.length - 1;
  const hash = createHash('sha256');
  const emit = (path: string, content: string) => {
    hash.update(`${path}\0${content}\0`);
    output.write(path, content);
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
  let rangesReused = 0;

  for (let range = 0; range < rangeCount; range++) {
    rangeStarts.push(block);
    const documents = ordered.slice(documentStarts[range], documentStarts[range + 1]).map((head) => documentRecords(load(head), agencyLabel));
    // A range's index depends, besides the code, on its documents' records alone: their blocks and filter values.
    const key = cache?.keyOf(...documents.map((records) => JSON.stringify(records)));
    const kept = key ? cache!.get(key) : undefined;
    const indexed = kept ?? indexRange(documents, fold);
    if (kept) rangesReused += 1;
    else if (key) cache!.set(key, indexed);
    const blockIds = documents.map((records) => {
      const shown = records.map(shownBlock);
      const id = documentId(shown);
      output.writeBlocks(id, shown);
      return id;
    });
    for (const char of indexed.characters) indexedCharacters.add(char);
    const keys = new Map(indexed.keys);
    const values = new Map(indexed.values);
    for (const name of values.keys()) {
      const [param, ...value] = name.split(':');
      const known = filterValues.get(param as FilterParam) ?? new Set<string>();
      filterValues.set(param as FilterParam, known);
      known.add(value.join(':'));
    }
    const decoded = new Map<string, Postings>();
    const postingsOf = (name: string) => {
      if (!decoded.has(name) && keys.has(name)) decoded.set(name, decodePostings(keys.get(name)!));
      return decoded.get(name);
    };
    for (const [id, agencySpelled] of spellings) {
      const assigned = values.get(valueName('agency', id));
      const mentions = mentionPostings(postingsOf, agencySpelled, assigned === undefined ? undefined : decodePostings(assigned));
      if (mentions.blocks.length > 0) values.set(valueName('mention', id), encodePostings(mentions));
    }
    // Whether a name is new to the directory: the key count counts each key once, whatever ranges hold it.
    const listRange = (name: string) => {
      const ranges = directory.get(name);
      if (ranges) ranges.push(range);
      else directory.set(name, [range]);
      return !ranges;
    };
    for (const name of keys.keys()) if (listRange(name)) keyCount += 1;
    for (const name of values.keys()) listRange(name);
    emit(indexFiles.rangeDocuments(range), JSON.stringify({ starts: indexed.documentStarts, blocks: blockIds } satisfies RangeDocuments));
    const global = (map: Map<string, string>) => [...map].map(([name, list]) => [name, offsetPostings(list, block)] as const);
    keyShardCounts.push(writeShards(global(keys), (shard) => indexFiles.keyShard(range, shard), emit));
    valueShardCounts.push(writeShards(global(values), (shard) => indexFiles.valueShard(range, shard), emit));
    block += indexed.blockCount;
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
    rangeDocumentStarts: documentStarts,
    rangeStarts,
    keyShardCounts,
    valueShardCounts,
    directoryShardCount,
    documentGroupSize: DOCUMENT_GROUP_SIZE,
  };
  return { manifest, blockCount: block, keyCount, indexedCharacters, rangesReused };
}
