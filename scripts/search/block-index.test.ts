import { describe, expect, it } from 'vitest';
import { candidateRanges, plainTerms, type QueryTerm, RangedSearch } from '../../src/lib/search-engine.ts';
import type { FilterSelection } from '../../src/lib/search-filters.ts';
import { indexFiles, type SearchDocument } from '../../src/lib/search-index-format.ts';
import { openSearchIndex } from '../../src/lib/search-index-reader.ts';
import { findTerm, parseFoldMap, queryTerms, tokenize } from '../../src/lib/search-text.ts';
import type { Agency } from '../model.ts';
import { SEEDS, seed, type SeedName } from '../../tests/seeds.ts';
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

describe('ranges counted from the oldest document', () => {
  it('gives every range its size but the newest, which holds the rest', () => {
    expect(rangeDocumentStarts(5, 2)).toEqual([0, 3, 5]);
    expect(rangeDocumentStarts(1001, 500)).toEqual([0, 501, 1001]);
    expect(rangeDocumentStarts(3, 500)).toEqual([0, 3]);
    // One document more changes the newest range only: the older ones keep their documents.
    const before = rangeDocumentStarts(10_000, 500);
    const after = rangeDocumentStarts(10_001, 500);
    expect(after.slice(1).map((start) => start - 1)).toEqual(before.slice(1));
  });
});

describe('an index built again after a document is added', () => {
  it('takes every range older than the new document from the cache, and gives unchanged documents the same block files', () => {
    const kept = new Map<string, IndexedRange>();
    const cache = { keyOf: (...parts: string[]) => parts.join('\u0000'), get: (key: string) => kept.get(key), set: (key: string, range: IndexedRange) => void kept.set(key, range) };
    const newest = documents.find((document) => document.slug === 'changji-2022-sci-tech-plan')!;
    const build = (corpus: typeof documents) => {
      const files = new Map<string, string>();
      const built = buildSearchIndex(corpus, (head) => bySlug.get(head.slug)!, agencies, label, fold, {
        write: (path, content) => files.set(path, content),
        writeBlocks: (id, blocks) => blocks.forEach((block, number) => files.set(indexFiles.block(id, number), block)),
      }, 2, cache);
      return { built, blockFiles: [...files.keys()].filter((path) => path.startsWith('../blocks/')) };
    };
    const first = build(documents.filter((document) => document !== newest));
    expect(first.built.rangesReused).toBe(0);
    const again = build(documents);
    // Ranges of two from the oldest: the two oldest documents' range is unchanged, the newest range gains the new document.
    expect(again.built.rangesReused).toBe(1);
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
    // The newest range holds the three newest documents: ranges of two are counted from the oldest.
    expect(search.documentsSearched).toBe(3);
    await search.fill(Infinity, Infinity);
    expect(search.documentsSearched).toBe(documents.length);
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
