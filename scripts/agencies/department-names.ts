import { DEPARTMENT_FUNCTIONS, type DepartmentFunction } from '../parse/agency-vocabulary.ts';
import { ANY_PLACE_FORM, COUNTRY, type Jurisdiction, jurisdictionChain, jurisdictionOfLevelWord, LEVEL_WORDS, placeAtStart, type PlaceForm, type Places, townsOf, UNKNOWN } from './places.ts';

/** A department name read as a jurisdiction's department of one function. */
export interface DepartmentReading {
  jurisdiction: Jurisdiction;
  functionId: string;
  /** The name without its place: 民政局 of 市民政局, 科委 of 上海市科委. */
  departmentName: string;
  /** Built from the jurisdiction and the function: 包头市民政局, 中共包头市委员会组织部. */
  fullName: string;
}

interface FunctionMatch {
  row: DepartmentFunction;
  /** The full form after the place: 民政局, 科学技术委员会, 委员会组织部. */
  fullForm: string;
  provinceOnly: boolean;
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const SUFFIXES = byLength(DEPARTMENT_FUNCTIONS.suffixes);
/** Function words by Party-ness: 金融 is a government word (金融局) and a Party one (委金融办) of different rows. */
const wordsOf = (party: boolean) => {
  const rows = DEPARTMENT_FUNCTIONS.functions.filter((row) => Boolean(row.party) === party);
  return { words: byLength(rows.flatMap((row) => row.words ?? [])), rowOfWord: new Map(rows.flatMap((row) => (row.words ?? []).map((word): [string, DepartmentFunction] => [word, row]))) };
};
const GOVERNMENT_WORDS = wordsOf(false);
const PARTY_WORDS = wordsOf(true);

/** 民政局, 科委, 委组织部, 委员会办公厅, 人民政府, 委 (a Party committee): what comes after the place, read as a function. */
function readFunction(rest: string): FunctionMatch | undefined {
  const partyWord = /^委(?:员会)?/.exec(rest)?.[0];
  const party = partyWord !== undefined;
  const body = party ? rest.slice(partyWord.length) : rest;
  // A Party department's full form follows the committee's: 中共包头市委员会组织部.
  const committee = party ? '委员会' : '';
  // 市政府外办: a department named as the government's (政府外办 is the 外办).
  const department = party ? body : body.replace(/^(?:人民)?政府(?=.)/, '');
  for (const row of DEPARTMENT_FUNCTIONS.functions) {
    const full = Boolean(row.party) === party ? (row.names?.[body] ?? row.names?.[department]) : undefined;
    if (full !== undefined) return { row, fullForm: committee + full, provinceOnly: false };
  }
  const { words, rowOfWord } = party ? PARTY_WORDS : GOVERNMENT_WORDS;
  for (const word of words.filter((candidate) => department.startsWith(candidate))) {
    const suffix = SUFFIXES.find((candidate) => department.length === word.length + candidate.length && department.endsWith(candidate));
    const row = rowOfWord.get(word)!;
    if (!suffix || (DEPARTMENT_FUNCTIONS.partySuffixes.includes(suffix) && !party)) continue;
    const fullForm = committee + (row.full ?? row.words![0]! + (DEPARTMENT_FUNCTIONS.fullSuffixes[suffix] ?? suffix));
    return { row, fullForm, provinceOnly: DEPARTMENT_FUNCTIONS.provinceSuffixes.includes(suffix) };
  }
  return undefined;
}

function reading(jurisdiction: Jurisdiction, departmentName: string, match: FunctionMatch, party: boolean): DepartmentReading | undefined {
  if (jurisdiction.code === COUNTRY.code || jurisdiction.level === 'unknown') return undefined;
  if (match.provinceOnly && jurisdiction.level !== 'province') return undefined;
  const fullForm = match.fullForm.includes('{place}') ? match.fullForm.replace('{place}', jurisdiction.name) : jurisdiction.name + match.fullForm;
  return { jurisdiction, functionId: match.row.id, departmentName, fullName: (party || match.row.party ? '中共' : '') + fullForm };
}

/**
 * Reads a department name as written in a document of `documentJurisdiction`:
 * a place (包头市民政局, 昌吉州科技局), a level word meaning the document's own
 * division of that kind (市民政局 → the nearest 市; 自治区人社厅), or nothing
 * (民政局 → the document's own jurisdiction; 财政厅 → its province), then a
 * function of the standard government. Names no function explains, and national
 * bodies, read as nothing.
 */
export function readDepartmentName(places: Places, name: string, documentJurisdiction: string): DepartmentReading | undefined {
  return readOwnDepartment(places, name, documentJurisdiction) ?? readDepartmentBranch(places, name, documentJurisdiction) ?? readTownName(places, name, documentJurisdiction);
}

/**
 * A township of the document's county, or of a county the name begins with:
 * 王佐镇, 长辛店街道办事处, 王佐镇人民政府 are that township's government.
 */
function readTownName(places: Places, name: string, documentJurisdiction: string): DepartmentReading | undefined {
  const chain = jurisdictionChain(places, documentJurisdiction);
  const place = placeAtStart(places, name, chain, ['full', 'ending']);
  const named = place?.jurisdiction.level === 'county' ? place : undefined;
  const county = named?.jurisdiction ?? chain.find((jurisdiction) => jurisdiction.level === 'county');
  const text = named ? name.slice(named.length) : name;
  const townName = /^(.+?(?:街道|镇|乡))(?:人民政府|政府|办事处)?$/.exec(text)?.[1];
  const town = county && townName ? townsOf(places, county).find((candidate) => candidate.name === townName) : undefined;
  return town && { jurisdiction: town, functionId: 'government', departmentName: text, fullName: `${town.name}${town.name.endsWith('街道') ? '办事处' : '人民政府'}` };
}

/**
 * A city department's 分局 in one of its districts, which is that district's
 * department of the function: 市规划自然资源委丰台分局, 公安丰台分局 and
 * 丰台运管分局 are 丰台区's planning, police and transport authorities.
 */
function readDepartmentBranch(places: Places, name: string, documentJurisdiction: string): DepartmentReading | undefined {
  const text = /^(.+)分局$/.exec(name)?.[1];
  if (!text) return undefined;
  const chain = jurisdictionChain(places, documentJurisdiction);
  const department = (written: string) => readOwnDepartment(places, written, documentJurisdiction) ?? readOwnDepartment(places, `${written}局`, documentJurisdiction);
  const branchOf = (parent: DepartmentReading, place: Jurisdiction, written: string): DepartmentReading | undefined =>
    jurisdictionChain(places, place.id).includes(parent.jurisdiction)
      ? { jurisdiction: place, functionId: parent.functionId, departmentName: written, fullName: place === parent.jurisdiction ? parent.fullName : `${parent.fullName}${place.name}分局` }
      : undefined;
  for (let split = text.length - 1; split > 0; split--) {
    const named = places.byWrittenName.get(text.slice(split));
    const parent = named && department(text.slice(0, split));
    const place = parent && named.map((written) => written.jurisdiction).find((candidate) => jurisdictionChain(places, candidate.id).includes(parent.jurisdiction));
    const reading = parent && place && branchOf(parent, place, name);
    if (reading) return reading;
  }
  const place = placeAtStart(places, text, chain, ANY_PLACE_FORM);
  const parent = place && department(text.slice(place.length));
  return parent && place ? branchOf(parent, place.jurisdiction, name) : undefined;
}

function readOwnDepartment(places: Places, name: string, documentJurisdiction: string): DepartmentReading | undefined {
  const party = name.startsWith('中共');
  // 团市委 is the Youth League committee of the 市: read it as 市团委.
  const text = (party ? name.slice(2) : name).replace(new RegExp(`^团(${LEVEL_WORDS.join('|')})委$`), '$1团委');
  const chain = jurisdictionChain(places, documentJurisdiction);
  const place = placeAtStart(places, text, chain, ANY_PLACE_FORM);
  if (place) {
    const rest = text.slice(place.length);
    const match = readFunction(rest);
    if (match) return reading(place.jurisdiction, rest, match, party);
  }
  for (const levelWord of LEVEL_WORDS.filter((word) => text.startsWith(word))) {
    const rest = text.slice(levelWord.length);
    const match = readFunction(rest);
    const jurisdiction = match && jurisdictionOfLevelWord(chain, levelWord);
    if (match && jurisdiction) return reading(jurisdiction, rest, match, party);
  }
  const match = readFunction(text);
  if (!match) return undefined;
  const own = match.provinceOnly ? chain.find((jurisdiction) => jurisdiction.level === 'province') : chain[0];
  return own && reading(own, text, match, party);
}

/**
 * Where a name places itself, whatever follows: a division it begins with
 * (包头市合作交流办 → 包头市), a level word (市合作交流办 → the document's 市),
 * else the document's own jurisdiction; and the rest of the name. `forms`
 * says how the division may be written: a short name alone (上海城投集团) only
 * where the rest of the name is known to be a body's.
 */
export function readPlaceOfName(places: Places, written: string, documentJurisdiction: string, forms: readonly PlaceForm[] = ['full', 'ending']): { jurisdiction: Jurisdiction; rest: string } {
  const name = written.replace(/^中共/, '');
  const chain = jurisdictionChain(places, documentJurisdiction);
  const place = placeAtStart(places, name, chain, forms);
  if (place && place.length < name.length) return { jurisdiction: place.jurisdiction, rest: name.slice(place.length) };
  // 市场 is a word, not 市 + 场.
  const levelWord = LEVEL_WORDS.find((word) => name.startsWith(word) && name.length > word.length && !name.startsWith('市场'));
  const jurisdiction = levelWord && jurisdictionOfLevelWord(chain, levelWord);
  if (levelWord && jurisdiction) return { jurisdiction, rest: name.slice(levelWord.length) };
  return { jurisdiction: chain[0] ?? UNKNOWN, rest: name };
}

/** The function a word of the function table names (生态环境 → ecology-environment), for names that say a department without its place. */
export function functionOfWord(word: string): string | undefined {
  return GOVERNMENT_WORDS.rowOfWord.get(word)?.id;
}

/** The longest function word a name contains, to suggest what an unrecognized name may be (`科技成果转化中心` → science-technology). */
export function functionNamedIn(name: string): { functionId: string; word: string } | undefined {
  const word = GOVERNMENT_WORDS.words.find((candidate) => name.includes(candidate));
  return word ? { functionId: GOVERNMENT_WORDS.rowOfWord.get(word)!.id, word } : undefined;
}
