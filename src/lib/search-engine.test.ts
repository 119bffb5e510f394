import { describe, expect, it } from 'vitest';
import { type IndexAnswer, type IndexHit, runSearch } from './search-engine.ts';

/** A stand-in index: blocks with their document and tokens; a phrase matches a block whose text contains it. */
const BLOCKS = [
  { id: 'a1', doc: 'A', text: '科技厅 牵头' },
  { id: 'a2', doc: 'A', text: '财政厅 参加' },
  { id: 'b1', doc: 'B', text: '科技厅 财政厅' },
  { id: 'c1', doc: 'C', text: '科技厅' },
];

async function search(phrase: string, filters: Record<string, string | { any: string[] }>): Promise<IndexAnswer<IndexHit>> {
  const wanted = phrase.replace(/"/g, '').replace(/ /g, '');
  const allowed = filters['文件'];
  const results = BLOCKS
    .filter((block) => block.text.replace(/ /g, '').includes(wanted))
    .filter((block) => !allowed || (typeof allowed === 'string' ? block.doc === allowed : allowed.any.includes(block.doc)))
    .map((block) => ({ id: block.id, score: 1 }));
  const counts: Record<string, number> = {};
  for (const hit of results) {
    const doc = BLOCKS.find((block) => block.id === hit.id)!.doc;
    counts[doc] = (counts[doc] ?? 0) + 1;
  }
  return { results, filters: { 文件: counts } };
}

describe('runSearch', () => {
  it('finds the documents with every term, even in different blocks, and lists blocks with all terms first', async () => {
    const outcome = await runSearch(search, [['科', '技', '厅'], ['财', '政', '厅']], {}, '文件');
    expect(outcome.documents).toEqual(['A', 'B']);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['b1', 'a1', 'a2']);
  });

  it('answers a single term directly', async () => {
    const outcome = await runSearch(search, [['科', '技', '厅']], {}, '文件');
    expect(outcome.documents).toEqual(['A', 'B', 'C']);
    expect(outcome.hits).toHaveLength(3);
  });

  it('keeps the reader\'s filters', async () => {
    const outcome = await runSearch(search, [['科', '技', '厅']], { 文件: 'C' }, '文件');
    expect(outcome.documents).toEqual(['C']);
  });

  it('finds nothing for no terms, or when no document has every term', async () => {
    expect((await runSearch(search, [], {}, '文件')).hits).toEqual([]);
    expect((await runSearch(search, [['牵', '头'], ['参', '加'], ['科', '技', '厅', '财']], {}, '文件')).documents).toEqual([]);
  });
});
