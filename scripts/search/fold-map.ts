import { Converter } from 'opencc-js';

/** Every traditional or variant form OpenCC knows: standard, Taiwan and Hong Kong. */
const converters = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));

/** CJK Unified Ideographs, Extension A and the compatibility block: where traditional forms live. */
const RANGES: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];

/**
 * The character fold of search, in its compact form (pairs: traditional
 * then simplified). Per character, not per phrase, so folded text keeps the
 * length and positions of the original.
 */
export function buildFoldPairs(): string {
  const pairs: string[] = [];
  for (const [first, last] of RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      for (const convert of converters) {
        const simplified = convert(char);
        if (simplified !== char && [...simplified].length === 1) {
          pairs.push(char + simplified);
          break;
        }
      }
    }
  }
  return pairs.join('');
}
