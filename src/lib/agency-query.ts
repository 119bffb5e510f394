import { type FoldMap, tokenize } from './search-text.ts';

/** An agency as the header finder and the search page know it (`/search/agencies.json`). */
export interface FinderAgency {
  id: string;
  url: string;
  name: string;
  fullName: string | null;
  /** Name of its jurisdiction. */
  jurisdiction: string;
  taskCount: number;
  roleCounts: { lead: number; participant: number; responsible: number; guidance: number };
  /** Every name it goes by, as written: short, full, every alias documents use. */
  names: string[];
  /** Lookup keys: the names lower-cased, in pinyin and in pinyin initials. */
  keys: string[];
}

/** Words before a department's name that say which kind of government it belongs to (自治区人社厅, 市科技局). */
const LEVEL_PREFIX = /^(自治区|省|市|区|县|州|盟|旗)/;

/** A name as search compares it: folded to simplified characters, no spaces or marks. */
const folded = (text: string, fold: FoldMap) => tokenize(text, fold).map((token) => token.text).filter((token) => token !== '·').join('');

/**
 * The agencies a query term names: a name it goes by, written alone, with a
 * level word (自治区人社厅), or with its jurisdiction's name
 * (新疆维吾尔自治区人力资源和社会保障厅). Several agencies when the name is
 * shared across jurisdictions (市科技局 of two cities).
 */
export function agenciesNamed(term: string, agencies: readonly FinderAgency[], fold: FoldMap): FinderAgency[] {
  const written = folded(term, fold);
  if (written.length < 2) return [];
  return agencies.filter((agency) => {
    const { place, names } = foldedNames(agency, fold);
    const bare = withoutLevelOf(place, written);
    return names.some((name) => name === bare || written === place + name);
  });
}

/** 市科技局 is a 市's department: a level word counts only for the agency's own kind of jurisdiction. */
function withoutLevelOf(place: string, name: string): string {
  const level = LEVEL_PREFIX.exec(name)?.[1];
  return level && place.endsWith(level) ? name.slice(level.length) : name;
}

/** An agency's jurisdiction and names as queries compare them, folded once per page (a registry holds thousands). */
const foldedCache = new WeakMap<FoldMap, WeakMap<FinderAgency, { place: string; names: string[] }>>();
function foldedNames(agency: FinderAgency, fold: FoldMap): { place: string; names: string[] } {
  const byAgency = foldedCache.get(fold) ?? new WeakMap();
  foldedCache.set(fold, byAgency);
  let entry = byAgency.get(agency);
  if (!entry) {
    const place = folded(agency.jurisdiction, fold);
    entry = { place, names: agency.names.map((name) => withoutLevelOf(place, folded(name, fold))) };
    byAgency.set(agency, entry);
  }
  return entry;
}
