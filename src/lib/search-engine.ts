/**
 * Runs a query against the block index. A block holds a term when it holds
 * the term's token, or all its pairs at consecutive positions (modulo 32:
 * rarely, a block whose pairs line up only by that measure is found too).
 * A query of several terms finds the documents that contain every term —
 * possibly in different blocks, as a reader searching a document expects —
 * and lists the blocks that contain all terms first. Documents with more
 * matching blocks come first, then in index order (newest first). A term may
 * have several spellings (an agency's every name) and cover blocks outright
 * (its tasks); filters alone list what they cover.
 */
import type { FilterParam, FilterSelection } from './search-filters.ts';
import type { Postings } from './search-index-format.ts';
import { POSITION_MODULUS, termPairs } from './search-text.ts';

export interface IndexReader {
  /** Block number where each document starts, in index order, then the block count. */
  documentStarts: readonly number[];
  /** Blocks holding a key, sorted, with the key's positions in each. */
  postings: (key: string) => Promise<Postings>;
  /** Blocks a filter value covers, sorted. */
  filterPostings: (param: FilterParam, value: string) => Promise<Postings>;
}

export interface DocumentMatch {
  /** Position of the document in index order. */
  document: number;
  /** How many of its blocks are hits. */
  blocks: number;
}

/**
 * One term of a query: the spellings that count as it (a word; or every name
 * an agency goes by), and blocks it covers whatever their text says (the
 * tasks assigned to that agency).
 */
export interface QueryTerm {
  variants: string[][];
  covers?: Postings;
}

/** Terms that are just what the reader typed. */
export const plainTerms = (terms: string[][]): QueryTerm[] => terms.map((term) => ({ variants: [term] }));

export interface SearchOutcome {
  /** Documents that contain every term (or match the filters alone), most hits first. */
  documents: DocumentMatch[];
  /** Block numbers: those with every term first, then by document, then in reading order. */
  hits: number[];
  /** How many of `hits`, from the start, hold every term; the rest hold only some. */
  completeHits: number;
}

/** A pair's positions moved back by its offset in the term: bit r set where the term could start at r. */
function alignedMasks(postings: Postings, offset: number): Postings {
  const shift = offset % POSITION_MODULUS;
  if (shift === 0) return postings;
  return { blocks: postings.blocks, masks: postings.masks.map((mask) => ((mask >>> shift) | (mask << (POSITION_MODULUS - shift))) >>> 0) };
}

/** The blocks of both lists whose masks share a start position (a list without positions shares any). */
export function intersectPostings(first: Postings, second: Postings): Postings {
  const common: Postings = { blocks: [], masks: [] };
  let i = 0;
  let j = 0;
  while (i < first.blocks.length && j < second.blocks.length) {
    if (first.blocks[i]! < second.blocks[j]!) i++;
    else if (first.blocks[i]! > second.blocks[j]!) j++;
    else {
      const mask = (first.masks[i]! & second.masks[j]!) >>> 0;
      if (mask !== 0) {
        common.blocks.push(first.blocks[i]!);
        common.masks.push(mask);
      }
      i++;
      j++;
    }
  }
  return common;
}

/** The blocks of any of the lists, each with the positions any of them has there. */
export function unionPostings(lists: readonly Postings[]): Postings {
  const merged = new Map<number, number>();
  for (const list of lists) list.blocks.forEach((block, index) => merged.set(block, ((merged.get(block) ?? 0) | list.masks[index]!) >>> 0));
  const blocks = [...merged.keys()].sort((a, b) => a - b);
  return { blocks, masks: blocks.map((block) => merged.get(block)!) };
}

/** The blocks that hold a spelling: its token's list, or the blocks where all its pairs line up. */
async function spellingPostings(reader: IndexReader, term: string[]): Promise<Postings> {
  if (term.length === 1) return reader.postings(term[0]!);
  const pairs = termPairs(term);
  const lists = await Promise.all(pairs.map(async ({ key, offset }) => alignedMasks(await reader.postings(key), offset)));
  // Shortest first, so each step is bounded by the rarest list.
  return lists.sort((a, b) => a.blocks.length - b.blocks.length).reduce(intersectPostings);
}

/** The blocks that hold any spelling of a term, or that it covers. */
async function termPostings(reader: IndexReader, term: QueryTerm): Promise<Postings> {
  const lists = await Promise.all(term.variants.map((variant) => spellingPostings(reader, variant)));
  return unionPostings(term.covers ? [...lists, term.covers] : lists);
}

/** The document of each block of a sorted list, walking the document starts once. */
function documentsOfSorted(blocks: readonly number[], documentStarts: readonly number[]): number[] {
  let document = 0;
  return blocks.map((block) => {
    while (documentStarts[document + 1]! <= block) document++;
    return document;
  });
}

/** Documents by how many hits each holds, most first, then in index order; and each hit's document. */
function rankDocuments(hits: readonly number[], documentStarts: readonly number[]) {
  const sorted = [...hits].sort((a, b) => a - b);
  const documentsOfHits = documentsOfSorted(sorted, documentStarts);
  const documentOf = new Map(sorted.map((block, position) => [block, documentsOfHits[position]!]));
  const counts = new Map<number, number>();
  for (const document of documentOf.values()) counts.set(document, (counts.get(document) ?? 0) + 1);
  const documents = [...counts].map(([document, blocks]) => ({ document, blocks })).sort((a, b) => b.blocks - a.blocks || a.document - b.document);
  return { documents, documentOf, rank: new Map(documents.map((match, position) => [match.document, position])) };
}

/**
 * Filters alone list every block they cover. With terms, a document must
 * contain every term (in any of its blocks); its blocks that hold every term
 * come first, then those that hold only some.
 */
export async function runSearch(reader: IndexReader, terms: QueryTerm[], selection: FilterSelection): Promise<SearchOutcome> {
  const chosen = (Object.entries(selection) as [FilterParam, string | undefined][]).filter((entry): entry is [FilterParam, string] => Boolean(entry[1]));
  if (terms.length === 0 && chosen.length === 0) return { documents: [], hits: [], completeHits: 0 };
  const filterLists = await Promise.all(chosen.map(([param, value]) => reader.filterPostings(param, value)));
  if (terms.length === 0) {
    const blocks = filterLists.reduce(intersectPostings).blocks;
    const { documents, documentOf, rank } = rankDocuments(blocks, reader.documentStarts);
    const hits = [...blocks].sort((a, b) => rank.get(documentOf.get(a)!)! - rank.get(documentOf.get(b)!)! || a - b);
    return { documents, hits, completeHits: hits.length };
  }
  const blocksOfTerms = await Promise.all(terms.map(async (term) => filterLists.reduce(intersectPostings, await termPostings(reader, term)).blocks));
  const termDocuments = blocksOfTerms.map((blocks) => documentsOfSorted(blocks, reader.documentStarts));
  const common = termDocuments.map((documents) => new Set(documents)).reduce((kept, next) => new Set([...kept].filter((document) => next.has(document))));
  const termCount = new Map<number, number>();
  blocksOfTerms.forEach((blocks, term) => blocks.forEach((block, position) => {
    if (common.has(termDocuments[term]![position]!)) termCount.set(block, (termCount.get(block) ?? 0) + 1);
  }));
  const { documents, documentOf, rank } = rankDocuments([...termCount.keys()], reader.documentStarts);
  const hits = [...termCount.keys()].sort((a, b) => termCount.get(b)! - termCount.get(a)!
    || rank.get(documentOf.get(a)!)! - rank.get(documentOf.get(b)!)!
    || a - b);
  return { documents, hits, completeHits: hits.filter((block) => termCount.get(block) === terms.length).length };
}
