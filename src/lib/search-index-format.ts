/**
 * The search index as files of the static site, shared by the build that
 * writes them and the browser that reads them. Blocks (a document's head,
 * each section, each task or table row) are numbered in index order, a
 * document's blocks consecutive. A key (`blockKeys`) maps to the sorted
 * numbers of the blocks that hold it; keys are spread over shard files by a
 * hash, so a query fetches one small file per key, whatever the corpus size.
 */
import type { FilterParam } from './search-filters.ts';
import { ANY_POSITION } from './search-text.ts';

export interface SearchManifest {
  /** This build's index directory under /search/: a content hash, so a cached shard never meets a newer manifest. */
  base: string;
  shardCount: number;
  /** Block number where each document starts, in index order, then the block count. */
  documentStarts: number[];
  /** Documents per file of document labels. */
  documentGroupSize: number;
  /** Shard files per filter: a filter's values are spread over them by hash, as keys are, so one value costs one small file. */
  filterShardCounts: Record<string, number>;
}

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

/** Every filter's values in display order with their labels: what the filter controls offer. */
export type SearchFilterOptions = Record<FilterParam, [value: string, label: string][]>;

/** One filter's file: each value's blocks. */
export type SearchFilterPostings = Record<string, string>;

export const SEARCH_ROOT = '/search/';
export const MANIFEST_PATH = `${SEARCH_ROOT}manifest.json`;

/** Paths of index files, relative to the index directory. */
export const indexFiles = {
  shard: (shard: number) => `keys/${shard}.json`,
  block: (block: number) => `blocks/${block}.json`,
  documents: (group: number) => `documents/${group}.json`,
  filter: (param: FilterParam, shard: number) => `filters/${param}/${shard}.json`,
  filterOptions: 'filters/options.json',
};

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

export function decodePostings(encoded: string): Postings {
  const postings: Postings = { blocks: [], masks: [] };
  if (!encoded) return postings;
  let block = 0;
  for (const entry of encoded.split(',')) {
    let digits = 0;
    while (digits < entry.length && !POSITION_DIGITS.includes(entry[digits]!)) digits++;
    block += parseInt(entry.slice(0, digits), 36);
    let mask = digits === entry.length ? ANY_POSITION : 0;
    for (let index = digits; index < entry.length; index++) mask |= 1 << POSITION_DIGITS.indexOf(entry[index]!);
    postings.blocks.push(block);
    postings.masks.push(mask >>> 0);
  }
  return postings;
}
