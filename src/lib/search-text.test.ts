import { describe, expect, it } from 'vitest';
import { buildFoldPairs } from '../../scripts/search/fold-map.ts';
import { excerpt } from './excerpt.ts';
import { findTerm, parseFoldMap, queryTerms, tokenize } from './search-text.ts';

const fold = parseFoldMap(buildFoldPairs());
const tokenTexts = (text: string) => tokenize(text, fold).map((token) => token.text).join(' ');

describe('search tokens', () => {
  it('makes every CJK character a token and keeps numbers with their decimal point and %', () => {
    expect(tokenTexts('万人有效发明专利拥有量超过2.4件，增长10%。')).toBe('万 人 有 效 发 明 专 利 拥 有 量 超 过 2.4 件 · 增 长 10 % ·');
  });

  it('folds traditional to simplified, full-width to half-width, and Latin to lower case', () => {
    expect(tokenTexts('創新型國家２０２３年ＡＩ')).toBe('创 新 型 国 家 2023 年 ai');
  });

  it('ignores line breaks inside a term, so a term broken across a page still matches', () => {
    const tokens = tokenize('加快推进科技\n改革。', fold);
    expect(findTerm(tokens, ['科', '技', '改', '革'])).toEqual([[4, 9]]);
  });

  it('reads a run of marks as one separator, so a term matches only where the text has marks where the term has them', () => {
    const tokens = tokenize('（重点）实验室', fold);
    expect(findTerm(tokens, queryTerms('重点实验室', fold)[0]!)).toEqual([]);
    expect(findTerm(tokens, queryTerms('重点)实验室', fold)[0]!)).toEqual([[1, 7]]);
    expect(tokenTexts('改革，\n  “加快')).toBe('改 革 · 加 快');
  });

  it('keeps offsets of the original text', () => {
    const text = '市科技局創新';
    const [match] = findTerm(tokenize(text, fold), queryTerms('创新', fold)[0]!);
    expect(text.slice(...match!)).toBe('創新');
  });
});

describe('queryTerms', () => {
  it('splits on whitespace, keeps quoted phrases whole, and drops duplicates, bare punctuation and marks at either end of a term', () => {
    expect(queryTerms('科技厅 "高新 技术" 科技厅、 ，', fold)).toEqual([['科', '技', '厅'], ['高', '新', '技', '术']]);
  });

  it('reads Chinese quotation marks as phrase quotes', () => {
    expect(queryTerms('“高新技术企业”', fold)).toEqual([['高', '新', '技', '术', '企', '业']]);
  });
});

describe('excerpt', () => {
  it('marks matches in the text as written, whatever the query script', () => {
    const parts = excerpt('推動高新技術企業發展', queryTerms('高新技术企业', fold), fold);
    expect(parts).toEqual([{ text: '推動', match: false }, { text: '高新技術企業', match: true }, { text: '發展', match: false }]);
  });

  it('cuts a long text around the first match', () => {
    const text = `${'甲'.repeat(200)}目标${'乙'.repeat(200)}`;
    const parts = excerpt(text, queryTerms('目标', fold), fold, 40);
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.find((part) => part.match)?.text).toBe('目标');
  });
});
