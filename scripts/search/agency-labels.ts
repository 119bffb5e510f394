import type { Agency } from '../model.ts';

/** What the label of an agency needs: open data's agencies.json carries it. */
export interface LabelledAgency {
  id: string;
  name: string;
  jurisdiction: { name: string };
}

/**
 * How agencies read in search filters: the registry's short name, qualified
 * by jurisdiction when two jurisdictions share it (市科技局 of 昌吉市 and of
 * another city stay apart); a name the build does not know, as written.
 */
export function agencyLabeller(entries: LabelledAgency[]): (agency: Agency) => string {
  const nameCounts = new Map<string, number>();
  for (const entry of entries) nameCounts.set(entry.name, (nameCounts.get(entry.name) ?? 0) + 1);
  const labels = new Map(entries.map((entry) => [entry.id, nameCounts.get(entry.name)! > 1 ? `${entry.name}（${entry.jurisdiction.name}）` : entry.name]));
  return (agency) => (agency.id && labels.get(agency.id)) || agency.name;
}
