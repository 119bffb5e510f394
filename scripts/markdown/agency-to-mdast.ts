import type { ListItem, PhrasingContent, Root } from 'mdast';
import { u } from 'unist-builder';
import { stringify as stringifyYaml } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import { agencyLookupKeys } from '../search/agency-keys.ts';
import type { Places } from '../agencies/places.ts';
import { type AgencyRef, agencyHistory, isVerified, jurisdictionPath } from '../graph/agency-facts.ts';
import { taskNumberLabel } from '../graph/citation.ts';
import { type AgencyEntry, type Role, roleCounts } from '../graph/cross-links.ts';
import { urls } from '../../src/lib/urls.ts';
import type { PolicyDocument } from '../model.ts';

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

/**
 * The page of one agency: the documents it issued, then every task it is
 * named in, grouped by document, lead first, with counts. Arranges data;
 * knows nothing of parsing.
 */
export function agencyToMdast(agency: AgencyEntry, documents: PolicyDocument[], places: Places, history: ReturnType<typeof agencyHistory>): Root {
  const { entry } = agency;
  const counts = roleCounts(agency.tasks);
  const path = jurisdictionPath(places, entry.jurisdiction);
  const { predecessors, successors } = history(entry.id);
  const documentLink = (document: PolicyDocument) => u('link', { url: urls.document(document.slug) }, [text(document.shortTitle ?? document.title)]);
  const issued = documents.filter((document) => agency.issued.includes(document.slug));
  const issuedSection = issued.length === 0 ? [] : [
    u('heading', { depth: 2 as const }, [text(ui.agencies.issued)]),
    u('list', { ordered: false, spread: false }, issued.map((document): ListItem => u('listItem', { spread: false }, [u('paragraph', [
      documentLink(document),
      ...(document.docNumber ? [text(`（${document.docNumber}）`)] : []),
    ])]))),
  ];
  const sections = documents
    .filter((document) => agency.tasks.some((link) => link.doc === document.slug))
    .flatMap((document) => {
      const links = agency.tasks.filter((link) => link.doc === document.slug);
      const items = links.map((link): ListItem => {
        const task = document.tasks.find((candidate) => candidate.id === link.taskId)!;
        return u('listItem', { spread: false }, [u('paragraph', [
          u('strong', [text(ROLE_LABELS[link.role])]),
          text(' '),
          u('link', { url: urls.task(document.slug, task.anchor) }, [text(taskNumberLabel(task.id))]),
          text(`：${opening(task.text)}`),
        ])]);
      });
      return [u('heading', { depth: 2 as const }, [documentLink(document)]), u('list', { ordered: false, spread: false }, items)];
    });
  const refs = (list: AgencyRef[]) => list.map((ref) => ({ id: ref.id, name: ref.name }));
  return u('root', [
    u('yaml', stringifyYaml({
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
    }).trimEnd()),
    ...issuedSection,
    ...sections,
  ]);
}
