import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { Registry } from '../agencies/registry.ts';
import type { Agency, PolicyDocument } from '../model.ts';
import type { AgencyEntry } from './cross-links.ts';

/** Page URLs of the site; the one place that knows the URL scheme. */
export const urls = {
  document: (slug: string) => `/docs/${slug}/`,
  task: (slug: string, anchor: string) => `/docs/${slug}/#${anchor}`,
  taskPage: (slug: string, anchor: string) => `/docs/${slug}/${anchor}/`,
  agency: (id: string) => `/agencies/${id}/`,
};

const agencyRefs = (agencies: Agency[]) => agencies.map((agency) => ({ name: agency.name, agency: agency.id ?? null }));

/** A UTF-8 BOM lets Excel open the CSV as UTF-8. */
const BOM = '\uFEFF';

function csv(rows: Record<string, string | number>[]): string {
  return BOM + stringifyCsv(rows, { header: true, record_delimiter: 'windows' });
}

/** The open-data files of the site, path → content, deterministic for the same input. */
export function openDataFiles(documents: PolicyDocument[], agencies: AgencyEntry[], registry: Registry): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set('data/documents.json', json(documents.map((document) => ({
    slug: document.slug,
    title: document.title,
    docNumber: document.docNumber ?? null,
    issuer: document.issuer ?? null,
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
    lead: agencyRefs(task.lead),
    participants: agencyRefs(task.participants),
    responsible: agencyRefs(task.responsible),
    guidance: agencyRefs(task.guidance),
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
  }))));
  const jurisdictionName = (id: string) => registry.jurisdictionById.get(id)?.name ?? id;
  files.set('data/agencies.json', json(agencies.map(({ entry, kind, tasks: links }) => ({
    id: entry.id,
    kind,
    name: entry.name,
    fullName: 'fullName' in entry ? entry.fullName : null,
    aliases: entry.aliases,
    jurisdiction: jurisdictionName(entry.jurisdiction),
    url: urls.agency(entry.id),
    tasks: links.map((link) => ({ doc: link.doc, id: link.taskId, role: link.role })),
  }))));
  const targets = documents.flatMap((document) => document.targets.map((target) => ({
    doc: document.slug,
    task: target.taskId ?? null,
    phrase: target.phrase,
    metric: target.metric,
    comparator: target.comparator,
    value: target.value,
    valueMax: target.valueMax ?? null,
    unit: target.unit,
    year: target.year ?? null,
    url: target.taskId ? urls.task(document.slug, document.tasks.find((task) => task.id === target.taskId)!.anchor) : urls.document(document.slug),
  })));
  files.set('data/targets.json', json(targets));
  files.set('data/targets.csv', csv(targets.map((target) => ({
    doc: target.doc, task: target.task ?? '', phrase: target.phrase, metric: target.metric, comparator: target.comparator,
    value: target.value, valueMax: target.valueMax ?? '', unit: target.unit, year: target.year ?? '', url: target.url,
  }))));
  for (const document of documents) files.set(`data/docs/${document.slug}.json`, json(document));
  return files;
}
