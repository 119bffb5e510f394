import { pinyinSlug } from '../lib/slug.ts';
import { BODY_KINDS, endingOf, namesSeveral } from './body-kinds.ts';
import { functionOfWord } from './department-names.ts';
import { DIVISION_NAMES } from './divisions.ts';
import { COUNTRY, type Jurisdiction, jurisdictionChain, jurisdictionOfLevelWord, type Places } from './places.ts';
import type { RegistryAgency } from './registry.ts';

type ClassLevel = keyof BodyKindsLevels | 'all';
type BodyKindsLevels = typeof BODY_KINDS.classes.levels;

const CLASSES = BODY_KINDS.classes;
/** Levels from the top: a class is of a level below the document's own. */
const DEPTH: Record<string, number> = { country: 0, province: 1, prefecture: 2, county: 3, township: 4 };
const longestFirst = (list: [string, ClassLevel][]) => list.sort((a, b) => b[0].length - a[0].length);
/** "Each of this level" words and the level each says. */
const LEVEL_WORDS = longestFirst([
  ...Object.entries(CLASSES.levels).flatMap(([level, words]) => words.map((word): [string, ClassLevel] => [word, level as ClassLevel])),
  ...CLASSES.allLevels.map((word): [string, ClassLevel] => [word, 'all']),
]);
/** Division level words (区, 县, 市) and the level of division each names. */
const DIVISION_LEVEL_WORDS = longestFirst(Object.entries(DIVISION_NAMES.levels).flatMap(([level, words]) => words.map((word): [string, ClassLevel] => [word, level as ClassLevel])));

/** What bodies of the level a class is: their governments, their departments of one function, or bodies named so. */
interface ClassWhat {
  key: string;
  name: string;
}

/**
 * `named`: the level was written (省级, 区), so a name the function table does
 * not know (养老服务指导单位) is still one kind of body; without it (财政部门 in
 * a national document) only a function is.
 */
function readWhat(rest: string, level: ClassLevel, named: boolean): ClassWhat | undefined {
  // 街道, 镇, 街镇 alone are the townships' own administrations.
  if (rest === '' ? level === 'township' : CLASSES.governments.includes(rest)) return { key: 'government', name: level === 'township' ? '' : '人民政府' };
  const ending = endingOf(rest, CLASSES.departments);
  if (!ending) return undefined;
  const word = rest.slice(0, -ending.length);
  if (word === '') return { key: 'departments', name: '部门' };
  const functionId = functionOfWord(word);
  if (functionId) return { key: functionId, name: `${word}部门` };
  return named && !namesSeveral(word) ? { key: pinyinSlug(rest), name: rest } : undefined;
}

/** The level a name begins by naming, and the rest: 省级…, 地方各级…, 属地街道, 区… below a city's document. */
function readLevel(text: string, scope: Jurisdiction, chain: Jurisdiction[]): { level: ClassLevel; rest: string; named: boolean; label?: string } | undefined {
  const local = CLASSES.local.find((word) => text.startsWith(word));
  if (local) {
    const township = readLevel(text.slice(local.length), scope, chain);
    return township?.level === 'township' ? township : undefined;
  }
  const found = LEVEL_WORDS.find(([word]) => text.startsWith(word));
  if (found) return { level: found[1], rest: text.slice(found[0].length), named: true };
  // 区民政部门 in a city's document: no 区 above it, so each of the city's districts.
  const division = DIVISION_LEVEL_WORDS.find(([word]) => text.startsWith(word) && !text.startsWith('市场'));
  if (division && !jurisdictionOfLevelWord(chain, division[0])) return { level: division[1], rest: text.slice(division[0].length), named: true, label: division[0] };
  // 财政部门 in a national document: each place's.
  return scope.id === COUNTRY.id ? { level: 'all', rest: text, named: false } : undefined;
}

/**
 * A name that means every body of one level and function, not one body:
 * 省级生态环境主管部门 and 6个省份能源主管部门 in a national document, 区民政部门
 * in a city's, 镇人民政府 and 街道办事处 in a district's. One entry per
 * (document's jurisdiction, level, function): 上海市各区民政部门,
 * 各省级生态环境主管部门. Read only where no single body answers the name.
 */
export function readClassName(places: Places, name: string, documentJurisdiction: string): RegistryAgency | undefined {
  const chain = jurisdictionChain(places, documentJurisdiction);
  const scope = chain[0];
  if (!scope || scope.level === 'unknown') return undefined;
  // 6个省份: a count of the level's bodies is still each of them.
  const level = readLevel(name.replace(/^\d+个/, ''), scope, chain);
  if (!level || (level.level !== 'all' && DEPTH[level.level]! <= DEPTH[scope.level]!)) return undefined;
  const what = readWhat(level.rest, level.level, level.named);
  if (!what) return undefined;
  const label = level.label ?? CLASSES.labels[level.level];
  return {
    id: `${scope.id}-each-${level.level}-${what.key}`,
    name,
    fullName: `${scope.id === COUNTRY.id ? '' : scope.name}${level.level === 'all' ? '' : '各'}${label}${what.name}`,
    jurisdiction: scope.id,
    type: 'class',
    aliases: [name],
    origin: 'form',
  };
}
