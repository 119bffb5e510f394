/**
 * Runs a query against the block index, one range of documents at a time
 * (`RangedSearch`). A block holds a term when it holds
 * the term's token, or all its pairs at consecutive positions (modulo 32:
 * rarely, a block whose pairs line up only by that measure is found too).
 * A query of several terms finds the documents that contain every term —
 * possibly in different blocks, as a reader searching a document expects —
 * and lists the blocks that contain all terms first. Documents with more
 * matching blocks come first, then in index order (newest first); ranges are
 * searched newest first, so a range's documents all come before the next's.
 * A term may have several spellings and cover blocks outright (the blocks
 * that mention an agency); filters alone list what they cover.
 */
import type { FilterParam, FilterSelection } from './search-filters.ts';
import { type Postings, valueName, type ValueParam } from './search-index-format.ts';
import { POSITION_MODULUS, termPairs } from './search-text.ts';

/** One range of the index: its documents and what their blocks hold. */
export interface IndexReader {
  /** Block number where each of the range's documents starts, in index order, then the range's end. */
  documentStarts: readonly number[];
  /** Blocks holding a key, sorted, with the key's positions in each. */
  postings: (key: string) => Promise<Postings>;
  /** Blocks a filter value (or an agency's mentions) covers, sorted. */
  filterPostings: (param: ValueParam, value: string) => Promise<Postings>;
}

/** The whole index: where names occur, and each range's reader. */
export interface RangedIndex {
  rangeCount: number;
  /** Position of the first document of each range, then the document count. */
  rangeDocumentStarts: readonly number[];
  /** The ranges holding a text key or a value's name (`valueName`), ascending. */
  rangesOf: (name: string) => Promise<number[]>;
  range: (range: number) => Promise<IndexReader>;
}

export interface DocumentMatch {
  /** Position of the document in index order. */
  document: number;
  /** How many of its blocks are hits. */
  blocks: number;
}

/**
 * One term of a query: the spellings that count as it, and values whose
 * blocks it covers whatever their text says (an agency's mentions: every
 * block naming it by any of its names, and its tasks).
 */
export interface QueryTerm {
  variants: string[][];
  covers?: [ValueParam, string][];
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
  /** The hits a term covers whatever their text says (a task assigned to an agency the query names). */
  covered: number[];
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

/** The keys a spelling is looked up by, each with its offset in the spelling: its token, or its pairs. */
export function spellingKeys(term: readonly string[]): { key: string; offset: number }[] {
  return term.length === 1 ? [{ key: term[0]!, offset: 0 }] : termPairs(term);
}

/** The blocks where a spelling's keys line up, given each key's postings in `spellingKeys` order. */
export function alignedBlocks(keys: readonly { offset: number }[], lists: readonly Postings[]): Postings {
  // Shortest first, so each step is bounded by the rarest list.
  return lists.map((list, index) => alignedMasks(list, keys[index]!.offset)).sort((a, b) => a.blocks.length - b.blocks.length).reduce(intersectPostings);
}

async function spellingPostings(reader: IndexReader, term: string[]): Promise<Postings> {
  const keys = spellingKeys(term);
  return alignedBlocks(keys, await Promise.all(keys.map(({ key }) => reader.postings(key))));
}

/** The blocks that hold any spelling of a term or that it covers, and those it covers. */
async function termPostings(reader: IndexReader, term: QueryTerm): Promise<{ postings: Postings; covered: Postings }> {
  const [spelled, covered] = await Promise.all([
    Promise.all(term.variants.map((variant) => spellingPostings(reader, variant))),
    Promise.all((term.covers ?? []).map(([param, value]) => reader.filterPostings(param, value))).then(unionPostings),
  ]);
  return { postings: unionPostings([...spelled, covered]), covered };
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

const chosenFilters = (selection: FilterSelection) => (Object.entries(selection) as [FilterParam, string | undefined][]).filter((entry): entry is [FilterParam, string] => Boolean(entry[1]));

/**
 * Filters alone list every block they cover. With terms, a document must
 * contain every term (in any of its blocks); its blocks that hold every term
 * come first, then those that hold only some.
 */
export async function runSearch(reader: IndexReader, terms: QueryTerm[], selection: FilterSelection): Promise<SearchOutcome> {
  const chosen = chosenFilters(selection);
  if (terms.length === 0 && chosen.length === 0) return { documents: [], hits: [], completeHits: 0, covered: [] };
  const filterLists = await Promise.all(chosen.map(([param, value]) => reader.filterPostings(param, value)));
  if (terms.length === 0) {
    const blocks = filterLists.reduce(intersectPostings).blocks;
    const { documents, documentOf, rank } = rankDocuments(blocks, reader.documentStarts);
    const hits = [...blocks].sort((a, b) => rank.get(documentOf.get(a)!)! - rank.get(documentOf.get(b)!)! || a - b);
    return { documents, hits, completeHits: hits.length, covered: [] };
  }
  const covered = new Set<number>();
  const blocksOfTerms = await Promise.all(terms.map(async (term) => {
    const found = await termPostings(reader, term);
    for (const block of found.covered.blocks) covered.add(block);
    return filterLists.reduce(intersectPostings, found.postings).blocks;
  }));
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
  return { documents, hits, completeHits: hits.filter((block) => termCount.get(block) === terms.length).length, covered: hits.filter((block) => covered.has(block)) };
}

const intersectSorted = (lists: readonly number[][]) => lists.reduce((kept, next) => kept.filter((range) => next.includes(range)));

/** The ranges that can hold a hit: where every term (any of its spellings, each with all its keys, or a value it covers) and every filter value occur. */
export async function candidateRanges(index: RangedIndex, terms: readonly QueryTerm[], selection: FilterSelection): Promise<number[]> {
  const termRanges = terms.map(async (term) => {
    const spellings = term.variants.map(async (variant) => intersectSorted(await Promise.all(spellingKeys(variant).map(({ key }) => index.rangesOf(key)))));
    const covered = (term.covers ?? []).map(([param, value]) => index.rangesOf(valueName(param, value)));
    return [...new Set((await Promise.all([...spellings, ...covered])).flat())].sort((a, b) => a - b);
  });
  const filterRanges = chosenFilters(selection).map(([param, value]) => index.rangesOf(valueName(param, value)));
  const lists = await Promise.all([...termRanges, ...filterRanges]);
  return lists.length === 0 ? [] : intersectSorted(lists);
}

/** Most ranges a search reads at once. */
const MOST_RANGES_AHEAD = 4;

/**
 * A query run over the ranges that can hold a hit, newest first, each range
 * searched only when the results shown need it (`fill`). What is found so far
 * reads like one outcome: documents numbered in the whole index, blocks with
 * every term first; the blocks holding only some terms follow once every
 * range has been searched.
 */
export class RangedSearch {
  readonly documents: DocumentMatch[] = [];
  /** The hits found so far that a term covers whatever their text says. */
  readonly covered = new Set<number>();
  private readonly complete: number[] = [];
  private readonly partial: number[] = [];
  private searched = 0;
  private filling: Promise<void> = Promise.resolve();

  private constructor(
    private readonly index: RangedIndex,
    private readonly terms: QueryTerm[],
    private readonly selection: FilterSelection,
    private readonly ranges: number[],
    private readonly newest: Promise<SearchOutcome>,
  ) {}

  /**
   * Reads the directory and, meanwhile, searches the newest range, which most
   * queries need first: the results shown wait for one round of fetches less.
   */
  static async start(index: RangedIndex, terms: QueryTerm[], selection: FilterSelection): Promise<RangedSearch> {
    const newest = index.range(0).then((reader) => runSearch(reader, terms, selection));
    return new RangedSearch(index, terms, selection, await candidateRanges(index, terms, selection), newest);
  }

  /** Whether every range that can hold a hit has been searched. */
  get done(): boolean {
    return this.searched === this.ranges.length;
  }

  /** The blocks found so far, in the order shown. */
  get hits(): number[] {
    return this.done ? [...this.complete, ...this.partial] : this.complete;
  }

  get completeHits(): number {
    return this.complete.length;
  }

  /** How many documents, from the newest, have been searched: all of them once done. */
  get documentsSearched(): number {
    if (this.done) return this.index.rangeDocumentStarts.at(-1)!;
    return this.index.rangeDocumentStarts[this.ranges[this.searched]!]!;
  }

  /**
   * Searches further ranges until at least `hits` blocks and `documents`
   * documents are found, or none is left. Calls queue, so the hit list and
   * the document list can ask at once.
   */
  fill(hits: number, documents: number): Promise<void> {
    this.filling = this.filling.then(() => this.searchUntil(hits, documents));
    return this.filling;
  }

  /** Searches of ranges begun, by position in `ranges`; a search reads on into as many ranges at once as the last rounds needed. */
  private readonly begun = new Map<number, Promise<SearchOutcome>>();
  private ahead = 1;

  private outcomeOf(position: number): Promise<SearchOutcome> {
    if (!this.begun.has(position)) {
      const range = this.ranges[position]!;
      this.begun.set(position, range === 0 ? this.newest : this.index.range(range).then((reader) => runSearch(reader, this.terms, this.selection)));
    }
    return this.begun.get(position)!;
  }

  private async searchUntil(hits: number, documents: number): Promise<void> {
    while (!this.done && (this.complete.length < hits || this.documents.length < documents)) {
      // A range that left the results short is followed by rounds that read twice as many ranges at once (up to
      // four): a rare term found in many older ranges waits for a few rounds of fetches, not one a range.
      for (let position = this.searched; position < Math.min(this.ranges.length, this.searched + this.ahead); position++) void this.outcomeOf(position).catch(() => undefined);
      const range = this.ranges[this.searched]!;
      const outcome = await this.outcomeOf(this.searched);
      this.ahead = Math.min(MOST_RANGES_AHEAD, this.ahead * 2);
      const first = this.index.rangeDocumentStarts[range]!;
      this.documents.push(...outcome.documents.map((match) => ({ document: first + match.document, blocks: match.blocks })));
      this.complete.push(...outcome.hits.slice(0, outcome.completeHits));
      this.partial.push(...outcome.hits.slice(outcome.completeHits));
      for (const block of outcome.covered) this.covered.add(block);
      this.searched += 1;
    }
  }
}
