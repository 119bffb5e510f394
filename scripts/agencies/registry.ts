import { parseYamlData } from '../lib/yaml-data.ts';
import { z } from 'zod';
import { toSimplified } from '../lib/chinese-script.ts';
import { stripSpaces } from '../parse/text.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII id such as xj-science-technology-department');

export const jurisdictionSchema = z.object({
  id,
  name: z.string().min(1),
  level: z.enum(['country', 'province', 'prefecture', 'county', 'unknown']),
  parent: id.optional(),
});

export const agencySchema = z.object({
  id,
  name: z.string().min(1),
  fullName: z.string().min(1),
  jurisdiction: id,
  type: z.enum(['government', 'party', 'legislature-court', 'central-branch', 'enterprise', 'university', 'research', 'mass-organization', 'other']),
  aliases: z.array(z.string().min(1)).min(1),
});

export const groupSchema = z.object({
  id,
  name: z.string().min(1),
  jurisdiction: id,
  aliases: z.array(z.string().min(1)).min(1),
});

export const registrySchema = z.object({
  jurisdictions: z.array(jurisdictionSchema),
  agencies: z.array(agencySchema),
  groups: z.array(groupSchema),
});

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type RegistryAgency = z.infer<typeof agencySchema>;
export type RegistryGroup = z.infer<typeof groupSchema>;
export type RegistryData = z.infer<typeof registrySchema>;

export interface Resolved {
  id: string;
  kind: 'agency' | 'group';
}

/** Folds a name for lookup: no spaces, simplified script. */
export function aliasKey(name: string): string {
  return toSimplified(stripSpaces(name));
}

/** The registry with its alias index: (jurisdiction, alias) → entry. */
export interface Registry extends RegistryData {
  byAlias: Map<string, Resolved>;
  jurisdictionById: Map<string, Jurisdiction>;
}

/** Parses and checks the registry file; problems name the entry at fault. */
export function loadRegistry(yamlText: string, file = 'content/agencies.yaml'): Registry {
  const data = parseYamlData(yamlText, registrySchema, file);
  const jurisdictionById = new Map(data.jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction]));
  const byAlias = new Map<string, Resolved>();
  const ids = new Set<string>();
  const entries: [RegistryAgency | RegistryGroup, Resolved['kind']][] = [
    ...data.agencies.map((agency): [RegistryAgency, 'agency'] => [agency, 'agency']),
    ...data.groups.map((group): [RegistryGroup, 'group'] => [group, 'group']),
  ];
  for (const [entry, kind] of entries) {
    if (ids.has(entry.id)) throw new Error(`${file}: duplicate id ${entry.id}`);
    ids.add(entry.id);
    if (!jurisdictionById.has(entry.jurisdiction)) throw new Error(`${file}: ${entry.id}: unknown jurisdiction ${entry.jurisdiction}`);
    for (const alias of new Set([entry.name, ...entry.aliases].map(aliasKey))) {
      const key = `${entry.jurisdiction}\u0000${alias}`;
      const known = byAlias.get(key);
      if (known && known.id !== entry.id) throw new Error(`${file}: alias "${alias}" names both ${known.id} and ${entry.id} in ${entry.jurisdiction}`);
      byAlias.set(key, { id: entry.id, kind });
    }
  }
  return { ...data, byAlias, jurisdictionById };
}

/** A jurisdiction and the ones above it, nearest first. */
export function jurisdictionChain(registry: Registry, jurisdictionId: string): string[] {
  const chain: string[] = [];
  for (let current = registry.jurisdictionById.get(jurisdictionId); current; current = current.parent ? registry.jurisdictionById.get(current.parent) : undefined) {
    chain.push(current.id);
  }
  return chain;
}

/**
 * Resolves a name as written in a document of `jurisdictionId`: the document's
 * own jurisdiction first, then the ones above it. 市科技局 in a 昌吉市 plan is
 * 昌吉市科技局; 科技厅 in an autonomous-region notice is 自治区科技厅.
 */
export function resolveAgencyName(registry: Registry, name: string, jurisdictionId: string): Resolved | undefined {
  const alias = aliasKey(name);
  for (const jurisdiction of jurisdictionChain(registry, jurisdictionId)) {
    const found = registry.byAlias.get(`${jurisdiction}\u0000${alias}`);
    if (found) return found;
  }
  return undefined;
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

/** The closest known alias in reach of the document, to suggest for an unknown name. */
export function suggestAlias(registry: Registry, name: string, jurisdictionId: string): string | undefined {
  const alias = aliasKey(name);
  const reachable = new Set(jurisdictionChain(registry, jurisdictionId));
  let best: [string, number] | undefined;
  for (const key of registry.byAlias.keys()) {
    const [jurisdiction, candidate] = key.split('\u0000') as [string, string];
    if (!reachable.has(jurisdiction)) continue;
    const distance = editDistance(alias, candidate);
    if (!best || distance < best[1]) best = [candidate, distance];
  }
  return best && best[1] <= Math.max(2, alias.length / 2) ? best[0] : undefined;
}

/** The jurisdiction a document belongs to, read from its issuer (`昌吉市人民政府办公室` → 昌吉市). */
export function jurisdictionOfIssuer(registry: Registry, issuer: string | undefined): string | undefined {
  if (!issuer) return undefined;
  const folded = aliasKey(issuer).replace(/^中共/, '');
  const matches = registry.jurisdictions
    .filter((jurisdiction) => folded.startsWith(aliasKey(jurisdiction.name)) || folded.includes(`${aliasKey(jurisdiction.name)}委员会`))
    .sort((a, b) => b.name.length - a.name.length);
  return matches[0]?.id;
}
