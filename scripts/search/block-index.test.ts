import { describe, expect, it } from 'vitest';
import { candidateRanges, plainTerms, type QueryTerm, RangedSearch } from '../../src/lib/search-engine.ts';
import type { FilterSelection } from '../../src/lib/search-filters.ts';
import { indexFiles, type SearchDocument } from '../../src/lib/search-index-format.ts';
import { openSearchIndex } from '../../src/lib/search-index-reader.ts';
import { findTerm, parseFoldMap, queryTerms, tokenize } from '../../src/lib/search-text.ts';
import type { Agency } from '../model.ts';
import { SEEDS, seed, type SeedName } from '../../tests/seeds.ts';
import { newestFirst } from '../../src/lib/documents.ts';
import { buildSearchIndex, type IndexedAgency, type IndexedRange, rangeDocumentStarts } from './block-index.ts';
import { buildFoldPairs } from './fold-map.ts';

const fold = parseFoldMap(buildFoldPairs());
/** The seeds with 科技厅 resolved as the registry resolves it, so its tasks carry its id. */
const SCIENCE_DEPARTMENT: IndexedAgency = { id: 'xj-science-technology-department', names: ['科技厅', '自治区科技厅', '科学技术厅'] };
const documents = (Object.keys(SEEDS) as SeedName[]).map(seed).map((document) => {
  for (const task of document.tasks) for (const agency of [...task.lead, ...task.participants, ...task.responsible]) if (agency.name === '科技厅') agency.id = SCIENCE_DEPARTMENT.id;
  return document;
});
const bySlug = new Map(documents.map((document) => [document.slug, document]));
const label = (agency: Agency) => agency.name;
const agencies = [SCIENCE_DEPARTMENT];

/** The seeds indexed in ranges of `rangeSize` documents, read back as the browser reads them. */
function indexed(rangeSize?: number, order = documents) {
  const files = new Map<string, string>();
  const built = buildSearchIndex(order, (head) => bySlug.get(head.slug)!, agencies, label, fold, {
    write: (path, content) => files.set(path, content),
    writeBlocks: (id, blocks) => blocks.forEach((block, number) => files.set(indexFiles.block(id, number), block)),
  }, rangeSize);
  const read = <Value>(path: string): Value => JSON.parse(files.get(path)!) as Value;
  return { built, files, read, index: openSearchIndex(built.manifest, async (path) => read(path)) };
}

const whole = indexed();
const blocks = await Promise.all(Array.from({ length: whole.built.blockCount }, (_, block) => whole.index.block(block)));

/** Every hit of a query over an index, every range searched. */
async function allHits(index: typeof whole.index, terms: QueryTerm[], selection: FilterSelection = {}) {
  const search = await RangedSearch.start(index, terms, selection);
  await search.fill(Infinity, Infinity);
  return search;
}
const search = async (query: string, selection: FilterSelection = {}) => (await allHits(whole.index, plainTerms(queryTerms(query, fold)), selection)).hits.map((block) => blocks[block]!);

describe('the block index of the seeds', () => {
  it('orders documents newest first, each document\'s blocks together', async () => {
    const order = whole.read<SearchDocument[]>(indexFiles.documents(0)).map((document) => document.slug);
    expect(order.slice(0, 2)).toEqual(['changji-2022-sci-tech-plan', 'xj-2017-sci-tech-reform-plan']);
    const { documentStarts } = await whole.index.range(0);
    order.forEach((slug, position) => {
      const [start, end] = documentStarts.slice(position, position + 2) as [number, number];
      expect(new Set(blocks.slice(start, end).map((block) => block.doc))).toEqual(new Set([slug]));
    });
  });

  it('finds every block from a run of its own text; almost every block it finds holds the run', async () => {
    let found = 0;
    const wrong: string[] = [];
    for (const [number, block] of blocks.entries()) {
      const tokens = tokenize(block.text, fold);
      if (tokens.length < 4) continue;
      const middle = Math.floor(tokens.length / 2);
      const term = tokens.slice(middle - 2, middle + 2).map((token) => token.text);
      const { hits } = await allHits(whole.index, plainTerms([term]));
      expect(hits, `block ${number} (${block.url}) from ${term.join('')}`).toContain(number);
      found += hits.length;
      // Pairs line up modulo 32 only, so a long block can hold a term's pairs 32 positions apart.
      wrong.push(...hits.filter((hit) => findTerm(tokenize(blocks[hit]!.text, fold), term).length === 0).map((hit) => `${blocks[hit]!.url} for ${term.join('')}`));
    }
    expect(wrong.length / found, wrong.join('\n')).toBeLessThan(0.01);
  });

  it('finds traditional text from a simplified query', async () => {
    expect((await search('科技行动计划')).map((block) => block.doc)).toContain('city-innovation-plan-hant');
  });

  it('narrows to the tasks an agency leads', async () => {
    const led = await search('科技', { lead: '科技厅' });
    expect(led.length).toBeGreaterThan(10);
    for (const block of led) expect(block.agencies).toMatch(/牵头：[^；]*科技厅/);
  });

  it('covers, for an agency, every block that names it by any of its names and every task it is assigned', async () => {
    const agency = SCIENCE_DEPARTMENT;
    const { hits } = await allHits(whole.index, [{ variants: [], covers: [['mention', agency.id]] }]);
    const byName = await Promise.all(agency.names.map(async (name) => (await allHits(whole.index, plainTerms(queryTerms(name, fold)))).hits));
    const assigned = (await allHits(whole.index, [], { agency: agency.id })).hits;
    expect(assigned.length).toBeGreaterThan(10);
    expect(new Set(hits)).toEqual(new Set([...byName.flat(), ...assigned]));
  });

  it('is the same index, under the same name, when built again', () => {
    expect(indexed(undefined, [...documents].reverse()).built.manifest).toEqual(whole.built.manifest);
  });
});

describe('ranges cut where the documents say', () => {
  /** The documents of each range, each range as one string. */
  const rangesOf = (slugs: string[], rangeSize: number) => {
    const starts = rangeDocumentStarts(slugs, rangeSize);
    return starts.slice(0, -1).map((start, range) => slugs.slice(start, starts[range + 1]).join(' '));
  };
  const slugs = Array.from({ length: 2_000 }, (_, number) => `document-${number}`);

  it('holds from half to twice the range size in each range, and every document in one', () => {
    const starts = rangeDocumentStarts(slugs, 50);
    const sizes = starts.slice(1).map((start, range) => start - starts[range]!);
    expect(starts[0]).toBe(0);
    expect(starts.at(-1)).toBe(slugs.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(25);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100 + 24);
    expect(slugs.length / sizes.length).toBeGreaterThan(35);
    expect(slugs.length / sizes.length).toBeLessThan(65);
    expect(rangeDocumentStarts(slugs.slice(0, 3), 500)).toEqual([0, 3]);
    expect(rangeDocumentStarts([], 500)).toEqual([0, 0]);
  });

  it('keeps every other range as it was when a document is added anywhere', () => {
    const before = new Set(rangesOf(slugs, 50));
    const changed = Array.from({ length: 100 }, (_, at) => 20 * at).map((at) => rangesOf([...slugs.slice(0, at), `added-${at}`, ...slugs.slice(at)], 50).filter((range) => !before.has(range)).length);
    // The range the document falls in changes; its neighbour too when the document ends a range, or fills one to its largest.
    expect(Math.min(...changed)).toBe(1);
    expect(changed.reduce((sum, count) => sum + count, 0) / changed.length).toBeLessThan(1.5);
    expect(Math.max(...changed)).toBeLessThanOrEqual(4);
  });
});

describe('an index built again after a document is added', () => {
  it('takes every range the new document does not fall in from the cache, and gives unchanged documents the same block files', () => {
    const kept = new Map<string, IndexedRange>();
    const cache = { keyOf: (...parts: string[]) => parts.join('\u0000'), get: (key: string) => kept.get(key), set: (key: string, range: IndexedRange) => void kept.set(key, range) };
    // Neither the newest nor the oldest: a document added in the middle of the corpus.
    const added = documents.find((document) => document.slug === 'xj-2013-innovation-task-division')!;
    const build = (corpus: typeof documents) => {
      const files = new Map<string, string>();
      const built = buildSearchIndex(corpus, (head) => bySlug.get(head.slug)!, agencies, label, fold, {
        write: (path, content) => files.set(path, content),
        writeBlocks: (id, blocks) => blocks.forEach((block, number) => files.set(indexFiles.block(id, number), block)),
      }, 2, cache);
      const order = newestFirst([...corpus]).map((document) => document.slug);
      const starts = built.manifest.rangeDocumentStarts;
      const ranges = starts.slice(0, -1).map((start, range) => order.slice(start, starts[range + 1]).join(' '));
      return { built, ranges, blockFiles: [...files.keys()].filter((path) => path.startsWith('../blocks/')) };
    };
    const first = build(documents.filter((document) => document !== added));
    expect(first.built.rangesReused).toBe(0);
    const again = build(documents);
    const unchanged = again.ranges.filter((range) => first.ranges.includes(range));
    expect(unchanged.length).toBeGreaterThan(0);
    expect(again.built.rangesReused).toBe(unchanged.length);
    expect(again.blockFiles).toEqual(expect.arrayContaining(first.blockFiles));
    expect(again.built.manifest).toEqual(indexed(2).built.manifest);
  });
});

describe('an index cut into ranges of two documents', () => {
  const ranged = indexed(2);

  it('finds what the whole index finds, range by range, newest documents first', async () => {
    for (const query of ['科技', '科技厅 财政厅', '知识产权']) {
      const terms = plainTerms(queryTerms(query, fold));
      const [inRanges, inOne] = await Promise.all([allHits(ranged.index, terms), allHits(whole.index, terms)]);
      expect(new Set(inRanges.hits), query).toEqual(new Set(inOne.hits));
      expect(inRanges.documents.map((match) => match.document).sort(), query).toEqual(inOne.documents.map((match) => match.document).sort());
      const documentOf = (block: number) => blocks[block]!.doc;
      const order = whole.read<SearchDocument[]>(indexFiles.documents(0)).map((document) => document.slug);
      const rangeOf = (position: number) => ranged.built.manifest.rangeDocumentStarts.findLastIndex((start) => start <= position);
      const positions = inRanges.hits.slice(0, inRanges.completeHits).map((block) => rangeOf(order.indexOf(documentOf(block))));
      expect(positions, query).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('searches only as many ranges as the results shown need, and says how many documents that covers', async () => {
    const search = await RangedSearch.start(ranged.index, plainTerms(queryTerms('科技', fold)), {});
    await search.fill(1, 1);
    expect(search.done).toBe(false);
    expect(search.documentsSearched).toBe(ranged.built.manifest.rangeDocumentStarts[1]);
    await search.fill(Infinity, Infinity);
    expect(search.documentsSearched).toBe(documents.length);
  });

  it('reads the ranges a long search needs several at once, not one round of fetches a range', async () => {
    const inFlight = new Set<number>();
    let mostAtOnce = 0;
    const watched = openSearchIndex(ranged.built.manifest, async (path) => {
      const range = /^ranges\/(\d+)\/keys\//.exec(path)?.[1];
      if (range !== undefined) inFlight.add(Number(range));
      mostAtOnce = Math.max(mostAtOnce, inFlight.size);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (range !== undefined) inFlight.delete(Number(range));
      return ranged.read(path);
    });
    const search = await RangedSearch.start(watched, plainTerms(queryTerms('科技', fold)), {});
    await search.fill(Infinity, Infinity);
    expect(search.documentsSearched).toBe(documents.length);
    expect(mostAtOnce).toBeGreaterThan(1);
  });

  it('reads no range but the newest (searched while the directory loads) and those its directory names', async () => {
    const fetched: string[] = [];
    const watched = openSearchIndex(ranged.built.manifest, async (path) => {
      fetched.push(path);
      return ranged.read(path);
    });
    // Only the traditional-script seed says 科技行动计划.
    const search = await RangedSearch.start(watched, plainTerms(queryTerms('科技行动计划', fold)), {});
    await search.fill(Infinity, Infinity);
    expect(search.hits.map((block) => blocks[block]!.doc)).toContain('city-innovation-plan-hant');
    const searchedRanges = new Set(fetched.filter((path) => path.startsWith('ranges/')).map((path) => Number(path.split('/')[1])));
    const named = await candidateRanges(ranged.index, plainTerms(queryTerms('科技行动计划', fold)), {});
    expect(named.length).toBeLessThan(ranged.built.manifest.rangeStarts.length - 1);
    expect([...searchedRanges].sort()).toEqual([...new Set([0, ...named])].sort());
  });
});
