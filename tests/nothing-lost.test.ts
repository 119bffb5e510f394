import { describe, expect, it } from 'vitest';
import { parse } from '../scripts/parse/index.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';
import { SEEDS, type SeedName, seed, seedText } from './seeds.ts';

describe('nothing lost', () => {
  for (const name of Object.keys(SEEDS) as SeedName[]) {
    it(`${name}: every non-whitespace character of the source is in the model or in removed`, () => {
      expect(findLostText(seedText(name), seed(name))).toBeUndefined();
    });
  }

  it('catches a sentence the model dropped, naming its line', () => {
    const document = structuredClone(seed('000'));
    const node = document.structure[0];
    if (node?.kind !== 'section') throw new Error('000 starts with a section');
    node.text = node.text.slice(0, 4);
    expect(findLostText(seedText('000'), document)).toMatchObject({ line: 16 });
  });

  it('catches removed text that the report does not list', () => {
    const document = structuredClone(seed('003'));
    document.removed = document.removed.filter((removed) => removed.reason !== 'page-break-duplicate');
    expect(findLostText(seedText('003'), document)).toMatchObject({ line: 24 });
  });

  it('two fields that begin alike on one line are told apart by what follows (found by the hostile-input harness)', () => {
    // A web page's one-cell table: item (九)'s assignment and the unnumbered `（叁）…` paragraph after it both begin with （.
    const body = ['一、整治重点', '（一）违规仓储整治。（责任单位：区商务局）', '（九）安全隐患排查整治。（责任单位：区商务局、区应急局）', '（叁）其他违反国家规定的行为。'];
    const text = `关于开展整治工作的通知\n\n| |\n| --- |\n| ${body.join('<br>')} |\n`;
    const document = parse(text, { file: 'seeds/x.txt', slug: 'x', script: 'zh-Hans' });
    expect(findLostText(text, document)).toBeUndefined();
  });
});
