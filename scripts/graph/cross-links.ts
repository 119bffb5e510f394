import type { Registry, RegistryAgency, RegistryGroup } from '../agencies/registry.ts';
import { mergeBuiltAgency } from '../agencies/resolve.ts';
import type { Agency, PolicyDocument, Task } from '../model.ts';
import { type DeadlineFacts, dueDay } from '../../src/lib/deadlines.ts';
import { agencyHistory } from './agency-facts.ts';
import { documentTaskCitation } from './citation.ts';

export type Role = 'lead' | 'participant' | 'responsible' | 'guidance';

const ROLE_OF_FIELD: [keyof Pick<Task, 'lead' | 'participants' | 'responsible' | 'guidance'>, Role][] = [
  ['lead', 'lead'],
  ['participants', 'participant'],
  ['responsible', 'responsible'],
  ['guidance', 'guidance'],
];

/** One task an agency (or group) is named in, with the role it plays there. */
export interface AgencyTaskLink {
  agency: string;
  doc: string;
  taskId: string;
  anchor: string;
  role: Role;
  /** The name as the document writes it. */
  nameAsWritten: string;
}

/** Every agency or group of the registry with how often tasks name it, by role, and the documents it issued, across documents. */
export interface AgencyEntry {
  entry: RegistryAgency | RegistryGroup;
  kind: 'agency' | 'group';
  /** How many tasks name it in each role; its task list itself is read one agency at a time (a corpus's lists need not fit in memory). */
  roles: Record<Role, number>;
  /** Slugs of the documents it issued (发文机关), in document order. */
  issued: string[];
}

/** Orders lead before participant before responsible before guidance, then by task order. */
const ROLE_ORDER: Record<Role, number> = { lead: 0, participant: 1, responsible: 2, guidance: 3 };

/** The roles of a task, agency by agency: `[agency, role]` pairs in reading order. */
export function taskAgencies(task: Task): [Agency, Role][] {
  return ROLE_OF_FIELD.flatMap(([field, role]) => task[field].map((agency): [Agency, Role] => [agency, role]));
}

/** How many tasks name an agency, all roles together. */
export const taskCount = (agency: AgencyEntry) => agency.roles.lead + agency.roles.participant + agency.roles.responsible + agency.roles.guidance;

/** What an agency index takes of a document: who issued it and who its tasks name. */
export type LinkedDocument = Pick<PolicyDocument, 'slug' | 'issuers' | 'tasks'>;

export interface AgencyIndex {
  /** Counts one document: the agencies its tasks name and issued it, and the entries built for its names. */
  add(document: LinkedDocument, built: RegistryAgency[]): void;
  /** Every entry: the registry's agencies, those built for the documents' names (by id), then the groups, with their counts. */
  entries(): AgencyEntry[];
}

const noRoles = (): Record<Role, number> => ({ lead: 0, participant: 0, responsible: 0, guidance: 0 });

/**
 * Inverts the documents' task → agency and issuer links into agency → counts
 * and documents, one document at a time, so a build never holds every model.
 */
export function agencyIndex(registry: Pick<Registry, 'agencies' | 'groups'>): AgencyIndex {
  const roles = new Map<string, Record<Role, number>>();
  const issued = new Map<string, string[]>();
  const built = new Map<string, RegistryAgency>();
  return {
    add(document, builtForDocument) {
      mergeBuiltAgency(built, builtForDocument);
      for (const id of new Set((document.issuers ?? []).flatMap((issuer) => (issuer.id ? [issuer.id] : [])))) {
        // Appended in place: copying the list per document made an issuer of n documents cost n² copies.
        const slugs = issued.get(id);
        if (slugs) slugs.push(document.slug);
        else issued.set(id, [document.slug]);
      }
      for (const task of document.tasks) {
        for (const [agency, role] of taskAgencies(task)) {
          if (!agency.id) continue;
          const counts = roles.get(agency.id) ?? noRoles();
          counts[role]++;
          roles.set(agency.id, counts);
        }
      }
    },
    entries() {
      const entry = <K extends AgencyEntry['kind']>(kind: K, registered: K extends 'agency' ? RegistryAgency : RegistryGroup): AgencyEntry => ({
        entry: registered,
        kind,
        roles: roles.get(registered.id) ?? noRoles(),
        issued: (issued.get(registered.id) ?? []).sort((a, b) => a.localeCompare(b)),
      });
      return [
        ...[...registry.agencies, ...[...built.values()].sort((a, b) => a.id.localeCompare(b.id))].map((agency) => entry('agency', agency)),
        ...registry.groups.map((group) => entry('group', group)),
      ];
    },
  };
}

/**
 * A document's links to agencies in the order an agency page lists them
 * within a document: lead first, then by task order. Agencies of no entry
 * (names no id was given) are left out.
 */
export function agencyTaskLinks(document: LinkedDocument): AgencyTaskLink[] {
  const links = document.tasks.flatMap((task, order) => taskAgencies(task).flatMap(([agency, role]) => (agency.id ? [{ link: { agency: agency.id, doc: document.slug, taskId: task.id, anchor: task.anchor, role, nameAsWritten: agency.name }, order }] : [])));
  return links.sort((a, b) => ROLE_ORDER[a.link.role] - ROLE_ORDER[b.link.role] || a.order - b.order).map(({ link }) => link);
}

/** Opening words of a task for a list entry. */
function opening(taskText: string): string {
  const first = taskText.split(/(?<=[。；;])/)[0] ?? taskText;
  return first.length > 60 ? `${first.slice(0, 60)}…` : first;
}

/** One task of an agency as its page, its CSV and its calendar list it. */
export interface AgencyTaskItem {
  doc: string;
  docTitle: string;
  anchor: string;
  taskId: string;
  role: Role;
  /** The short citation: 《…》（文号）第27项. */
  citation: string;
  opening: string;
  deadline: DeadlineFacts | null;
  /** The day it falls due (`2017年完成` → 2017-12-31), when it names one. */
  due: string | null;
}

/** The items of one document's links (from `AgencyIndex.add`), each with its deadline read as a date. */
export function agencyTaskItems(document: PolicyDocument, links: AgencyTaskLink[]): AgencyTaskItem[] {
  const tasks = new Map(document.tasks.map((task) => [task.id, task]));
  return links.map((link) => {
    const task = tasks.get(link.taskId)!;
    return {
      doc: document.slug,
      docTitle: document.shortTitle ?? document.title,
      anchor: task.anchor,
      taskId: task.id,
      role: link.role,
      citation: documentTaskCitation(document, task),
      opening: opening(task.text),
      deadline: task.deadline ?? null,
      due: dueDay(task.deadline) ?? null,
    };
  });
}

/**
 * The entries that get a page: every hand-kept agency and group (their URLs
 * are published), and any other entry a document names or issued, with the
 * predecessors and successors those link to.
 */
export function publishedAgencies(agencies: AgencyEntry[]): AgencyEntry[] {
  const kept = new Set(agencies.filter((agency) => !('origin' in agency.entry) || agency.entry.origin === 'curated' || taskCount(agency) > 0 || agency.issued.length > 0).map((agency) => agency.entry.id));
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
