import { Converter } from 'opencc-js';
import type { Script } from '../model.ts';

/** Traditional (Taiwan, Hong Kong or OpenCC standard) to mainland simplified. */
export const toSimplified = Converter({ from: 't', to: 'cn' });
export const toTraditional = Converter({ from: 'cn', to: 't' });

/** How many Han characters the script is judged on. */
const SAMPLE_SIZE = 20000;
/** Share of Han characters that change under conversion above which a text is traditional. */
const TRADITIONAL_SHARE = 0.04;

/** Tells simplified from traditional text by how much conversion to simplified changes it. */
export function detectScript(text: string): Script {
  // The first characters decide; collecting every Han character of a 50 MB text would hold millions of strings.
  const han: string[] = [];
  for (const match of text.matchAll(/\p{Script=Han}/gu)) if (han.push(match[0]) >= SAMPLE_SIZE) break;
  if (han.length === 0) return 'zh-Hans';
  const sample = han.join('');
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let index = 0; index < sample.length; index++) if (sample[index] !== simplified[index]) changed++;
  return changed / sample.length > TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
