import type { ListItem, PhrasingContent, Root } from 'mdast';
import { u } from 'unist-builder';
import { stringify as stringifyYaml } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import { agencyLookupKeys } from '../search/agency-keys.ts';
import type { Places } from '../agencies/places.ts';
import { type AgencyRef, agencyHistory, isVerified, jurisdictionPath } from '../graph/agency-facts.ts';
import { taskNumberLabel } from '../graph/citation.ts';
import { deadlineStatus } from '../../src/lib/deadlines.ts';
import { type AgencyEntry, type AgencyTaskItem, type Role, taskCount } from '../graph/cross-links.ts';
import { pagerPages } from '../../src/lib/pagination.ts';
import { urls } from '../../src/lib/urls.ts';
import type { PolicyDocument } from '../model.ts';

const ROLE_LABELS: Record<Role, string> = {
  lead: ui.task.roles.lead,
  participant: ui.task.roles.participants,
  responsible: ui.task.roles.responsible,
  guidance: ui.task.roles.guidance,
};
const text = (value: string): PhrasingContent => u('text', value);

/** Dated tasks first, soonest first; then the undated, in page order. */
const byDue = (items: AgencyTaskItem[]) => [...items].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));

/** What an agency page lists of a document it issued. */
export type IssuedDocument = Pick<PolicyDocument, 'slug' | 'title' | 'shortTitle' | 'docNumber'>;

/** What an agency page shows above its lists: who the agency is, where it sits, its counts. */
export function agencyPageData(agency: AgencyEntry, places: Places, history: ReturnType<typeof agencyHistory>) {
  const { entry, roles: counts } = agency;
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
    taskCount: taskCount(agency),
    issuedCount: agency.issued.length,
    pageCount: agencyPageCount(agency),
  };
}

/** Tasks per agency page: an agency named in thousands of tasks gets numbered pages, each light to load. */
export const TASKS_PER_AGENCY_PAGE = 100;

/** How many pages an agency's tasks fill. */
export const agencyPageCount = (agency: AgencyEntry) => Math.max(1, Math.ceil(taskCount(agency) / TASKS_PER_AGENCY_PAGE));

/**
 * Page `page` of one agency: the documents it issued, then the tasks it is
 * named in, with their role and deadline, shown by document (lead first) or
 * by due date. `allItems` are the agency's task items in page order
 * (by document, lead first), read once by a caller writing every page. Arranges data; knows nothing of parsing.
 */
export function agencyToMdast(agency: AgencyEntry, allItems: AgencyTaskItem[], issued: IssuedDocument[], places: Places, history: ReturnType<typeof agencyHistory>, page = 1): Root {
  const pageCount = agencyPageCount(agency);
  const items = allItems.slice((page - 1) * TASKS_PER_AGENCY_PAGE, page * TASKS_PER_AGENCY_PAGE);
  const documentLink = (slug: string, title: string) => u('link', { url: urls.document(slug) }, [text(title)]);
  const issuedSection = issued.length === 0 || page > 1 ? [] : [
    u('heading', { depth: 2 as const }, [text(ui.agencies.issued)]),
    u('list', { ordered: false, spread: false }, issued.map((document): ListItem => u('listItem', { spread: false }, [u('paragraph', [
      documentLink(document.slug, document.shortTitle ?? document.title),
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
  const byDocument = [...new Map(items.map((item) => [item.doc, item.docTitle]))].flatMap(([slug, title]) => [
    u('heading', { depth: 3 as const }, [documentLink(slug, title)]),
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
  const pageText = (number: number) => text(ui.agencies.pageLabel(number, (number - 1) * TASKS_PER_AGENCY_PAGE + 1, Math.min(number * TASKS_PER_AGENCY_PAGE, taskCount(agency))));
  const pager = pageCount === 1 ? [] : [
    u('html', `<nav class="pager" aria-label="${ui.agencies.pages}">`),
    u('list', { ordered: false, spread: false }, pagerPages(pageCount, page).map((number): ListItem => u('listItem', { spread: false }, [u('paragraph', [
      number === null ? text('…') : number === page ? u('strong', [pageText(number)]) : u('link', { url: urls.agencyPage(agency.entry.id, number) }, [pageText(number)]),
    ])]))),
    u('html', '</nav>'),
  ];
  return u('root', [
    u('yaml', stringifyYaml(agencyPageData(agency, places, history)).trimEnd()),
    ...issuedSection,
    ...tasksSection,
    ...pager,
  ]);
}
