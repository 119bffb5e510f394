import { describe, expect, it } from 'vitest';
import { type IndexReader, plainTerms, runSearch } from '../../src/lib/search-engine.ts';
import { decodePostings, indexFiles, type SearchBlock, type SearchDocument, type SearchFilterPostings, shardOf } from '../../src/lib/search-index-format.ts';
import { findTerm, parseFoldMap, queryTerms, tokenize } from '../../src/lib/search-text.ts';
import { SEEDS, seed, type SeedName } from '../../tests/seeds.ts';
import { buildSearchIndex } from './block-index.ts';
import { buildFoldPairs } from './fold-map.ts';

const fold = parseFoldMap(buildFoldPairs());
const documents = (Object.keys(SEEDS) as SeedName[]).map(seed);
const built = buildSearchIndex(documents, (agency) => agency.name, fold);
const read = <Value>(path: string): Value => JSON.parse(built.files.get(path)!) as Value;
const reader: IndexReader = {
  documentStarts: built.manifest.documentStarts,
  postings: async (key) => decodePostings(read<Record<string, string>>(indexFiles.shard(shardOf(key, built.manifest.shardCount)))[key] ?? ''),
  filterPostings: async (param, value) => decodePostings(read<SearchFilterPostings>(indexFiles.filter(param, shardOf(value, built.manifest.filterShardCounts[param]!)))[value] ?? ''),
};
const blocks = Array.from({ length: built.blockCount }, (_, block) => read<SearchBlock>(indexFiles.block(block)));
const search = async (query: string, selection = {}) => (await runSearch(reader, plainTerms(queryTerms(query, fold)), selection)).hits.map((block) => blocks[block]!);

describe('the block index of the seeds', () => {
  it('orders documents newest first, each document\'s blocks together', () => {
    const order = read<SearchDocument[]>(indexFiles.documents(0)).map((document) => document.slug);
    expect(order.slice(0, 2)).toEqual(['changji-2022-sci-tech-plan', 'xj-2017-sci-tech-reform-plan']);
    order.forEach((slug, position) => {
      const [start, end] = built.manifest.documentStarts.slice(position, position + 2) as [number, number];
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
      const { hits } = await runSearch(reader, plainTerms([term]), {});
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

  it('is the same index, under the same name, when built again', () => {
    const again = buildSearchIndex([...documents].reverse(), (agency) => agency.name, fold);
    expect(again.manifest).toEqual(built.manifest);
  });
});
