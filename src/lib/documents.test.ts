import { describe, expect, it } from 'vitest';
import { facetCounts, issuersOf, newestFirst } from './documents.ts';

describe('document lists', () => {
  it('sorts newest first by signed date, then published date, then year; undated last', () => {
    const sorted = newestFirst([
      { slug: 'a', title: 'A', year: 2011 },
      { slug: 'b', title: 'B', signedDate: '2013-10-22' },
      { slug: 'c', title: 'C' },
      { slug: 'd', title: 'D', publishedDate: '2022-06-17' },
    ]);
    expect(sorted.map((document) => document.slug)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('splits a joint issuer into each issuing body', () => {
    expect(issuersOf({ slug: 'x', title: 'X', issuer: '中共新疆维吾尔自治区委员会办公厅、新疆维吾尔自治区人民政府办公厅' }))
      .toEqual(['中共新疆维吾尔自治区委员会办公厅', '新疆维吾尔自治区人民政府办公厅']);
  });

  it('counts facet values once per document, most frequent first', () => {
    expect(facetCounts([['甲', '甲'], ['乙'], ['甲']])).toEqual([{ value: '甲', count: 2 }, { value: '乙', count: 1 }]);
  });
});
