import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { ui } from '../../src/i18n/ui.ts';
import { dueDay } from '../../src/lib/deadlines.ts';
import { urls } from '../../src/lib/urls.ts';
import type { Places } from '../agencies/places.ts';
import type { PageLinks } from '../markdown/document-to-mdast.ts';
import { type Agency, type PolicyDocument, type Reference, type SectionNode, type StructureNode, type Task, TASK_ROLES } from '../model.ts';
import { agencyLookupKeys } from '../search/agency-keys.ts';
import type { DocumentHead } from '../search/block-index.ts';
import { citedWork, documentTaskCitation, sectionHeading, taskNumberLabel } from './citation.ts';
import { agencyHistory, isVerified, jurisdictionRef } from './agency-facts.ts';
import { type AgencyEntry, type AgencyTaskItem, taskCount } from './cross-links.ts';
import type { FinderAgency } from '../../src/lib/agency-query.ts';

/**
 * What each document page links to beyond itself: cited documents the corpus
 * holds (by 文号 or title), and line ranges of its own source text.
 */
export function pageLinks(documents: readonly Pick<PolicyDocument, 'slug' | 'docNumber' | 'title' | 'shortTitle'>[]): (document: PolicyDocument) => PageLinks {
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

/** Rows of a CSV file with the Chinese column headers of the open-data page, in their order; the file's first piece carries the BOM and the header. */
function csv(file: 'tasks.csv' | 'targets.csv', first: boolean, rows: Record<string, string | number>[]): string {
  const columns = Object.entries(ui.openData.files[file].fields).map(([key, header]) => ({ key, header }));
  return (first ? BOM : '') + stringifyCsv(rows, { header: first, columns, record_delimiter: 'windows' });
}

const SENTENCE_LENGTH = 80;

/**
 * The sentence a target sits in: the clause fragment (between 。；) that holds
 * its phrase, cut around it when long. "5项以上" alone tells a reader nothing.
 */
export function targetSentence(text: string, phrase: string): string {
  const sentence = text.split(/(?<=[。；;！？])/).find((candidate) => candidate.includes(phrase)) ?? phrase;
  const trimmed = sentence.trim().replace(/[。；;]$/, '');
  if (trimmed.length <= SENTENCE_LENGTH) return trimmed;
  const at = Math.max(0, trimmed.indexOf(phrase) - (SENTENCE_LENGTH - phrase.length) / 2);
  const start = Math.floor(Math.min(at, trimmed.length - SENTENCE_LENGTH));
  return `${start > 0 ? '…' : ''}${trimmed.slice(start, start + SENTENCE_LENGTH)}${start + SENTENCE_LENGTH < trimmed.length ? '…' : ''}`;
}

/** Every target with the document, task and link behind it: the targets index and its open data. */
export function targetRecords(documents: PolicyDocument[]) {
  return documents.flatMap((document) => {
    const anchors = nodeAnchors(document);
    const texts = sectionTexts(document);
    return document.targets.map((target, index) => {
      const task = target.taskId ? document.tasks.find((candidate) => candidate.id === target.taskId) : undefined;
      const anchor = task?.anchor ?? (target.nodeId ? anchors.get(target.nodeId) : undefined);
      return {
        id: `${document.slug}-${index + 1}`,
        doc: document.slug,
        docTitle: document.shortTitle ?? document.title,
        task: target.taskId ?? null,
        taskLabel: target.taskId ? taskNumberLabel(target.taskId) : null,
        phrase: target.phrase,
        sentence: targetSentence(task?.text ?? (target.nodeId ? texts.get(target.nodeId) : undefined) ?? target.phrase, target.phrase),
        metric: target.metric,
        comparator: target.comparator,
        value: target.value,
        valueMax: target.valueMax ?? null,
        unit: target.unit,
        year: target.year ?? null,
        agencies: task ? [...task.lead, ...task.participants, ...task.responsible].map((agency) => agency.name) : [],
        url: anchor ? urls.task(document.slug, anchor) : urls.document(document.slug),
      };
    });
  });
}

/** Every structure node's anchor, by node id: a target outside any task links to the section it sits in. */
function nodeAnchors(document: PolicyDocument): Map<string, string> {
  const anchors = new Map<string, string>();
  const visit = (nodes: StructureNode[]) => nodes.forEach((node) => {
    anchors.set(node.id, node.anchor);
    if (node.kind === 'section') visit(node.children);
  });
  visit(document.structure);
  return anchors;
}

/** Each section's heading and paragraphs as one text, by node id: where a target outside a task sits. */
function sectionTexts(document: PolicyDocument): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (nodes: StructureNode[]) => nodes.forEach((node) => {
    if (node.kind !== 'section') return;
    texts.set(node.id, [node.text, ...node.paragraphs.map((paragraph) => paragraph.text)].join(''));
    visit(node.children);
  });
  visit(document.structure);
  return texts;
}

/** Each task's nearest enclosing section that is not itself a task, by task id. */
function parentSections(document: PolicyDocument): Map<string, SectionNode> {
  const parents = new Map<string, SectionNode>();
  const visit = (nodes: StructureNode[], parent: SectionNode | undefined) => {
    for (const node of nodes) {
      if (node.kind === 'table') {
        if (parent) for (const row of node.rows) parents.set(row.taskId, parent);
        continue;
      }
      if (node.taskId && parent) parents.set(node.taskId, parent);
      visit(node.children, node.taskId ? parent : node);
    }
  };
  visit(document.structure, undefined);
  return parents;
}

/** One record per task for its permalink page: the clause, its agencies, where it sits, and its neighbours. */
export function taskPageRecords(documents: PolicyDocument[]) {
  return documents.flatMap((document) => {
    const parents = parentSections(document);
    return document.tasks.map((task, index) => {
      const parent = parents.get(task.id);
      return {
        id: `${document.slug}/${task.anchor}`,
        doc: document.slug,
        docTitle: document.shortTitle ?? document.title,
        docNumber: document.docNumber ?? null,
        reference: citedWork(document),
        section: parent ? { label: sectionHeading(parent), anchor: parent.anchor } : null,
        script: document.script,
        taskId: task.id,
        citation: documentTaskCitation(document, task),
        numberLabel: taskNumberLabel(task.id),
        anchor: task.anchor,
        text: task.text,
        ...roleRefs(task),
        deadline: task.deadline?.raw ?? null,
        due: dueDay(task.deadline) ?? null,
        previous: document.tasks[index - 1]?.anchor ?? null,
        next: document.tasks[index + 1]?.anchor ?? null,
      };
    });
  });
}

/** Every task with a dated deadline, compactly: what the deadline view lists. */
export function deadlineRecords(documents: PolicyDocument[]) {
  const names = (agencies: Agency[]) => agencies.map((agency) => agency.name);
  const ids = (task: Task) => TASK_ROLES.flatMap((role) => task[role].flatMap((agency) => (agency.id ? [agency.id] : [])));
  return documents.flatMap((document) => document.tasks.flatMap((task) => {
    const due = dueDay(task.deadline);
    return due ? [{
      doc: document.slug,
      anchor: task.anchor,
      citation: documentTaskCitation(document, task),
      due,
      deadline: task.deadline!.raw,
      lead: names(task.lead),
      responsible: names(task.responsible),
      agencies: [...new Set(ids(task))],
    }] : [];
  }));
}

/** A document as open data's documents.json lists it: what lists, labels and the search stage need without its model. */
export function documentRecord(document: PolicyDocument, places: Places) {
  return {
    slug: document.slug,
    title: document.title,
    shortTitle: document.shortTitle ?? null,
    docNumber: document.docNumber ?? null,
    issuer: document.issuer ?? null,
    jurisdiction: jurisdictionRef(places, document.jurisdiction ?? 'unknown'),
    signedDate: document.signedDate ?? null,
    publishedDate: document.publishedDate ?? null,
    year: document.year ?? null,
    script: document.script,
    url: urls.document(document.slug),
    sourceFile: document.sourceFile,
    taskCount: document.tasks.length,
  };
}

export type DocumentRecord = ReturnType<typeof documentRecord>;

/** A document's head (what orders and labels it) from its documents.json record, where a missing fact is null. */
export function documentHead(record: DocumentRecord): DocumentHead {
  return {
    slug: record.slug,
    title: record.title,
    shortTitle: record.shortTitle ?? undefined,
    docNumber: record.docNumber ?? undefined,
    script: record.script,
    signedDate: record.signedDate ?? undefined,
    publishedDate: record.publishedDate ?? undefined,
    year: record.year ?? undefined,
  };
}

/** Open-data text to append to a file: the site's open data is written in pieces, a document at a time, never held whole. */
export type OpenDataPiece = [path: string, content: string];

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
// Aggregates that grow with the corpus are newline-delimited: one record per line, streamable at any size.
const ndjson = (records: unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');

/**
 * One document's share of the open-data aggregates: its lines of the task and
 * target files (the first document's pieces start the CSV files with their
 * header). Deterministic for the same input.
 */
export function* documentOpenData(document: PolicyDocument, first: boolean, site?: URL): Generator<OpenDataPiece> {
  // CSV files travel without the site around them: their links are absolute when the public address is known.
  const address = (path: string) => (site ? new URL(path, site).href : path);
  const tasks = document.tasks.map((task) => ({
    doc: document.slug,
    id: task.id,
    anchor: task.anchor,
    url: urls.task(document.slug, task.anchor),
    permalink: urls.taskPage(document.slug, task.anchor),
    text: task.text,
    ...roleRefs(task),
    deadline: task.deadline ?? null,
    targets: task.targets.map((target) => target.phrase),
  }));
  yield ['data/tasks.ndjson', ndjson(tasks)];
  yield ['data/tasks.csv', csv('tasks.csv', first, tasks.map((task) => ({
    doc: task.doc,
    docTitle: document.title,
    docNumber: document.docNumber ?? '',
    id: task.id,
    label: taskNumberLabel(task.id),
    url: address(task.url),
    text: task.text,
    lead: task.lead.map((agency) => agency.name).join('、'),
    participants: task.participants.map((agency) => agency.name).join('、'),
    responsible: task.responsible.map((agency) => agency.name).join('、'),
    deadline: task.deadline?.raw ?? '',
    due: task.deadline?.due ?? '',
    deadlineKind: task.deadline?.kind ?? '',
  })))];
  const targets = targetRecords([document]);
  yield ['data/targets.ndjson', ndjson(targets)];
  yield ['data/targets.csv', csv('targets.csv', first, targets.map((target) => ({
    doc: target.doc, docTitle: document.title, docNumber: document.docNumber ?? '',
    task: target.task ?? '', phrase: target.phrase, sentence: target.sentence, metric: target.metric, comparator: target.comparator,
    value: target.value, valueMax: target.valueMax ?? '', unit: target.unit, year: target.year ?? '', url: address(target.url),
  })))];
}

/** An agency's lines of agency-tasks.ndjson: which tasks name it, in which role. */
export const agencyTaskLines = (id: string, items: AgencyTaskItem[]) => ndjson(items.map((item) => ({ agency: id, doc: item.doc, id: item.taskId, role: item.role })));

/** The open-data files of the corpus as a whole, made once every document has been read: the agencies and the header's agency finder (the document list is written document by document). */
export function* corpusOpenData(agencies: AgencyEntry[], places: Places): Generator<OpenDataPiece> {
  const history = agencyHistory(agencies);
  yield ['data/agencies.json', json(agencies.map((agency) => {
    const { entry, kind, roles } = agency;
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
      taskCount: taskCount(agency),
      roleCounts: roles,
    };
  }))];
  // The header's agency quick-finder: every name a reader may type, pinyin and initials included.
  yield [urls.agencyFinderData.slice(1), json(agencies
    .filter((agency) => taskCount(agency) > 0 || agency.issued.length > 0)
    .map((agency): FinderAgency => {
      const { entry } = agency;
      return {
        id: entry.id,
        url: urls.agency(entry.id),
        name: entry.name,
        fullName: 'fullName' in entry ? entry.fullName : null,
        jurisdiction: jurisdictionRef(places, entry.jurisdiction).name,
        taskCount: taskCount(agency),
        roleCounts: agency.roles,
        names: [...new Set([entry.name, ...('fullName' in entry ? [entry.fullName] : []), ...entry.aliases])],
        keys: agencyLookupKeys(entry),
      };
    })
    .sort((a, b) => b.taskCount - a.taskCount || a.id.localeCompare(b.id)))];
}
