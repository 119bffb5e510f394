import type { ListItem, PhrasingContent, Root } from 'mdast';
import { u } from 'unist-builder';
import { stringify as stringifyYaml } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import { agencyLookupKeys } from '../search/agency-keys.ts';
import type { Places } from '../agencies/places.ts';
import { type AgencyRef, agencyHistory, isVerified, jurisdictionPath } from '../graph/agency-facts.ts';
import { documentTaskCitation, taskNumberLabel } from '../graph/citation.ts';
import { type DeadlineFacts, deadlineStatus, dueDay } from '../../src/lib/deadlines.ts';
import { type AgencyEntry, type Role, roleCounts } from '../graph/cross-links.ts';
import { urls } from '../../src/lib/urls.ts';
import type { PolicyDocument, Task } from '../model.ts';

const ROLE_LABELS: Record<Role, string> = {
  lead: ui.task.roles.lead,
  participant: ui.task.roles.participants,
  responsible: ui.task.roles.responsible,
  guidance: ui.task.roles.guidance,
};
const text = (value: string): PhrasingContent => u('text', value);

/** Opening words of a task for a list entry. */
function opening(taskText: string): string {
  const first = taskText.split(/(?<=[。；;])/)[0] ?? taskText;
  return first.length > 60 ? `${first.slice(0, 60)}…` : first;
}

/** One task of an agency as its page, its CSV and its calendar list it. */
export interface AgencyTaskItem {
  doc: string;
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

/** The agency's tasks in page order (by document, lead first), each with its deadline read as a date. */
export function agencyTaskItems(agency: AgencyEntry, corpus: Corpus): AgencyTaskItem[] {
  return agency.tasks.map((link) => {
    const document = corpus.bySlug.get(link.doc)!;
    const task = corpus.taskOf(link.doc, link.taskId);
    return {
      doc: document.slug,
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

/** Dated tasks first, soonest first; then the undated, in page order. */
const byDue = (items: AgencyTaskItem[]) => [...items].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));

/** The documents of a build, looked up by slug and task without a scan: agency pages are built for every agency. */
export interface Corpus {
  bySlug: Map<string, PolicyDocument>;
  taskOf: (slug: string, taskId: string) => Task;
}

export function corpusOf(documents: readonly PolicyDocument[]): Corpus {
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  const tasks = new Map(documents.flatMap((document) => document.tasks.map((task) => [`${document.slug}\u0000${task.id}`, task] as const)));
  return { bySlug, taskOf: (slug, taskId) => tasks.get(`${slug}\u0000${taskId}`)! };
}

/** What an agency page shows above its lists: who the agency is, where it sits, its counts. */
export function agencyPageData(agency: AgencyEntry, issued: readonly PolicyDocument[], places: Places, history: ReturnType<typeof agencyHistory>) {
  const { entry } = agency;
  const counts = roleCounts(agency.tasks);
  const path = jurisdictionPath(places, entry.jurisdiction);
  const { predecessors, successors } = history(entry.id);
  const refs = (list: AgencyRef[]) => list.map((ref) => ({ id: ref.id, name: ref.name }));
  return {
    id: entry.id,
    kind: agency.kind,
    name: entry.name,
    ...('fullName' in entry ? { fullName: entry.fullName } : {}),
    jurisdiction: path.at(-1)!.name,
    jurisdictionPath: path.map(({ id, name, level }) => ({ id, name, level })),
    verified: isVerified(agency),
    ...('since' in entry && entry.since ? { since: entry.since } : {}),
    ...('until' in entry && entry.until ? { until: entry.until } : {}),
    predecessors: refs(predecessors),
    successors: refs(successors),
    aliases: entry.aliases,
    lookupKeys: agencyLookupKeys(entry),
    leadCount: counts.lead,
    participantCount: counts.participant,
    responsibleCount: counts.responsible,
    guidanceCount: counts.guidance,
    taskCount: agency.tasks.length,
    issuedCount: issued.length,
    pageCount: agencyPageCount(agency),
  };
}

/**
 * Page `page` of one agency: the documents it issued, then the tasks it is
 * named in, with their role and deadline, shown by document (lead first) or
 * by due date. `allItems`, the agency's task items, is computed once by a
 * caller writing every page. Arranges data; knows nothing of parsing.
 */
/** Tasks per agency page: an agency named in thousands of tasks gets numbered pages, each light to load. */
export const TASKS_PER_AGENCY_PAGE = 100;

/** How many pages an agency's tasks fill. */
export const agencyPageCount = (agency: AgencyEntry) => Math.max(1, Math.ceil(agency.tasks.length / TASKS_PER_AGENCY_PAGE));

export function agencyToMdast(agency: AgencyEntry, corpus: Corpus, places: Places, history: ReturnType<typeof agencyHistory>, page = 1, allItems = agencyTaskItems(agency, corpus)): Root {
  const pageCount = agencyPageCount(agency);
  const items = allItems.slice((page - 1) * TASKS_PER_AGENCY_PAGE, page * TASKS_PER_AGENCY_PAGE);
  const documentLink = (document: PolicyDocument) => u('link', { url: urls.document(document.slug) }, [text(document.shortTitle ?? document.title)]);
  const issued = agency.issued.map((slug) => corpus.bySlug.get(slug)!);
  const issuedSection = issued.length === 0 || page > 1 ? [] : [
    u('heading', { depth: 2 as const }, [text(ui.agencies.issued)]),
    u('list', { ordered: false, spread: false }, issued.map((document): ListItem => u('listItem', { spread: false }, [u('paragraph', [
      documentLink(document),
      ...(document.docNumber ? [text(`（${document.docNumber}）`)] : []),
    ])]))),
  ];
  const taskItem = (item: AgencyTaskItem, withDocument: boolean): ListItem => u('listItem', { spread: false }, [u('paragraph', [
    u('strong', [text(ROLE_LABELS[item.role])]),
    text(' '),
    u('link', { url: urls.task(item.doc, item.anchor) }, [text(withDocument ? item.citation : taskNumberLabel(item.taskId))]),
    text(`：${item.opening}`),
    text(' '),
    u('emphasis', [text(item.deadline ? `${ui.task.deadline}：${item.deadline.raw}（${deadlineStatus(item.deadline)}）` : `${ui.task.deadline}：${deadlineStatus(null)}`)]),
  ])]);
  const byDocument = [...new Set(items.map((item) => item.doc))].flatMap((slug) => [
    u('heading', { depth: 3 as const }, [documentLink(corpus.bySlug.get(slug)!)]),
    u('list', { ordered: false, spread: false }, items.filter((item) => item.doc === slug).map((item) => taskItem(item, false))),
  ]);
  const tasksSection = items.length === 0 ? [] : [
    u('heading', { depth: 2 as const }, [text(ui.agencies.tasksHeading)]),
    // Two views of the same tasks; the page's control shows one, by document unless the reader asks for dates.
    u('html', '<div data-view="documents">'),
    ...byDocument,
    u('html', '</div>'),
    u('html', '<div data-view="due" hidden>'),
    u('list', { ordered: false, spread: false }, byDue(items).map((item) => taskItem(item, true))),
    u('html', '</div>'),
  ];
  const pager = pageCount === 1 ? [] : [
    u('html', `<nav class="pager" aria-label="${ui.agencies.pages}">`),
    u('list', { ordered: false, spread: false }, Array.from({ length: pageCount }, (_, index) => index + 1).map((number): ListItem => u('listItem', { spread: false }, [u('paragraph', [
      number === page ? u('strong', [text(ui.agencies.pageLabel(number, (number - 1) * TASKS_PER_AGENCY_PAGE + 1, Math.min(number * TASKS_PER_AGENCY_PAGE, agency.tasks.length)))])
        : u('link', { url: urls.agencyPage(agency.entry.id, number) }, [text(ui.agencies.pageLabel(number, (number - 1) * TASKS_PER_AGENCY_PAGE + 1, Math.min(number * TASKS_PER_AGENCY_PAGE, agency.tasks.length)))]),
    ])]))),
    u('html', '</nav>'),
  ];
  return u('root', [
    u('yaml', stringifyYaml(agencyPageData(agency, issued, places, history)).trimEnd()),
    ...issuedSection,
    ...tasksSection,
    ...pager,
  ]);
}
