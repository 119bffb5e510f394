import { DIVISION_NAMES, type Division, divisionId, loadDivisions, loadTownsByCounty } from './divisions.ts';

/** A jurisdiction agencies belong to: the country, a division of GB/T 2260, or one the registry adds. */
export interface Jurisdiction {
  id: string;
  name: string;
  level: 'country' | 'province' | 'prefecture' | 'county' | 'township' | 'unknown';
  parent?: string;
  /** GB/T 2260 code; `000000` for the country; none for a jurisdiction of unknown place. */
  code?: string;
  /** A division's name without its ending (北京, 昌吉). */
  shortName?: string;
}

/** How a text writes a division: its full name (昌吉回族自治州), short name and level (昌吉州), or short name alone (昌吉). */
export type PlaceForm = 'full' | 'ending' | 'short';

interface WrittenPlace {
  jurisdiction: Jurisdiction;
  form: PlaceForm;
}

/** Every way of writing a division. */
export const ANY_PLACE_FORM: readonly PlaceForm[] = ['full', 'ending', 'short'];

export const COUNTRY: Jurisdiction = { id: 'cn', name: '全国', level: 'country', code: '000000' };
/** Where a document whose jurisdiction cannot be decided puts the names it uses. */
export const UNKNOWN: Jurisdiction = { id: 'unknown', name: '地区未定', level: 'unknown' };

/** The jurisdictions of China and where their names occur in text. */
export interface Places {
  jurisdictions: Jurisdiction[];
  byId: Map<string, Jurisdiction>;
  byCode: Map<string, Jurisdiction>;
  /** Written forms of a division (包头市, 包头) → the jurisdictions so named. */
  byWrittenName: Map<string, WrittenPlace[]>;
  /** Written forms by first character, longest first, for prefix matching. */
  writtenByFirstChar: Map<string, string[]>;
}

/** The ending a division's short name takes when a document abbreviates it: 昌吉回族自治州 → 昌吉州. */
function abbreviatedEnding(division: Division): string | undefined {
  const ending = division.name.slice(division.shortName.length);
  for (const [, endings] of Object.entries(DIVISION_NAMES.levelWords)) {
    const match = endings.find((candidate) => ending.endsWith(candidate));
    if (match) return match;
  }
  return undefined;
}

/**
 * All of China's jurisdictions: the country, every division of the dataset,
 * and the registry's own. A registry jurisdiction with a `code` takes that
 * division's place (keeping its published id); one without a code hangs
 * under its parent or the country.
 */
export function buildPlaces(registryJurisdictions: Jurisdiction[]): Places {
  const divisions = loadDivisions();
  const curatedByCode = new Map(registryJurisdictions.filter((j) => j.code).map((j) => [j.code!, j]));
  const idOfCode = new Map<string, string>(divisions.map((division) => [division.code, curatedByCode.get(division.code)?.id ?? divisionId(division)]));
  const jurisdictions: Jurisdiction[] = [COUNTRY, UNKNOWN];
  const byWrittenName = new Map<string, WrittenPlace[]>();
  const addWritten = (written: string, jurisdiction: Jurisdiction, form: PlaceForm) => {
    const list = byWrittenName.get(written) ?? [];
    if (!list.some((place) => place.jurisdiction === jurisdiction)) list.push({ jurisdiction, form });
    byWrittenName.set(written, list);
  };
  for (const division of divisions) {
    const curated = curatedByCode.get(division.code);
    const jurisdiction: Jurisdiction = {
      id: idOfCode.get(division.code)!,
      name: division.name,
      level: division.level,
      parent: curated?.parent ?? (division.parent ? idOfCode.get(division.parent) : COUNTRY.id),
      code: division.code,
      shortName: division.shortName,
    };
    jurisdictions.push(jurisdiction);
    addWritten(division.name, jurisdiction, 'full');
    if (division.shortName !== division.name) {
      const ending = abbreviatedEnding(division);
      if (ending) addWritten(division.shortName + ending, jurisdiction, 'ending');
      addWritten(division.shortName, jurisdiction, 'short');
    }
  }
  for (const curated of registryJurisdictions) {
    if (curated.code && idOfCode.has(curated.code)) continue;
    jurisdictions.push({ ...curated, parent: curated.parent ?? COUNTRY.id });
  }
  const byId = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction]));
  for (const jurisdiction of jurisdictions) {
    if (jurisdiction.parent && !byId.has(jurisdiction.parent)) throw new Error(`jurisdiction ${jurisdiction.id}: unknown parent ${jurisdiction.parent}`);
  }
  return {
    jurisdictions,
    byId,
    byCode: new Map(jurisdictions.filter((j) => j.code).map((j) => [j.code!, j])),
    byWrittenName,
    writtenByFirstChar: groupByFirstChar([...byWrittenName.keys()]),
  };
}

function groupByFirstChar(names: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    const list = groups.get(name[0]!) ?? [];
    list.push(name);
    groups.set(name[0]!, list);
  }
  return groups;
}

/** A jurisdiction and the ones above it, nearest first: 昌吉市, 昌吉回族自治州, 新疆, 全国. */
export function jurisdictionChain(places: Places, jurisdictionId: string): Jurisdiction[] {
  const chain: Jurisdiction[] = [];
  for (let current = places.byId.get(jurisdictionId); current; current = current.parent ? places.byId.get(current.parent) : undefined) {
    chain.push(current);
  }
  return chain;
}

/** Is `jurisdiction` `ancestor` or below it? */
function isWithin(places: Places, jurisdiction: Jurisdiction, ancestor: Jurisdiction): boolean {
  return jurisdictionChain(places, jurisdiction.id).includes(ancestor);
}

/**
 * Which of several same-named divisions a document means: the one inside its
 * own jurisdiction, else inside the nearest jurisdiction above it; a name
 * still shared there (朝阳区 of 北京 and of 长春, read in a national document)
 * is undecided.
 */
function nearestOf(places: Places, candidates: Jurisdiction[], scope: Jurisdiction[]): Jurisdiction | undefined {
  if (candidates.length === 1) return candidates[0];
  for (const ancestor of scope) {
    const inside = candidates.filter((candidate) => isWithin(places, candidate, ancestor));
    if (inside.length === 1) return inside[0];
    if (inside.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The division a text begins with, read down the hierarchy as far as it goes
 * (`上海市闵行区人民政府` → 闵行区; `包头市民政局` → 包头市), and how many
 * characters it spans. `scope` (nearest first) settles names several
 * divisions share. `forms` says which ways of writing a division count: a
 * short name alone (大兴) is safe before a department's function (大兴区民政局
 * is also written 大兴民政局), not before any name (大兴机场).
 */
export function placeAtStart(places: Places, text: string, scope: Jurisdiction[], forms: readonly PlaceForm[] = ['full']): { jurisdiction: Jurisdiction; length: number } | undefined {
  let found: { jurisdiction: Jurisdiction; length: number } | undefined;
  let position = 0;
  for (;;) {
    const within = found ? [found.jurisdiction, ...scope] : scope;
    const next = (places.writtenByFirstChar.get(text[position] ?? '') ?? [])
      .filter((written) => text.startsWith(written, position))
      .map((written) => {
        const candidates = places.byWrittenName.get(written)!
          .filter((place) => forms.includes(place.form))
          .map((place) => place.jurisdiction)
          .filter((candidate) => !found || (candidate !== found.jurisdiction && isWithin(places, candidate, found.jurisdiction)));
        return { written, jurisdiction: nearestOf(places, candidates, within) };
      })
      .find((match) => match.jurisdiction);
    if (!next) return found;
    position += next.written.length;
    found = { jurisdiction: next.jurisdiction!, length: position };
  }
}

/** The nearest jurisdiction of a chain whose name ends as a level word says (市 → 包头市; 区 → 闵行区). */
export function jurisdictionOfLevelWord(chain: Jurisdiction[], levelWord: string): Jurisdiction | undefined {
  const endings = DIVISION_NAMES.levelWords[levelWord] ?? [];
  return chain.find((jurisdiction) => jurisdiction.code !== COUNTRY.code && endings.some((ending) => jurisdiction.name.endsWith(ending)));
}

/** The level words, longest first (自治区 before 区). */
export const LEVEL_WORDS = Object.keys(DIVISION_NAMES.levelWords).sort((a, b) => b.length - a.length);

/** The first full division name anywhere in a text, read down the hierarchy (a title's 包头市). */
export function placeInText(places: Places, text: string): Jurisdiction | undefined {
  for (let start = 0; start < text.length; start++) {
    const found = placeAtStart(places, text.slice(start), [COUNTRY]);
    if (found) return found.jurisdiction;
  }
  return undefined;
}

/**
 * The townships (乡, 镇, 街道) of a county, as jurisdictions registered in
 * `places` on first use; ids like a division's (`changxindian-110106011`).
 */
export function townsOf(places: Places, county: Jurisdiction): Jurisdiction[] {
  if (county.level !== 'county' || !county.code) return [];
  return (loadTownsByCounty().get(county.code) ?? []).map((town) => {
    const id = divisionId({ code: town.code, shortName: town.name.replace(/(?:街道|镇|乡)$/, '') || town.name });
    const known = places.byId.get(id);
    if (known) return known;
    const jurisdiction: Jurisdiction = { id, name: town.name, level: 'township', parent: county.id, code: town.code };
    places.byId.set(id, jurisdiction);
    return jurisdiction;
  });
}
