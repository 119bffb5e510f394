import type { Registry, RegistryAgency, RegistryGroup } from '../agencies/registry.ts';
import { mergeBuiltAgencies, type ResolvedDocument } from '../agencies/resolve.ts';
import type { Agency, PolicyDocument, Task } from '../model.ts';
import { agencyHistory } from './agency-facts.ts';

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

/** Every agency or group of the registry with the tasks that name it and the documents it issued, across documents. */
export interface AgencyEntry {
  entry: RegistryAgency | RegistryGroup;
  kind: 'agency' | 'group';
  tasks: AgencyTaskLink[];
  /** Slugs of the documents it issued (发文机关), in document order. */
  issued: string[];
}

/** The agencies and groups a build knows: the registry's and those built for the documents' names. */
export interface AgencyDirectory {
  agencies: RegistryAgency[];
  groups: RegistryGroup[];
}

/** Orders lead before participant before responsible before guidance, then by document and task order. */
const ROLE_ORDER: Record<Role, number> = { lead: 0, participant: 1, responsible: 2, guidance: 3 };

/** The roles of a task, agency by agency: `[agency, role]` pairs in reading order. */
export function taskAgencies(task: Task): [Agency, Role][] {
  return ROLE_OF_FIELD.flatMap(([field, role]) => task[field].map((agency): [Agency, Role] => [agency, role]));
}

/**
 * Inverts the documents' task → agency and issuer links into agency → tasks
 * and documents, for every entry of the directory (entries no document names
 * get empty lists).
 */
export function linkAgencies(documents: PolicyDocument[], directory: AgencyDirectory): AgencyEntry[] {
  const entries = new Map<string, AgencyEntry>([
    ...directory.agencies.map((entry): [string, AgencyEntry] => [entry.id, { entry, kind: 'agency', tasks: [], issued: [] }]),
    ...directory.groups.map((entry): [string, AgencyEntry] => [entry.id, { entry, kind: 'group', tasks: [], issued: [] }]),
  ]);
  documents.forEach((document) => {
    for (const issuer of document.issuers ?? []) {
      const entry = issuer.id ? entries.get(issuer.id) : undefined;
      if (entry && !entry.issued.includes(document.slug)) entry.issued.push(document.slug);
    }
    for (const task of document.tasks) {
      for (const [agency, role] of taskAgencies(task)) {
        if (!agency.id) continue;
        entries.get(agency.id)?.tasks.push({ doc: document.slug, taskId: task.id, anchor: task.anchor, role, nameAsWritten: agency.name });
      }
    }
  });
  const documentOrder = new Map(documents.map((document, index) => [document.slug, index]));
  const taskOrder = new Map(documents.flatMap((document) => document.tasks.map((task, index) => [`${document.slug}\u0000${task.id}`, index] as const)));
  const orderOf = (link: AgencyTaskLink) => taskOrder.get(`${link.doc}\u0000${link.taskId}`)!;
  for (const agency of entries.values()) {
    agency.tasks.sort((a, b) => documentOrder.get(a.doc)! - documentOrder.get(b.doc)! || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || orderOf(a) - orderOf(b));
  }
  return [...entries.values()];
}

/** Counts of an agency's roles: what its page and the directory show. */
export function roleCounts(tasks: AgencyTaskLink[]): Record<Role, number> {
  const counts: Record<Role, number> = { lead: 0, participant: 0, responsible: 0, guidance: 0 };
  for (const link of tasks) counts[link.role]++;
  return counts;
}

/**
 * The entries that get a page: every hand-kept agency and group (their URLs
 * are published), and any other entry a document names or issued, with the
 * predecessors and successors those link to.
 */
export function publishedAgencies(agencies: AgencyEntry[]): AgencyEntry[] {
  const kept = new Set(agencies.filter((agency) => !('origin' in agency.entry) || agency.entry.origin === 'curated' || agency.tasks.length > 0 || agency.issued.length > 0).map((agency) => agency.entry.id));
  const history = agencyHistory(agencies);
  const pending = [...kept];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const { predecessors, successors } = history(id);
    for (const linked of [...predecessors, ...successors].map((ref) => ref.id)) {
      if (!kept.has(linked)) {
        kept.add(linked);
        pending.push(linked);
      }
    }
  }
  return agencies.filter((agency) => kept.has(agency.entry.id));
}

/** The agency pages of a build: the registry's entries and those built for the documents' names, linked to the (sorted) documents. */
export function agencyPages(documents: PolicyDocument[], resolved: ResolvedDocument[], registry: Registry): AgencyEntry[] {
  const built = mergeBuiltAgencies(resolved.map((document) => document.built));
  return publishedAgencies(linkAgencies(documents, { agencies: [...registry.agencies, ...built], groups: registry.groups }));
}
