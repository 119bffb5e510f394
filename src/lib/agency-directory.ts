/** What the agency directory needs of an agency page's data. */
export interface DirectoryAgency {
  id: string;
  taskCount: number;
  jurisdictionPath: { id: string; name: string; level: string }[];
}

/**
 * The directory's sections: one per jurisdiction, labelled by its path below
 * the country (上海市 / 闵行区), national bodies first, then by size.
 */
export function directoryGroups<Agency extends DirectoryAgency>(agencies: Agency[]): { label: string; members: Agency[] }[] {
  const byJurisdiction = new Map<string, Agency[]>();
  for (const agency of agencies) {
    const id = agency.jurisdictionPath.at(-1)!.id;
    byJurisdiction.set(id, [...(byJurisdiction.get(id) ?? []), agency]);
  }
  return [...byJurisdiction.values()]
    .map((members) => {
      const path = members[0]!.jurisdictionPath;
      return {
        label: (path.length > 1 ? path.slice(1) : path).map((step) => step.name).join(' / '),
        country: path.length === 1,
        members: members.sort((a, b) => b.taskCount - a.taskCount || a.id.localeCompare(b.id)),
      };
    })
    .sort((a, b) => Number(b.country) - Number(a.country) || b.members.length - a.members.length || a.label.localeCompare(b.label))
    .map(({ label, members }) => ({ label, members }));
}

/**
 * The jurisdiction filter's choices: every jurisdiction on some agency's
 * path, as a tree (depth for indenting), each with how many agencies are in
 * it or below it.
 */
export function jurisdictionOptions(agencies: DirectoryAgency[]): { id: string; name: string; depth: number; count: number }[] {
  const nodes = new Map<string, { id: string; name: string; depth: number; count: number; path: string[] }>();
  for (const agency of agencies) {
    agency.jurisdictionPath.forEach((step, depth) => {
      const node = nodes.get(step.id) ?? { id: step.id, name: step.name, depth, count: 0, path: agency.jurisdictionPath.slice(0, depth + 1).map((s) => s.name) };
      node.count++;
      nodes.set(step.id, node);
    });
  }
  return [...nodes.values()]
    .sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000')))
    .map(({ id, name, depth, count }) => ({ id, name, depth, count }));
}
