import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { urls } from '../../src/lib/urls.ts';
import type { Places } from '../agencies/places.ts';
import type { PageLinks } from '../markdown/document-to-mdast.ts';
import type { Agency, PolicyDocument, Reference, Task } from '../model.ts';
import { agencyLookupKeys } from '../search/agency-keys.ts';
import { documentTaskCitation, taskNumberLabel } from './citation.ts';
import { agencyHistory, isVerified, jurisdictionRef } from './agency-facts.ts';
import type { AgencyEntry } from './cross-links.ts';

/**
 * What each document page links to beyond itself: cited documents the corpus
 * holds (by 文号 or title), and line ranges of its own source text.
 */
export function pageLinks(documents: PolicyDocument[]): (document: PolicyDocument) => PageLinks {
  const byNumber = new Map(documents.flatMap((document) => (document.docNumber ? [[document.docNumber, document.slug] as const] : [])));
  const byTitle = new Map(documents.flatMap((document) => [document.title, document.shortTitle].filter(Boolean).map((title) => [title!, document.slug] as const)));
  const reference = (cited: Reference) => {
    const slug = (cited.docNumber && byNumber.get(cited.docNumber)) || (cited.title && byTitle.get(cited.title));
    return slug ? urls.document(slug) : undefined;
  };
  return (document) => ({
    reference,
    source: (lines) => urls.sourceLine(document.slug, lines.start),
    permalink: (task) => urls.taskPage(document.slug, task.anchor),
  });
}

const agencyRefs = (agencies: Agency[]) => agencies.map((agency) => ({ name: agency.name, agency: agency.id ?? null }));

/** A task's agencies by role, each `{ name, agency }` with the registry id. */
const roleRefs = (task: Task) => ({
  lead: agencyRefs(task.lead),
  participants: agencyRefs(task.participants),
  responsible: agencyRefs(task.responsible),
  guidance: agencyRefs(task.guidance),
});

/** A UTF-8 BOM lets Excel open the CSV as UTF-8. */
const BOM = '\uFEFF';

function csv(rows: Record<string, string | number>[]): string {
  return BOM + stringifyCsv(rows, { header: true, record_delimiter: 'windows' });
}

/** Every target with the document, task and link behind it: the targets index and its open data. */
export function targetRecords(documents: PolicyDocument[]) {
  return documents.flatMap((document) => document.targets.map((target, index) => {
    const task = target.taskId ? document.tasks.find((candidate) => candidate.id === target.taskId) : undefined;
    return {
      id: `${document.slug}-${index + 1}`,
      doc: document.slug,
      docTitle: document.shortTitle ?? document.title,
      task: target.taskId ?? null,
      taskLabel: target.taskId ? taskNumberLabel(target.taskId) : null,
      phrase: target.phrase,
      metric: target.metric,
      comparator: target.comparator,
      value: target.value,
      valueMax: target.valueMax ?? null,
      unit: target.unit,
      year: target.year ?? null,
      agencies: task ? [...task.lead, ...task.participants, ...task.responsible].map((agency) => agency.name) : [],
      url: task ? urls.task(document.slug, task.anchor) : urls.document(document.slug),
    };
  }));
}

/** One record per task for its permalink page: the clause, its agencies, and its neighbours. */
export function taskPageRecords(documents: PolicyDocument[]) {
  return documents.flatMap((document) => document.tasks.map((task, index) => ({
    id: `${document.slug}/${task.anchor}`,
    doc: document.slug,
    docTitle: document.shortTitle ?? document.title,
    docNumber: document.docNumber ?? null,
    script: document.script,
    taskId: task.id,
    citation: documentTaskCitation(document, task),
    numberLabel: taskNumberLabel(task.id),
    anchor: task.anchor,
    text: task.text,
    ...roleRefs(task),
    deadline: task.deadline?.raw ?? null,
    previous: document.tasks[index - 1]?.anchor ?? null,
    next: document.tasks[index + 1]?.anchor ?? null,
  })));
}

/** The open-data files of the site, path → content, deterministic for the same input. */
export function openDataFiles(documents: PolicyDocument[], agencies: AgencyEntry[], places: Places): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set('data/documents.json', json(documents.map((document) => ({
    slug: document.slug,
    title: document.title,
    docNumber: document.docNumber ?? null,
    issuer: document.issuer ?? null,
    jurisdiction: jurisdictionRef(places, document.jurisdiction ?? 'unknown'),
    signedDate: document.signedDate ?? null,
    publishedDate: document.publishedDate ?? null,
    url: urls.document(document.slug),
    sourceFile: document.sourceFile,
    taskCount: document.tasks.length,
  }))));
  const tasks = documents.flatMap((document) => document.tasks.map((task) => ({
    doc: document.slug,
    id: task.id,
    anchor: task.anchor,
    url: urls.task(document.slug, task.anchor),
    permalink: urls.taskPage(document.slug, task.anchor),
    text: task.text,
    ...roleRefs(task),
    deadline: task.deadline ?? null,
    targets: task.targets.map((target) => target.phrase),
  })));
  files.set('data/tasks.json', json(tasks));
  files.set('data/tasks.csv', csv(tasks.map((task) => ({
    doc: task.doc, id: task.id, url: task.url, text: task.text,
    lead: task.lead.map((agency) => agency.name).join('、'),
    participants: task.participants.map((agency) => agency.name).join('、'),
    responsible: task.responsible.map((agency) => agency.name).join('、'),
    deadline: task.deadline?.raw ?? '',
    due: task.deadline?.due ?? '',
    deadlineKind: task.deadline?.kind ?? '',
  }))));
  const history = agencyHistory(agencies);
  files.set('data/agencies.json', json(agencies.map((agency) => {
    const { entry, kind, tasks: links } = agency;
    const { predecessors, successors } = history(entry.id);
    return {
      id: entry.id,
      kind,
      name: entry.name,
      fullName: 'fullName' in entry ? entry.fullName : null,
      aliases: entry.aliases,
      jurisdiction: jurisdictionRef(places, entry.jurisdiction),
      verified: isVerified(agency),
      predecessors: predecessors.map((ref) => ref.id),
      successors: successors.map((ref) => ref.id),
      url: urls.agency(entry.id),
      issued: agency.issued,
      tasks: links.map((link) => ({ doc: link.doc, id: link.taskId, role: link.role })),
    };
  })));
  // The header's agency quick-finder: every name a reader may type, pinyin and initials included.
  files.set(urls.agencyFinderData.slice(1), json(agencies
    .filter(({ tasks: links, issued }) => links.length > 0 || issued.length > 0)
    .map(({ entry, tasks: links }) => ({
      id: entry.id,
      url: urls.agency(entry.id),
      name: entry.name,
      fullName: 'fullName' in entry ? entry.fullName : null,
      jurisdiction: jurisdictionRef(places, entry.jurisdiction).name,
      taskCount: links.length,
      keys: agencyLookupKeys(entry),
    }))
    .sort((a, b) => b.taskCount - a.taskCount || a.id.localeCompare(b.id))));
  const targets = targetRecords(documents);
  files.set('data/targets.json', json(targets));
  files.set('data/targets.csv', csv(targets.map((target) => ({
    doc: target.doc, task: target.task ?? '', phrase: target.phrase, metric: target.metric, comparator: target.comparator,
    value: target.value, valueMax: target.valueMax ?? '', unit: target.unit, year: target.year ?? '', url: target.url,
  }))));
  for (const document of documents) files.set(urls.documentData(document.slug).slice(1), json(document));
  return files;
}
