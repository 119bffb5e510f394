import { describe, expect, it } from 'vitest';
import { type IndexReader, intersectPostings, plainTerms, runSearch } from './search-engine.ts';
import { addPosting, type Postings } from './search-index-format.ts';
import { ANY_POSITION, blockKeys, queryTerms, tokenize } from './search-text.ts';

const fold = new Map<string, string>();

/** An index over a few blocks, each in a document; documents in the order given, blocks numbered in order. */
function readerOf(documents: { lead?: string; mentions?: string; text: string }[][]): IndexReader {
  const postings = new Map<string, Postings>();
  const lead = new Map<string, Postings>();
  const mention = new Map<string, Postings>();
  const documentStarts: number[] = [];
  let block = 0;
  for (const blocks of documents) {
    documentStarts.push(block);
    for (const { text, lead: agency, mentions } of blocks) {
      for (const [key, mask] of blockKeys(tokenize(text, fold).map((token) => token.text))) addPosting(postings, key, block, mask);
      if (agency) addPosting(lead, agency, block);
      if (mentions) addPosting(mention, mentions, block);
      block += 1;
    }
  }
  documentStarts.push(block);
  return {
    documentStarts,
    postings: async (key) => postings.get(key) ?? { blocks: [], masks: [] },
    filterPostings: async (param, value) => (param === 'lead' && lead.get(value)) || (param === 'mention' && mention.get(value)) || { blocks: [], masks: [] },
  };
}

const reader = readerOf([
  [{ text: '科技厅牵头', lead: '科技厅' }, { text: '财政厅参加', mentions: '财政厅' }],
  [{ text: '科技厅、财政厅负责', lead: '科技厅' }],
  [{ text: '科技厅' }, { text: '科技局', lead: '科技局' }],
  [{ text: '财政厅…厅科技' }],
]);
const search = (query: string, selection = {}) => runSearch(reader, plainTerms(queryTerms(query, fold)), selection);

describe('runSearch', () => {
  it('finds the documents with every term, even in different blocks, and lists blocks with all terms first', async () => {
    const outcome = await search('科技厅 财政厅');
    expect(outcome.documents).toEqual([{ document: 0, blocks: 2 }, { document: 1, blocks: 1 }]);
    expect(outcome.hits).toEqual([2, 0, 1]);
  });

  it('matches a term only where its characters are consecutive', async () => {
    expect((await search('科技厅')).hits).toEqual([0, 2, 3]);
    expect((await search('牵头财政')).hits).toEqual([]);
    expect((await search('财政厅科技')).hits).toEqual([]);
    // 科技 is twice in the third document, so its blocks come first.
    expect((await search('科技')).hits).toEqual([3, 4, 0, 2, 5]);
  });

  it('keeps the reader\'s filters', async () => {
    expect((await search('科技', { lead: '科技局' })).hits).toEqual([4]);
    expect((await search('科技厅', { lead: '科技局' })).documents).toEqual([]);
  });

  it('finds nothing for no terms and no filters, or when no document has every term', async () => {
    expect((await search('')).hits).toEqual([]);
    expect((await search('牵头 参加 科技局')).documents).toEqual([]);
  });

  it('counts the hits that hold every term apart from those that hold some', async () => {
    const outcome = await search('科技厅 财政厅');
    expect(outcome.completeHits).toBe(1);
    expect(outcome.hits.slice(0, outcome.completeHits)).toEqual([2]);
  });

  it('lists what filters alone cover, with no query', async () => {
    const outcome = await search('', { lead: '科技厅' });
    expect(outcome.hits).toEqual([0, 2]);
    expect(outcome.completeHits).toBe(2);
    expect(outcome.documents.map((match) => match.document)).toEqual([0, 1]);
  });

  it('finds a term under any of its spellings, and the blocks it covers whatever they say', async () => {
    const spellings = [queryTerms('科技局', fold)[0]!, queryTerms('科技厅', fold)[0]!];
    const anyName = await runSearch(reader, [{ variants: spellings }], {});
    expect(anyName.hits.sort()).toEqual([0, 2, 3, 4]);
    const covered = await runSearch(reader, [{ variants: [queryTerms('科技局', fold)[0]!], covers: [['mention', '财政厅']] }], {});
    expect(covered.hits.sort()).toEqual([1, 4]);
    // Only the block found through what the term covers is marked so: its text need not name the term.
    expect(covered.covered).toEqual([1]);
  });
});

describe('intersectPostings', () => {
  it('keeps the blocks both lists hold where their masks share a start position', () => {
    const any = (blocks: number[]) => ({ blocks, masks: blocks.map(() => ANY_POSITION) });
    expect(intersectPostings(any([1, 3, 5, 9]), any([2, 3, 9, 10])).blocks).toEqual([3, 9]);
    expect(intersectPostings({ blocks: [3, 9], masks: [0b01, 0b10] }, { blocks: [3, 9], masks: [0b10, 0b10] }).blocks).toEqual([9]);
    expect(intersectPostings({ blocks: [3], masks: [0b100] }, any([3])).masks).toEqual([0b100]);
  });
});
