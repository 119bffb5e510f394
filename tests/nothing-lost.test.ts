import { describe, expect, it } from 'vitest';
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
});
