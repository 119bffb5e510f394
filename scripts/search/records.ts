/**
 * What search indexes: every block of a document as one record — its head
 * (title, 文号, issuer, preamble), each section, each task or table row — so
 * a result lands on the clause, and nothing of a document's text is left out.
 * Pure: model in, records out; the tokens are made by the index stage.
 */
import { sectionHeading, taskNumberLabel } from '../graph/citation.ts';
import { urls } from '../../src/lib/urls.ts';
import { type Agency, type PolicyDocument, type StructureNode, type Task, TASK_ROLES } from '../model.ts';
import { ui } from '../../src/i18n/ui.ts';
import { issuersOf, newestFirst } from '../../src/lib/documents.ts';
import { deadlineFilterValue } from '../../src/lib/deadlines.ts';
import { deadlineFilterLabel, FILTER_NAMES, type FilterParam } from '../../src/lib/search-filters.ts';
import type { SearchFilterOptions } from '../../src/lib/search-index-format.ts';
import type { SearchBlock } from '../../src/lib/search-index-format.ts';

/** A block with the filter values it carries, by filter parameter. */
export interface SearchRecord extends SearchBlock {
  filters: Partial<Record<FilterParam, string[]>>;
}

/** How an agency reads in a filter: its registry label when resolved, else its name as written. */
export type AgencyLabel = (agency: Agency) => string;

const join = (parts: (string | undefined)[]) => parts.filter((part) => part && part.trim()).join('\n');

function roleLine(task: Task): string {
  return TASK_ROLES
    .filter((role) => task[role].length > 0)
    .map((role) => `${ui.task.roles[role]}：${task[role].map((agency) => agency.name).join('、')}`)
    .join('；');
}

/** A unique, readable label per document, for the results' document list and the 文件 filter. */
export function documentLabels(documents: readonly Pick<PolicyDocument, 'slug' | 'title' | 'shortTitle' | 'docNumber'>[]): Map<string, string> {
  const label = (document: Pick<PolicyDocument, 'title' | 'shortTitle' | 'docNumber'>) => `${document.shortTitle ?? document.title}${document.docNumber ? `（${document.docNumber}）` : ''}`;
  const counts = new Map<string, number>();
  for (const document of documents) counts.set(label(document), (counts.get(label(document)) ?? 0) + 1);
  return new Map(documents.map((document) => [document.slug, counts.get(label(document))! > 1 ? `${label(document)} ${document.slug}` : label(document)]));
}

export function documentRecords(document: PolicyDocument, agencyLabel: AgencyLabel): SearchRecord[] {
  const docTitle = document.shortTitle ?? document.title;
  const tasks = new Map(document.tasks.map((task) => [task.id, task]));
  const documentFilters = {
    doc: [document.slug],
    ...(document.issuer ? { issuer: issuersOf(document) } : {}),
    ...(document.year ? { year: [String(document.year)] } : {}),
  };
  const record = (anchor: string | undefined, label: string, text: string, task?: Task): SearchRecord => ({
    url: anchor ? urls.task(document.slug, anchor) : urls.document(document.slug),
    text,
    doc: document.slug,
    docTitle,
    label,
    agencies: task ? roleLine(task) : '',
    script: document.script,
    filters: {
      ...documentFilters,
      ...(task && task.lead.length > 0 ? { lead: task.lead.map(agencyLabel) } : {}),
      ...(task && task.participants.length > 0 ? { participant: task.participants.map(agencyLabel) } : {}),
      ...(task && task.responsible.length > 0 ? { responsible: task.responsible.map(agencyLabel) } : {}),
      ...(task && deadlineFilterValue(task.deadline) ? { due: [deadlineFilterValue(task.deadline)!] } : {}),
      ...(task ? { agency: TASK_ROLES.flatMap((role) => task[role].flatMap((agency) => (agency.id ? [agency.id] : []))) } : {}),
    },
  });
  const records: SearchRecord[] = [record(undefined, ui.document.metadata, join([
    document.title,
    document.shortTitle,
    document.docNumber,
    document.issuer,
    ...document.preamble.map((paragraph) => paragraph.text),
  ]))];
  const visit = (node: StructureNode) => {
    if (node.kind === 'table') {
      const caption = node.caption?.text ?? ui.document.untitledTable;
      records.push(record(node.anchor, caption, join([node.caption?.text, node.header.join(' ')])));
      for (const row of node.rows) {
        const task = tasks.get(row.taskId);
        records.push(record(row.anchor, taskNumberLabel(row.taskId), join([row.number.marker, row.text, ...row.cells.map((cell) => cell.text)]), task));
      }
      if (node.notes?.length) records.push(record(node.anchor, caption, join(node.notes.map((note) => note.text))));
      return;
    }
    const task = node.taskId ? tasks.get(node.taskId) : undefined;
    const label = task ? taskNumberLabel(task.id) : sectionHeading(node);
    records.push(record(node.anchor, label, join([`${node.number.marker}${node.text}`, ...node.paragraphs.map((paragraph) => paragraph.text), node.assignment?.form === 'table' ? undefined : node.assignment?.raw]), task));
    node.children.forEach(visit);
  };
  document.structure.forEach(visit);
  return records;
}

const byChinese = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/**
 * Every filter's values in the order its control lists them, with their
 * labels: documents as the index orders them, years newest first, deadlines
 * by year then 持续推进 and 定期, names in pinyin order. The search page shows
 * them as soon as it loads; the index stage writes the same.
 */
export function filterOptions(valuesByParam: Map<FilterParam, Iterable<string>>, documentLabel: (slug: string) => string): SearchFilterOptions {
  const options = {} as SearchFilterOptions;
  for (const param of Object.keys(FILTER_NAMES) as FilterParam[]) {
    const values = [...new Set(valuesByParam.get(param) ?? [])];
    const ordered = param === 'doc' ? values
      : param === 'year' ? values.sort().reverse()
      : param === 'due' ? values.sort((a, b) => Number(/^\d/.test(b)) - Number(/^\d/.test(a)) || a.localeCompare(b))
      : values.sort(byChinese);
    options[param] = ordered.map((value) => [value, param === 'doc' ? documentLabel(value) : param === 'due' ? deadlineFilterLabel(value) : value]);
  }
  return options;
}

/** A document as the 文件 filter lists it. */
type ListedDocument = Pick<PolicyDocument, 'slug' | 'title' | 'shortTitle' | 'docNumber' | 'signedDate' | 'publishedDate' | 'year'>;

export interface CorpusFilterOptions {
  /** Gathers one document's filter values. */
  add(document: PolicyDocument): void;
  /** Every filter's options once all documents are added; `documents` lists them all, newest first in the 文件 filter. */
  options(documents: readonly ListedDocument[]): SearchFilterOptions;
}

/** The filter options of a whole corpus, gathered a document at a time, as the index will hold them: what the search page lists when it loads. */
export function corpusFilterOptions(agencyLabel: AgencyLabel): CorpusFilterOptions {
  const values = new Map<FilterParam, Set<string>>();
  return {
    add(document) {
      for (const record of documentRecords(document, agencyLabel)) {
        for (const [param, list] of Object.entries(record.filters) as [FilterParam, string[]][]) {
          const known = values.get(param) ?? new Set<string>();
          for (const value of list) known.add(value);
          values.set(param, known);
        }
      }
    },
    options(documents) {
      const ordered = newestFirst([...documents]);
      const labels = documentLabels(ordered);
      return filterOptions(new Map<FilterParam, Iterable<string>>([...values, ['doc', ordered.map((document) => document.slug)]]), (slug) => labels.get(slug)!);
    },
  };
}
