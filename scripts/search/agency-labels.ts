import type { Registry } from '../agencies/registry.ts';
import type { Agency } from '../model.ts';

/**
 * How agencies read in search filters: the registry's short name, qualified
 * by jurisdiction when two jurisdictions share it (市科技局 of 昌吉市 and of
 * another city stay apart); a name the registry does not know, as written.
 */
export function agencyLabeller(registry: Registry): (agency: Agency) => string {
  const entries = [...registry.agencies, ...registry.groups];
  const nameCounts = new Map<string, number>();
  for (const entry of entries) nameCounts.set(entry.name, (nameCounts.get(entry.name) ?? 0) + 1);
  const labels = new Map(entries.map((entry) => {
    const jurisdiction = registry.jurisdictionById.get(entry.jurisdiction)?.name ?? entry.jurisdiction;
    return [entry.id, nameCounts.get(entry.name)! > 1 ? `${entry.name}（${jurisdiction}）` : entry.name];
  }));
  return (agency) => (agency.id && labels.get(agency.id)) || agency.name;
}
