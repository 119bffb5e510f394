import type { BranchNames, NationalAgency } from './national.ts';
import { ANY_PLACE_FORM, type Jurisdiction, jurisdictionChain, jurisdictionOfLevelWord, LEVEL_WORDS, placeAtStart, type Places } from './places.ts';

/** A national body's branch in one place: 中国人民银行北京市分行, 北京证监局, 国网重庆电力. */
export interface BranchReading {
  national: NationalAgency & { branches: BranchNames };
  jurisdiction: Jurisdiction;
  /** The branch's name as the body itself spells it: its first prefix, the place, its first suffix. */
  fullName: string;
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/** The place a text begins with: a division (北京市, 北京) or a level word for the document's own (市, 省). */
function placeAt(places: Places, text: string, chain: Jurisdiction[]): { jurisdiction: Jurisdiction; length: number } | undefined {
  const place = placeAtStart(places, text, chain, ANY_PLACE_FORM);
  if (place) return place;
  const levelWord = LEVEL_WORDS.find((word) => text.startsWith(word));
  const jurisdiction = levelWord && jurisdictionOfLevelWord(chain, levelWord);
  return levelWord && jurisdiction ? { jurisdiction, length: levelWord.length } : undefined;
}

/** Reads a name as a branch of one of the national bodies that have branches, in a document of `documentJurisdiction`. */
export function readBranchName(places: Places, nationals: NationalAgency[], name: string, documentJurisdiction: string): BranchReading | undefined {
  const chain = jurisdictionChain(places, documentJurisdiction);
  for (const national of nationals) {
    const branches = national.branches;
    if (!branches) continue;
    const fullName = (jurisdiction: Jurisdiction) => `${branches.prefixes[0] ?? ''}${(branches.shortPlace && jurisdiction.shortName) || jurisdiction.name}${branches.suffixes[0] ?? branches.forms[0]}`;
    const read = (text: string, endings: string[]) => {
      const place = placeAt(places, text, chain);
      return place && endings.includes(text.slice(place.length)) ? place.jurisdiction : undefined;
    };
    for (const prefix of byLength(branches.prefixes).filter((candidate) => name.startsWith(candidate))) {
      const jurisdiction = read(name.slice(prefix.length), branches.suffixes);
      if (jurisdiction) return { national: { ...national, branches }, jurisdiction, fullName: fullName(jurisdiction) };
    }
    const jurisdiction = read(name, branches.forms);
    if (jurisdiction) return { national: { ...national, branches }, jurisdiction, fullName: fullName(jurisdiction) };
  }
  return undefined;
}
