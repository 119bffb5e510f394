import { jurisdictionChain, type Places } from '../agencies/places.ts';
import type { AgencyEntry } from './cross-links.ts';

/** A jurisdiction as open data and pages show it. */
export interface JurisdictionRef {
  id: string;
  /** GB/T 2260 code; null for a jurisdiction of undecided place. */
  code: string | null;
  name: string;
  level: string;
}

/** An agency named from another's page: a predecessor or successor. */
export interface AgencyRef {
  id: string;
  name: string;
}

/** The jurisdiction of an id, as open data shows it. */
export function jurisdictionRef(places: Places, id: string): JurisdictionRef {
  const jurisdiction = places.byId.get(id);
  return { id, code: jurisdiction?.code ?? null, name: jurisdiction?.name ?? id, level: jurisdiction?.level ?? 'unknown' };
}

/** The breadcrumb of a jurisdiction, country first: 全国 / 上海市 / 闵行区. */
export function jurisdictionPath(places: Places, id: string): JurisdictionRef[] {
  return jurisdictionChain(places, id).reverse().map((jurisdiction) => jurisdictionRef(places, jurisdiction.id));
}

/** Is an entry verified: kept by hand, national data, or a jurisdiction's department by function? */
export function isVerified(agency: AgencyEntry): boolean {
  return !('origin' in agency.entry) || agency.entry.origin !== 'unverified';
}

/**
 * Each agency's predecessors and successors, from the successor links the
 * registry records (国土资源部 → 自然资源部), both ways.
 */
export function agencyHistory(agencies: AgencyEntry[]): (id: string) => { predecessors: AgencyRef[]; successors: AgencyRef[] } {
  const byId = new Map(agencies.map((agency) => [agency.entry.id, agency.entry]));
  const ref = (id: string): AgencyRef => ({ id, name: byId.get(id)?.name ?? id });
  const predecessors = new Map<string, string[]>();
  for (const { entry } of agencies) {
    for (const successor of ('successors' in entry ? entry.successors : undefined) ?? []) predecessors.set(successor, [...(predecessors.get(successor) ?? []), entry.id]);
  }
  return (id) => {
    const entry = byId.get(id);
    return {
      predecessors: (predecessors.get(id) ?? []).map(ref),
      successors: ((entry && 'successors' in entry ? entry.successors : undefined) ?? []).map(ref),
    };
  };
}
