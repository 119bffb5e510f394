import { z } from 'zod';
import { toSimplified } from '../lib/chinese-script.ts';
import { parseYamlData } from '../lib/yaml-data.ts';
import { DEPARTMENT_FUNCTIONS } from '../parse/agency-vocabulary.ts';
import { stripSpaces } from '../parse/text.ts';
import { readDepartmentName, readPlaceOfName } from './department-names.ts';
import { readBranchName } from './branches.ts';
import { readClassName } from './classes.ts';
import { readEnterprise, readUniversity, readWorkingBody, readZoneCommittee } from './named-bodies.ts';
import { loadNationalAgencies, type NationalAgency } from './national.ts';
import { buildPlaces, COUNTRY, type Jurisdiction, jurisdictionChain, type Places } from './places.ts';
import { type AgencyType, agencyTypes, slugId } from './schema.ts';

export const jurisdictionSchema = z.object({
  id: slugId,
  name: z.string().min(1),
  level: z.enum(['country', 'province', 'prefecture', 'county', 'township', 'unknown']),
  parent: slugId.optional(),
  code: z.string().regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code such as 652301').optional(),
});

const curatedAgencySchema = z.object({
  id: slugId,
  name: z.string().min(1),
  fullName: z.string().min(1),
  jurisdiction: slugId,
  type: z.enum(agencyTypes),
  aliases: z.array(z.string().min(1)).min(1),
  successors: z.array(slugId).optional(),
});

export const groupSchema = z.object({
  id: slugId,
  name: z.string().min(1),
  jurisdiction: slugId,
  aliases: z.array(z.string().min(1)).min(1),
});

export const registrySchema = z.object({
  jurisdictions: z.array(jurisdictionSchema),
  agencies: z.array(curatedAgencySchema),
  groups: z.array(groupSchema),
});

export type RegistryGroup = z.infer<typeof groupSchema>;
export type { Jurisdiction };

/**
 * Where an agency entry comes from: kept by hand in content/agencies.yaml,
 * the national data, built from a jurisdiction and a department function or
 * from a national body's branch in a place, read from the form of its name as
 * a body of one of data/body-kinds.yaml's kinds, or a name nothing recognizes
 * (shown as 未核实).
 */
export type AgencyOrigin = 'curated' | 'national' | 'function' | 'branch' | 'form' | 'unverified';

export interface RegistryAgency {
  id: string;
  name: string;
  fullName: string;
  jurisdiction: string;
  type: AgencyType;
  aliases: string[];
  origin: AgencyOrigin;
  since?: number;
  until?: number;
  successors?: string[];
  /** The body a division belongs to: 广州市卫生健康委员会 of its 医政处. */
  parent?: string;
}

export interface Resolved {
  id: string;
  kind: 'agency' | 'group';
  /** An entry the registry built for this name (a jurisdiction's department); the caller collects it. */
  built?: RegistryAgency;
}

/** Folds a name for lookup: no spaces, simplified script. */
export function aliasKey(name: string): string {
  return toSimplified(stripSpaces(name));
}

/** The registry: what content/agencies.yaml keeps by hand, the national agencies, and every jurisdiction of China. */
export interface Registry {
  places: Places;
  /** The hand-kept and the national agencies. */
  agencies: RegistryAgency[];
  groups: RegistryGroup[];
  /** (jurisdiction, alias) → hand-kept agency or group. */
  byAlias: Map<string, Resolved>;
  /** alias → national agency id. */
  nationalByAlias: Map<string, string>;
  /** (jurisdiction, function) → the hand-kept agency that is that department. */
  functionSlots: Map<string, string>;
  /** The national bodies whose local branches documents name. */
  branchingBodies: NationalAgency[];
  /** Names already resolved, by (jurisdiction, name as written). */
  resolved: Map<string, Resolved | null>;
}

const key = (jurisdiction: string, name: string) => `${jurisdiction}\u0000${name}`;
/** A name and its other name in brackets: 市委统战部（市政府侨办）. */
const BRACKETED = /^(.+?)[（(<〈][^（）()<>〈〉]+[）)>〉]$/;

const TYPE_OF_FUNCTION = new Map(DEPARTMENT_FUNCTIONS.functions.map((row): [string, AgencyType] => [row.id, row.type ?? (row.party ? 'party' : 'government')]));

/** Parses and checks the hand-kept registry file and joins it to the national data and China's divisions; problems name the entry at fault. */
export function loadRegistry(yamlText: string, file = 'content/agencies.yaml'): Registry {
  const data = parseYamlData(yamlText, registrySchema, file);
  const places = buildPlaces(data.jurisdictions);
  const national = loadNationalAgencies();
  const agencies: RegistryAgency[] = [
    ...data.agencies.map((agency): RegistryAgency => ({ ...agency, origin: 'curated' })),
    ...national.map(({ category: _category, administeredBy: _administeredBy, branches: _branches, ...agency }): RegistryAgency => ({ ...agency, jurisdiction: COUNTRY.id, origin: 'national' })),
  ];
  const byAlias = new Map<string, Resolved>();
  const nationalByAlias = new Map<string, string>();
  const functionSlots = new Map<string, string>();
  const ids = new Set<string>();
  const entries: [RegistryAgency | RegistryGroup, Resolved['kind']][] = [
    ...agencies.map((agency): [RegistryAgency, 'agency'] => [agency, 'agency']),
    ...data.groups.map((group): [RegistryGroup, 'group'] => [group, 'group']),
  ];
  for (const [entry, kind] of entries) {
    if (ids.has(entry.id)) throw new Error(`${file}: duplicate id ${entry.id}`);
    ids.add(entry.id);
    if (!places.byId.has(entry.jurisdiction)) throw new Error(`${file}: ${entry.id}: unknown jurisdiction ${entry.jurisdiction}`);
    const national = 'origin' in entry && entry.origin === 'national';
    const names = [entry.name, ...('fullName' in entry && national ? [entry.fullName] : []), ...entry.aliases];
    for (const alias of new Set(names.map(aliasKey))) {
      if (national) {
        const known = nationalByAlias.get(alias);
        if (known && known !== entry.id) throw new Error(`scripts/agencies/data/national-agencies.yaml: alias "${alias}" names both ${known} and ${entry.id}`);
        nationalByAlias.set(alias, entry.id);
        continue;
      }
      const known = byAlias.get(key(entry.jurisdiction, alias));
      if (known && known.id !== entry.id) throw new Error(`${file}: alias "${alias}" names both ${known.id} and ${entry.id} in ${entry.jurisdiction}`);
      byAlias.set(key(entry.jurisdiction, alias), { id: entry.id, kind });
    }
  }
  for (const agency of agencies.filter((candidate) => candidate.origin === 'curated')) {
    for (const name of [agency.name, agency.fullName, ...agency.aliases]) {
      const reading = readDepartmentName(places, aliasKey(name), agency.jurisdiction);
      if (reading?.jurisdiction.id === agency.jurisdiction) functionSlots.set(key(agency.jurisdiction, reading.functionId), agency.id);
    }
  }
  for (const agency of agencies) {
    for (const successor of agency.successors ?? []) {
      if (!ids.has(successor)) throw new Error(`${file}: ${agency.id}: unknown successor ${successor}`);
    }
  }
  return { places, agencies, groups: data.groups, byAlias, nationalByAlias, functionSlots, branchingBodies: national.filter((agency) => agency.branches), resolved: new Map() };
}

/**
 * Resolves a name as written in a document of `jurisdictionId`, in this order:
 * - a hand-kept alias of the document's jurisdiction or one above it
 *   (市科技局 in a 昌吉市 plan is 昌吉市科技局; 科技厅 in an autonomous-region notice is 自治区科技厅);
 * - a department of a jurisdiction by function (市民政局 in a 包头市 document is
 *   包头市民政局), which is the hand-kept entry for that department if there is one;
 * - a national body's branch in a place (中国人民银行北京市分行, 北京证监局);
 * - a national agency (国家发展改革委, and in a national document 发展改革委).
 * A name none of these knows resolves to nothing (`resolveByForm` may still read it).
 */
export function resolveAgencyName(registry: Registry, name: string, jurisdictionId: string): Resolved | undefined {
  // Documents repeat the same names hundreds of times; a name's reading in a jurisdiction never changes within a build.
  const cacheKey = key(jurisdictionId, name);
  if (registry.resolved.has(cacheKey)) return registry.resolved.get(cacheKey) ?? undefined;
  const found = resolveUncached(registry, name, jurisdictionId);
  registry.resolved.set(cacheKey, found ?? null);
  return found;
}

function resolveUncached(registry: Registry, name: string, jurisdictionId: string): Resolved | undefined {
  const alias = aliasKey(name);
  for (const jurisdiction of jurisdictionChain(registry.places, jurisdictionId)) {
    const found = registry.byAlias.get(key(jurisdiction.id, alias));
    if (found) return found;
  }
  // A name with its other name in brackets (市委统战部（市政府侨办）) is the body its first name is.
  const bracketed = BRACKETED.exec(alias)?.[1];
  if (bracketed) {
    const found = resolveAgencyName(registry, bracketed, jurisdictionId);
    if (found) return found;
  }
  // A place and a name the hand-kept registry knows there: 新疆维吾尔自治区质监局 is 质监局 of 新疆.
  const { jurisdiction: named, rest } = readPlaceOfName(registry.places, alias, jurisdictionId);
  const curatedThere = rest !== alias ? registry.byAlias.get(key(named.id, rest)) : undefined;
  if (curatedThere) return curatedThere;
  // A body with two names (市科委、中关村管委会) is the agency its first recognized name is.
  if (alias.includes('、')) {
    for (const part of alias.split('、')) {
      const found = resolveAgencyName(registry, part, jurisdictionId);
      if (found) return found;
    }
  }
  const reading = readDepartmentName(registry.places, alias, jurisdictionId);
  if (reading) {
    const slot = registry.functionSlots.get(key(reading.jurisdiction.id, reading.functionId));
    if (slot) return { id: slot, kind: 'agency' };
    const id = `${reading.jurisdiction.id}-${reading.functionId}`;
    return {
      id,
      kind: 'agency',
      built: {
        id,
        name: reading.jurisdiction.name + reading.departmentName,
        fullName: reading.fullName,
        jurisdiction: reading.jurisdiction.id,
        type: TYPE_OF_FUNCTION.get(reading.functionId)!,
        aliases: [name],
        origin: 'function',
      },
    };
  }
  const branch = readBranchName(registry.places, registry.branchingBodies, alias, jurisdictionId);
  if (branch) {
    const id = `${branch.jurisdiction.id}-${branch.national.id}`;
    return {
      id,
      kind: 'agency',
      built: { id, name, fullName: branch.fullName, jurisdiction: branch.jurisdiction.id, type: 'central-branch', aliases: [name], origin: 'branch' },
    };
  }
  const national = registry.nationalByAlias.get(alias);
  return national && (isCentralName(alias) || !isSubNational(registry.places, jurisdictionId)) ? { id: national, kind: 'agency' } : undefined;
}

/**
 * A name no entry, function, branch or national body knows, read as a body of
 * a kind its form says: a zone's 管委会, an enterprise, a university, a leading
 * group or task force, a class of bodies
 * (省级生态环境主管部门). Not for names the parser marks as groups (有关部门):
 * a group is no body.
 */
export function resolveByForm(registry: Registry, name: string, jurisdictionId: string): Resolved | undefined {
  // As in resolveAgencyName, a name with its other name in brackets (街镇（园区）) is read by its first name.
  const alias = aliasKey(name).replace(BRACKETED, '$1');
  const ofKind = readZoneCommittee(registry.places, alias, jurisdictionId) ?? readEnterprise(registry.places, alias, jurisdictionId) ?? readUniversity(registry.places, alias, jurisdictionId) ?? readWorkingBody(registry.places, alias, jurisdictionId) ?? readClassName(registry.places, alias, jurisdictionId);
  return ofKind && { id: ofKind.id, kind: 'agency', built: { ...ofKind, aliases: [name] } };
}

/**
 * Does a name say it is central, wherever it is written? 国家统计局, 财政部,
 * 市场监管总局, 证监会 do; 统计局 and 港澳办 name the document's own body in a
 * provincial or city document and the national one only in a national document.
 */
function isCentralName(alias: string): boolean {
  return /^(?:国家|国务院|中共中央|中央|全国|中国)/.test(alias) || !/(?:局|委|办|厅|办公室)$/.test(alias) || /总局$/.test(alias);
}

function isSubNational(places: Places, jurisdictionId: string): boolean {
  const level = places.byId.get(jurisdictionId)?.level;
  return level !== undefined && level !== 'country' && level !== 'unknown';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known alias in reach of the document (its jurisdictions' and the national ones), to suggest for an unknown name. */
export function suggestAlias(registry: Registry, name: string, jurisdictionId: string): string | undefined {
  const alias = aliasKey(name);
  const reachable = new Set(jurisdictionChain(registry.places, jurisdictionId).map((jurisdiction) => jurisdiction.id));
  const candidates = [
    ...[...registry.byAlias.keys()].map((entry) => entry.split('\u0000') as [string, string]).filter(([jurisdiction]) => reachable.has(jurisdiction)).map(([, candidate]) => candidate),
    ...registry.nationalByAlias.keys(),
  ];
  let best: [string, number] | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(alias, candidate);
    if (!best || distance < best[1]) best = [candidate, distance];
  }
  return best && best[1] <= Math.max(2, alias.length / 2) ? best[0] : undefined;
}
