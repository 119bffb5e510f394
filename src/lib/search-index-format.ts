/**
 * The search index as files of the static site, shared by the build that
 * writes them and the browser that reads them. Blocks (a document's head,
 * each section, each task or table row) are numbered in index order (newest
 * document first), a document's blocks consecutive.
 *
 * The documents are cut into ranges of `rangeSize` on average, each an index
 * of its own, where the documents' slugs say (so adding a document leaves
 * every other range as it was); in a range, a posting name (a text key, a filter value, an agency's
 * mentions) maps to the sorted numbers of the blocks that hold it, spread over
 * shard files by a hash. A directory says in which ranges each name occurs. A
 * query reads the directory, then the ranges that can hold a hit, newest
 * first, only as far as the results shown need: what it fetches, and what the
 * build holds at once, stay the same size however large the corpus grows.
 */
import type { FilterParam } from './search-filters.ts';
import { ANY_POSITION } from './search-text.ts';

/** What a posting name of a range's values stands for: a filter value, or the blocks that mention an agency (any of its names, or a task assigned to it). */
export type ValueParam = FilterParam | 'mention';

export interface SearchManifest {
  /** This build's index directory under /search/: a content hash, so a cached shard never meets a newer manifest. */
  base: string;
  documentCount: number;
  /** Documents per range on average (from a half to twice as many: scripts/search/block-index.ts cuts them by content). */
  rangeSize: number;
  /** Position (in index order) of each range's first document, then the document count. */
  rangeDocumentStarts: number[];
  /** Block number where each range starts, then the block count. */
  rangeStarts: number[];
  /** Per range, the shard files of its text keys and of its values. */
  keyShardCounts: number[];
  valueShardCounts: number[];
  /** Shard files of the directory. */
  directoryShardCount: number;
  /** Documents per file of document labels. */
  documentGroupSize: number;
}

/** The name a value has among a range's postings and in the directory. */
export const valueName = (param: ValueParam, value: string) => `${param}:${value}`;

/** What a result shows of a block. */
export interface SearchBlock {
  /** Page and anchor the result opens. */
  url: string;
  /** Every word of the block as written. */
  text: string;
  doc: string;
  docTitle: string;
  /** `第27项`, `一、…` or `文件信息`. */
  label: string;
  /** Agencies by role, `牵头：A、B；参加：C`, empty when none. */
  agencies: string;
  script: string;
}

/** A document in the results' document list: its slug (the 文件 filter value) and a unique readable label. */
export interface SearchDocument {
  slug: string;
  label: string;
  script: string;
}

/** A range's documents: where each starts (blocks from the range's first) and the id its result blocks are filed under. */
export interface RangeDocuments {
  starts: number[];
  blocks: string[];
}

/** Every filter's values in display order with their labels: what the filter controls offer. */
export type SearchFilterOptions = Record<FilterParam, [value: string, label: string][]>;

export const SEARCH_ROOT = '/search/';
export const MANIFEST_PATH = `${SEARCH_ROOT}manifest.json`;

/**
 * Paths of index files, relative to the index directory; but a document's
 * result blocks sit beside it (`../blocks/<document id>/`), named by what
 * they show, so they outlive builds in which the document does not change.
 */
export const indexFiles = {
  keyShard: (range: number, shard: number) => `ranges/${range}/keys/${shard}.json`,
  valueShard: (range: number, shard: number) => `ranges/${range}/values/${shard}.json`,
  /** A range's documents (`RangeDocuments`). */
  rangeDocuments: (range: number) => `ranges/${range}/documents.json`,
  directory: (shard: number) => `directory/${shard}.json`,
  /** The `number`th block of a document (from 0). */
  block: (documentId: string, number: number) => `../blocks/${documentId}/${number}.json`,
  documents: (group: number) => `documents/${group}.json`,
  filterOptions: 'filters/options.json',
};

/** Ranges as the directory writes them: gaps in base 36, comma-separated; `*` for every range. */
export function encodeRanges(ranges: readonly number[], rangeCount: number): string {
  if (ranges.length === rangeCount) return '*';
  let previous = 0;
  return ranges.map((range) => {
    const gap = (range - previous).toString(36);
    previous = range;
    return gap;
  }).join(',');
}

export function decodeRanges(encoded: string | undefined, rangeCount: number): number[] {
  if (encoded === undefined || encoded === '') return [];
  if (encoded === '*') return Array.from({ length: rangeCount }, (_, range) => range);
  let range = 0;
  return encoded.split(',').map((gap) => (range += parseInt(gap, 36)));
}

/** FNV-1a over UTF-16 code units: the same shard for a key in Node and in every browser. */
export function shardOf(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** A key's blocks, sorted, and the mask of positions where it starts in each (`ANY_POSITION` where none are kept). */
export interface Postings {
  blocks: number[];
  masks: number[];
}

/** Adds a block to a key's postings. */
export function addPosting<Key>(postings: Map<Key, Postings>, key: Key, block: number, mask = ANY_POSITION): void {
  const list = postings.get(key);
  if (list) {
    list.blocks.push(block);
    list.masks.push(mask);
  } else postings.set(key, { blocks: [block], masks: [mask] });
}

// Digits of a position modulo 32, outside base 36 so they follow a gap without a separator.
const POSITION_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_=+*@$';

/**
 * Sorted block numbers as gaps in base 36, comma-separated (dense lists
 * become runs of `1,` that gzip folds away), each followed by the positions
 * in its mask, one letter each; no letters for `ANY_POSITION`.
 */
export function encodePostings({ blocks, masks }: Postings): string {
  let previous = 0;
  return blocks.map((block, index) => {
    const gap = (block - previous).toString(36);
    previous = block;
    const mask = masks[index]!;
    if (mask === ANY_POSITION) return gap;
    let positions = '';
    for (let position = 0; position < POSITION_DIGITS.length; position++) if (mask & (1 << position)) positions += POSITION_DIGITS[position];
    return gap + positions;
  }).join(',');
}

/** Each position digit's position, by character code; -1 for a base-36 digit. */
const POSITION_OF_CODE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let position = 0; position < POSITION_DIGITS.length; position++) table[POSITION_DIGITS.charCodeAt(position)] = position;
  return table;
})();
const COMMA = 44;

/** Reads `encodePostings`' text back, one pass over its character codes (lists run to tens of thousands of blocks). */
export function decodePostings(encoded: string): Postings {
  const postings: Postings = { blocks: [], masks: [] };
  if (!encoded) return postings;
  let block = 0;
  let gap = 0;
  let mask = 0;
  let positioned = false;
  for (let index = 0; index <= encoded.length; index++) {
    const code = index < encoded.length ? encoded.charCodeAt(index) : COMMA;
    if (code === COMMA) {
      block += gap;
      postings.blocks.push(block);
      postings.masks.push(positioned ? mask >>> 0 : ANY_POSITION);
      gap = 0;
      mask = 0;
      positioned = false;
    } else if (POSITION_OF_CODE[code]! >= 0) {
      mask |= 1 << POSITION_OF_CODE[code]!;
      positioned = true;
    } else gap = gap * 36 + (code <= 57 ? code - 48 : code - 87);
  }
  return postings;
}
