import { pinyinSlug } from '../lib/slug.ts';
import { BODY_KINDS, endingOf, namesSeveral } from './body-kinds.ts';
import { readPlaceOfName } from './department-names.ts';
import { ANY_PLACE_FORM, type Jurisdiction, jurisdictionChain, LEVEL_WORDS, placeAtStart, type Places } from './places.ts';
import type { RegistryAgency } from './registry.ts';

/**
 * Where a body named by its form belongs, and its name without the place: a
 * division it begins with, even by its short name (上海城投集团), if that lies
 * in the document's province (市北 of 市北高新集团 in a Shanghai document is no
 * 市北区 of Qingdao); else as any name places itself. `written` is the name
 * with a level word (市, 省) spelled as the place it means.
 */
function placed(places: Places, name: string, documentJurisdiction: string): { jurisdiction: Jurisdiction; rest: string; written: string } {
  const chain = jurisdictionChain(places, documentJurisdiction);
  const province = chain.find((jurisdiction) => jurisdiction.level === 'province');
  const short = readPlaceOfName(places, name, documentJurisdiction, ANY_PLACE_FORM);
  const near = !province || jurisdictionChain(places, short.jurisdiction.id).includes(province);
  const { jurisdiction, rest } = near ? short : readPlaceOfName(places, name, documentJurisdiction);
  const levelWord = LEVEL_WORDS.includes(name.slice(0, name.length - rest.length));
  return { jurisdiction, rest, written: levelWord ? `${jurisdiction.name}${rest}` : name };
}

/**
 * The administrative committee of a development zone or area, a body of the
 * document's jurisdiction or of the place the name begins with: 西咸新区管委会,
 * 北京经济技术开发区管理委员会 (one body however the committee is spelled), and a
 * zone named alone as a doer (经开区, 两江新区). A name that is a division
 * (浦东新区) is that division, not a zone.
 */
export function readZoneCommittee(places: Places, name: string, documentJurisdiction: string): RegistryAgency | undefined {
  const { endings, zoneWords } = BODY_KINDS.zoneCommittees;
  const ending = endingOf(name, endings);
  const zone = ending ? name.slice(0, -ending.length) : endingOf(name, zoneWords) && name;
  if (!zone || namesSeveral(zone)) return undefined;
  if (placeAtStart(places, zone, jurisdictionChain(places, documentJurisdiction), ANY_PLACE_FORM)?.length === zone.length) return undefined;
  const { jurisdiction, rest, written } = placed(places, zone, documentJurisdiction);
  if (!rest) return undefined;
  // One id for every spelling of the committee (管委会, 管理委员会, 管委, or the zone alone), written as its common one.
  const id = `${jurisdiction.id}-${pinyinSlug(`${rest}管委会`)}`;
  return { id, name, fullName: `${written}${endings[0]}`, jurisdiction: jurisdiction.id, type: 'zone-committee', aliases: [name], origin: 'form' };
}

/** A body named by its own name and an ending of its kind, of the document's jurisdiction or the place the name begins with. The ending alone names no body. */
function readNamedBody(places: Places, name: string, documentJurisdiction: string, endings: readonly string[], type: 'enterprise' | 'university' | 'other'): RegistryAgency | undefined {
  const ending = endingOf(name, endings);
  if (!ending || namesSeveral(name)) return undefined;
  const { jurisdiction, rest, written } = placed(places, name, documentJurisdiction);
  if (rest.length <= ending.length) return undefined;
  return { id: `${jurisdiction.id}-${pinyinSlug(rest)}`, name, fullName: written, jurisdiction: jurisdiction.id, type, aliases: [name], origin: 'form' };
}

/** A company or a branch of one: 上海城投集团, 省地方电力有限公司, 市排水集团第四管网运营分公司. */
export function readEnterprise(places: Places, name: string, documentJurisdiction: string): RegistryAgency | undefined {
  return readNamedBody(places, name, documentJurisdiction, BODY_KINDS.enterprises.endings, 'enterprise');
}

/** A university or college: 同济大学, 上海理工大学. */
export function readUniversity(places: Places, name: string, documentJurisdiction: string): RegistryAgency | undefined {
  return readNamedBody(places, name, documentJurisdiction, BODY_KINDS.universities.endings, 'university');
}

/** A leading group, its office or a task force: 市碳达峰碳中和工作领导小组办公室, 区城市更新领导小组. */
export function readWorkingBody(places: Places, name: string, documentJurisdiction: string): RegistryAgency | undefined {
  return readNamedBody(places, name, documentJurisdiction, BODY_KINDS.workingBodies.endings, 'other');
}
