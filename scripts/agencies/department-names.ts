import { DEPARTMENT_FUNCTIONS, type DepartmentFunction } from '../parse/agency-vocabulary.ts';
import { COUNTRY, type Jurisdiction, jurisdictionChain, jurisdictionOfLevelWord, LEVEL_WORDS, placeAtStart, type Places, UNKNOWN } from './places.ts';

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
const WORDS = byLength(DEPARTMENT_FUNCTIONS.functions.flatMap((row) => row.words ?? []));
const ROW_OF_WORD = new Map(DEPARTMENT_FUNCTIONS.functions.flatMap((row) => (row.words ?? []).map((word): [string, DepartmentFunction] => [word, row])));

/** 民政局, 科委, 委组织部, 委员会办公厅, 人民政府, 委 (a Party committee): what comes after the place, read as a function. */
function readFunction(rest: string): FunctionMatch | undefined {
  const partyWord = /^委(?:员会)?/.exec(rest)?.[0];
  const party = partyWord !== undefined;
  const body = party ? rest.slice(partyWord.length) : rest;
  for (const row of DEPARTMENT_FUNCTIONS.functions) {
    if (Boolean(row.party) !== party || !row.names) continue;
    const full = row.names[body];
    if (full !== undefined) return { row, fullForm: full, provinceOnly: false };
  }
  for (const word of WORDS.filter((candidate) => body.startsWith(candidate))) {
    const suffix = SUFFIXES.find((candidate) => body.length === word.length + candidate.length && body.endsWith(candidate));
    const row = ROW_OF_WORD.get(word)!;
    if (!suffix || Boolean(row.party) !== party) continue;
    if (DEPARTMENT_FUNCTIONS.partySuffixes.includes(suffix) && !row.party) continue;
    const fullForm = (party ? '委员会' : '') + (row.full ?? row.words![0]! + (DEPARTMENT_FUNCTIONS.fullSuffixes[suffix] ?? suffix));
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
  const party = name.startsWith('中共');
  // 团市委 is the Youth League committee of the 市: read it as 市团委.
  const text = (party ? name.slice(2) : name).replace(new RegExp(`^团(${LEVEL_WORDS.join('|')})委$`), '$1团委');
  const chain = jurisdictionChain(places, documentJurisdiction);
  const place = placeAtStart(places, text, chain, true);
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
 * else the document's own jurisdiction; and the rest of the name.
 */
export function readPlaceOfName(places: Places, written: string, documentJurisdiction: string): { jurisdiction: Jurisdiction; rest: string } {
  const name = written.replace(/^中共/, '');
  const chain = jurisdictionChain(places, documentJurisdiction);
  const place = placeAtStart(places, name, chain, true);
  if (place && place.length < name.length) return { jurisdiction: place.jurisdiction, rest: name.slice(place.length) };
  // 市场 is a word, not 市 + 场.
  const levelWord = LEVEL_WORDS.find((word) => name.startsWith(word) && name.length > word.length && !name.startsWith('市场'));
  const jurisdiction = levelWord && jurisdictionOfLevelWord(chain, levelWord);
  if (levelWord && jurisdiction) return { jurisdiction, rest: name.slice(levelWord.length) };
  return { jurisdiction: chain[0] ?? UNKNOWN, rest: name };
}

/** The longest function word a name contains, to suggest what an unrecognized name may be (`科技成果转化中心` → science-technology). */
export function functionNamedIn(name: string): { functionId: string; word: string } | undefined {
  const word = WORDS.find((candidate) => name.includes(candidate));
  return word ? { functionId: ROW_OF_WORD.get(word)!.id, word } : undefined;
}
