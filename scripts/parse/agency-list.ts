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

/** Last characters that make a name an agency rather than a bare place name. */
const AGENCY_END = /(?:厅|廳|局|委|办|辦|部|院|会|會|室|处|處|所|站|队|隊|行|社|司|中心|政府|公司|企业|企業|单位|單位|署|馆|館|团|團|校|学|學|园区|園區|组|組|法院|海关|海關|协|協|联|聯|大)$/;

/** Where a place name ends and the shared rest of a name begins: `哈密|国家农业科技园区管委会`. */
const SHARED_REST = /(?:国家|國家|自治区|自治區|市|州|县|縣|地区|地區|农业|農業|高新|经济|經濟)/;

function isAgencyLike(name: string): boolean {
  return AGENCY_END.test(name.replace(/[(（][^()（）]*[)）]$/, ''));
}

/**
 * `昌吉、伊犁、哈密国家农业科技园区管委会`: bare place names share the rest of
 * the last name, so the list names three park committees.
 */
function expandBarePlaces(names: string[]): string[] {
  const expanded = [...names];
  for (let index = 0; index < expanded.length; index++) {
    if (isAgencyLike(expanded[index]!) || expanded[index]!.length > 5) continue;
    const full = expanded.slice(index + 1).find((name) => isAgencyLike(name));
    const rest = full ? SHARED_REST.exec(full.slice(2, 6)) : null;
    if (!full || !rest) continue;
    expanded[index] = expanded[index] + full.slice(2 + rest.index);
  }
  return expanded;
}

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
    const pieces = splitTopLevel(run.text, '、').map((piece) => normalizeAgencyName(piece.text)).filter(Boolean);
    for (const [index, written] of expandBarePlaces(pieces).entries()) {
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
