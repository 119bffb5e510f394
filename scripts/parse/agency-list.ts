import type { Agency } from '../model.ts';
import { splitTopLevel, stripSpaces } from './text.ts';

/**
 * Jurisdiction prefixes that a list shares: in `市发改委、商务和工信局`
 * the second agency is 市商务和工信局. `各` distributes the same way
 * (`各乡镇、街道` → 各街道).
 */
const SHARED_PREFIXES = ['市', '州', '县', '縣', '区', '區', '旗', '盟', '省', '各'];

/** Words that begin with a prefix character but are not a prefix (市场 is a market). */
const NOT_A_PREFIX = ['市场', '市場', '区域', '區域', '县域', '縣域', '省份'];

/** Characters that, starting a name, show it already names its own jurisdiction. */
const OWN_JURISDICTION = /^(?:自治区|自治州|中国|中共|国家|國家|新疆|兵团|中央|全国|全國|有关|有關|相关|相關|其他|(?!城市)[\u4e00-\u9fff]{2,6}(?:市|州|县|縣|区|區|省|旗|盟|地区|地區)(?!场|場|域))/;

/** Removes stray spaces and the trailing 等 of `…等参加`; keeps inner parentheses. */
export function normalizeAgencyName(written: string): string {
  return stripSpaces(written)
    .replace(/^[，,、；;。:：]+|[，,、；;。:：]+$/g, '')
    .replace(/^由/, '')
    .replace(/等$/, '');
}

function sharedPrefixOf(name: string): string | undefined {
  if (NOT_A_PREFIX.some((word) => name.startsWith(word))) return undefined;
  return SHARED_PREFIXES.find((prefix) => name.startsWith(prefix) && name.length > prefix.length + 1);
}

function hasOwnJurisdiction(name: string): boolean {
  if (NOT_A_PREFIX.some((word) => name.startsWith(word))) return false;
  return sharedPrefixOf(name) !== undefined || OWN_JURISDICTION.test(name);
}

/**
 * Splits an agency list (`市发改委、商务和工信局，各乡镇、街道`) into agencies.
 * `、` joins a run that shares the first name's jurisdiction prefix; `，` and
 * `；` start a new run.
 */
export function parseAgencyList(list: string): Agency[] {
  const agencies: Agency[] = [];
  for (const run of splitTopLevel(list, '，,；;')) {
    let prefix: string | undefined;
    for (const [index, piece] of splitTopLevel(run.text, '、').entries()) {
      const written = normalizeAgencyName(piece.text);
      if (!written) continue;
      if (index === 0) {
        prefix = sharedPrefixOf(written);
        agencies.push({ name: written });
      } else if (prefix && !hasOwnJurisdiction(written)) {
        agencies.push({ name: prefix + written, written });
      } else {
        agencies.push({ name: written });
      }
    }
  }
  return agencies;
}
