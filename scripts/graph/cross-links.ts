import type { Registry, RegistryAgency, RegistryGroup } from '../agencies/registry.ts';
import type { Agency, PolicyDocument, Task } from '../model.ts';

export type Role = 'lead' | 'participant' | 'responsible' | 'guidance';

const ROLE_OF_FIELD: [keyof Pick<Task, 'lead' | 'participants' | 'responsible' | 'guidance'>, Role][] = [
  ['lead', 'lead'],
  ['participants', 'participant'],
  ['responsible', 'responsible'],
  ['guidance', 'guidance'],
];

/** One task an agency (or group) is named in, with the role it plays there. */
export interface AgencyTaskLink {
  doc: string;
  taskId: string;
  anchor: string;
  role: Role;
  /** The name as the document writes it. */
  nameAsWritten: string;
}

/** Every agency or group of the registry with the tasks that name it, across documents. */
export interface AgencyEntry {
  entry: RegistryAgency | RegistryGroup;
  kind: 'agency' | 'group';
  tasks: AgencyTaskLink[];
}

/** Orders lead before participant before responsible before guidance, then by document and task order. */
const ROLE_ORDER: Record<Role, number> = { lead: 0, participant: 1, responsible: 2, guidance: 3 };

/** The roles of a task, agency by agency: `[agency, role]` pairs in reading order. */
export function taskAgencies(task: Task): [Agency, Role][] {
  return ROLE_OF_FIELD.flatMap(([field, role]) => task[field].map((agency): [Agency, Role] => [agency, role]));
}

/**
 * Inverts the documents' task → agency links into agency → tasks, for every
 * registry entry (entries no document names get an empty list).
 */
export function linkAgencies(documents: PolicyDocument[], registry: Registry): AgencyEntry[] {
  const entries = new Map<string, AgencyEntry>([
    ...registry.agencies.map((entry): [string, AgencyEntry] => [entry.id, { entry, kind: 'agency', tasks: [] }]),
    ...registry.groups.map((entry): [string, AgencyEntry] => [entry.id, { entry, kind: 'group', tasks: [] }]),
  ]);
  documents.forEach((document) => {
    for (const task of document.tasks) {
      for (const [agency, role] of taskAgencies(task)) {
        if (!agency.id) continue;
        entries.get(agency.id)?.tasks.push({ doc: document.slug, taskId: task.id, anchor: task.anchor, role, nameAsWritten: agency.name });
      }
    }
  });
  const documentOrder = new Map(documents.map((document, index) => [document.slug, index]));
  for (const agency of entries.values()) {
    const taskOrder = (link: AgencyTaskLink) =>
      documents[documentOrder.get(link.doc)!]!.tasks.findIndex((task) => task.id === link.taskId);
    agency.tasks.sort((a, b) => documentOrder.get(a.doc)! - documentOrder.get(b.doc)! || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || taskOrder(a) - taskOrder(b));
  }
  return [...entries.values()];
}

/** Counts of an agency's roles: what its page and the directory show. */
export function roleCounts(tasks: AgencyTaskLink[]): Record<Role, number> {
  const counts: Record<Role, number> = { lead: 0, participant: 0, responsible: 0, guidance: 0 };
  for (const link of tasks) counts[link.role]++;
  return counts;
}
