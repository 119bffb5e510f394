/**
 * An index read through a function that fetches its files: the browser's
 * (`fetch`) or a test's (the files a build wrote). Every file is read once.
 */
import type { IndexReader, RangedIndex } from './search-engine.ts';
import {
  decodePostings, decodeRanges, indexFiles, type RangeDocuments, type SearchBlock, type SearchDocument, type SearchFilterOptions, type SearchManifest, shardOf, valueName,
} from './search-index-format.ts';

export interface SearchIndex extends RangedIndex {
  documentCount: number;
  block: (block: number) => Promise<SearchBlock>;
  /** The document at a position of index order. */
  document: (document: number) => Promise<SearchDocument>;
  filterOptions: () => Promise<SearchFilterOptions>;
}

const cached = <Key, Value>(load: (key: Key) => Promise<Value>) => {
  const loaded = new Map<Key, Promise<Value>>();
  return (key: Key): Promise<Value> => {
    if (!loaded.has(key)) loaded.set(key, load(key));
    return loaded.get(key)!;
  };
};

/** The position of the last of ascending `starts` at or below `value`. */
function lastAtMost(starts: readonly number[], value: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The index a manifest describes; `readJson` reads a file by its path in the index directory. */
export function openSearchIndex(manifest: SearchManifest, readJson: <Value>(path: string) => Promise<Value>): SearchIndex {
  const shardFile = cached((path: string) => readJson<Record<string, string>>(path));
  const rangeCount = manifest.rangeStarts.length - 1;
  const rangeDocuments = cached((number: number) => readJson<RangeDocuments>(indexFiles.rangeDocuments(number)));
  const range = cached(async (number: number): Promise<IndexReader> => {
    const start = manifest.rangeStarts[number]!;
    const documentStarts = [...(await rangeDocuments(number)).starts.map((offset) => start + offset), manifest.rangeStarts[number + 1]!];
    const keys = (key: string) => shardFile(indexFiles.keyShard(number, shardOf(key, manifest.keyShardCounts[number]!)));
    const values = (name: string) => shardFile(indexFiles.valueShard(number, shardOf(name, manifest.valueShardCounts[number]!)));
    return {
      documentStarts,
      postings: async (key) => decodePostings((await keys(key))[key] ?? ''),
      filterPostings: async (param, value) => decodePostings((await values(valueName(param, value)))[valueName(param, value)] ?? ''),
    };
  });
  const documentGroup = cached((group: number) => readJson<SearchDocument[]>(indexFiles.documents(group)));
  const document = async (position: number) => (await documentGroup(Math.floor(position / manifest.documentGroupSize)))[position % manifest.documentGroupSize]!;
  /** A block's file: found through its range's document starts and block ids, which the range's search already read. */
  const block = cached(async (number: number) => {
    const rangeNumber = lastAtMost(manifest.rangeStarts, number);
    const [{ documentStarts }, { blocks }] = await Promise.all([range(rangeNumber), rangeDocuments(rangeNumber)]);
    const inRange = lastAtMost(documentStarts, number);
    return readJson<SearchBlock>(indexFiles.block(blocks[inRange]!, number - documentStarts[inRange]!));
  });
  let options: Promise<SearchFilterOptions> | undefined;
  return {
    rangeCount,
    documentCount: manifest.documentCount,
    rangeDocumentStarts: manifest.rangeDocumentStarts,
    rangesOf: async (name) => decodeRanges((await shardFile(indexFiles.directory(shardOf(name, manifest.directoryShardCount))))[name], rangeCount),
    range,
    block,
    document,
    filterOptions: () => (options ??= readJson<SearchFilterOptions>(indexFiles.filterOptions)),
  };
}
