import type { Agency, Deadline, PolicyDocument, StructureNode, Task } from '../model.ts';
import { TASK_ROLES } from '../model.ts';
import type { Truth, TruthTask } from './truth.ts';

/** Tallies of one document against its truth; documents add up by summing them. */
export interface Tally {
  truthTasks: number;
  foundTasks: number;
  extraTasks: number;
  agencyTruePositives: number;
  agencyFalsePositives: number;
  agencyFalseNegatives: number;
  /** Truth tasks that name agencies, and how many of them the parser gave exactly the same roles. */
  roleTasks: number;
  rolesExact: number;
  /** Tasks with a deadline in the truth or the model, and how many agree on raw words and dates. */
  deadlineTasks: number;
  deadlinesExact: number;
  truthSections: number;
  foundSections: number;
}

export interface Mismatch {
  path: string;
  what: string;
  expected: unknown;
  actual: unknown;
}

export interface DocumentScore {
  source: string;
  set: Truth['set'];
  tally: Tally;
  metadata: { field: string; expected: string | null; actual: string | null }[];
  mismatches: Mismatch[];
}

export function emptyTally(): Tally {
  return {
    truthTasks: 0, foundTasks: 0, extraTasks: 0,
    agencyTruePositives: 0, agencyFalsePositives: 0, agencyFalseNegatives: 0,
    roleTasks: 0, rolesExact: 0, deadlineTasks: 0, deadlinesExact: 0,
    truthSections: 0, foundSections: 0,
  };
}

export function addTallies(a: Tally, b: Tally): Tally {
  const sum = emptyTally();
  for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** Compared without spaces, markup or width differences: the reader's text, not its bytes. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s*★☆]+/g, '').replace(/[〔［\[]/g, '〔').replace(/[〕］\]]/g, '〕');
}

interface NumberedItem {
  path: string;
  text: string;
  /** A bare heading's first paragraph on, which may be quoted as its opening. */
  afterHeading?: string;
  taskId?: string;
}

/** Every numbered node with its full number path from the top (`一.(一).1`, `表2.5`). */
function numberedItems(structure: StructureNode[]): NumberedItem[] {
  const items: NumberedItem[] = [];
  const walk = (nodes: StructureNode[], prefix: string) => {
    for (const node of nodes) {
      if (node.kind === 'table') {
        for (const row of node.rows) items.push({ path: `${node.id}.${row.number.label}`, text: row.text, taskId: row.taskId });
        continue;
      }
      const path = prefix ? `${prefix}.${node.number.label}` : node.number.label;
      const paragraphs = node.paragraphs.map((paragraph) => paragraph.text).join('');
      const text = node.text + paragraphs;
      // Under a bare heading (`（一）组织架构`) an annotator may quote the heading or the paragraph that follows it.
      const afterHeading = paragraphs !== '' && !/[。；;：:]/.test(node.text) ? paragraphs : undefined;
      items.push({ path, text, ...(afterHeading ? { afterHeading } : {}), ...(node.taskId ? { taskId: node.taskId } : {}) });
      walk(node.children, path);
    }
  };
  walk(structure, '');
  return items;
}

function opens(text: string, opening: string): boolean {
  const head = comparable(opening).slice(0, 8);
  // A table cell holding a list (`1. 强化…`) opens with its first item's marker, which is not task text.
  const compared = comparable(text);
  // An article's caption (`第五条（管理部门）`) is not its text either.
  return head.length > 0 && (compared.startsWith(head) || compared.replace(/^(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[（(][^（）()]{1,12}[)）])/, '').startsWith(head));
}

const opensItem = (item: NumberedItem, opening: string) => opens(item.text, opening) || (item.afterHeading !== undefined && opens(item.afterHeading, opening));

/**
 * Pairs truth items with model items in document order: the same path and
 * opening first, then the same opening further on.
 */
function pairInOrder<T extends { path: string; opening: string }>(truth: T[], model: NumberedItem[]): Map<T, NumberedItem> {
  const pairs = new Map<T, NumberedItem>();
  const used = new Set<NumberedItem>();
  let cursor = 0;
  for (const item of truth) {
    const ahead = model.slice(cursor).concat(model.slice(0, cursor)).filter((candidate) => !used.has(candidate));
    const found =
      ahead.find((candidate) => comparable(candidate.path) === comparable(item.path) && opensItem(candidate, item.opening)) ??
      ahead.find((candidate) => opensItem(candidate, item.opening));
    if (!found) continue;
    pairs.set(item, found);
    used.add(found);
    cursor = model.indexOf(found) + 1;
  }
  return pairs;
}

const names = (agencies: readonly (Agency | string)[]) =>
  agencies.map((agency) => comparable(typeof agency === 'string' ? agency : agency.name)).sort();

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function countShared(truth: string[], model: string[]): number {
  const left = [...model];
  let shared = 0;
  for (const name of truth) {
    const index = left.indexOf(name);
    if (index >= 0) {
      shared++;
      left.splice(index, 1);
    }
  }
  return shared;
}

function deadlineAgrees(truth: TruthTask['deadline'], model: Deadline | undefined): boolean {
  if (!truth || !model) return !truth && !model;
  return comparable(truth.raw) === comparable(model.raw) && (truth.due ?? undefined) === model.due && (truth.start ?? undefined) === model.start;
}

/** Scores one parsed document against the truth a person wrote for it. */
export function scoreDocument(document: PolicyDocument, truth: Truth): DocumentScore {
  const tally = emptyTally();
  const mismatches: Mismatch[] = [];
  const items = numberedItems(document.structure);
  const taskById = new Map(document.tasks.map((task) => [task.id, task]));

  const taskItems = items.filter((item) => item.taskId !== undefined);
  const pairs = pairInOrder(truth.tasks, taskItems);
  const pairedTasks = new Set<Task>();
  for (const expected of truth.tasks) {
    tally.truthTasks++;
    const item = pairs.get(expected);
    const actual = item ? taskById.get(item.taskId!) : undefined;
    const expectedNames = names(TASK_ROLES.flatMap((role) => expected[role]));
    if (expectedNames.length > 0) tally.roleTasks++;
    if (expected.deadline || actual?.deadline) tally.deadlineTasks++;
    if (!actual) {
      tally.agencyFalseNegatives += expectedNames.length;
      mismatches.push({ path: expected.path, what: 'task not found', expected: expected.opening, actual: null });
      continue;
    }
    pairedTasks.add(actual);
    tally.foundTasks++;
    const actualNames = names(TASK_ROLES.flatMap((role) => actual[role]));
    const shared = countShared(expectedNames, actualNames);
    tally.agencyTruePositives += shared;
    tally.agencyFalsePositives += actualNames.length - shared;
    tally.agencyFalseNegatives += expectedNames.length - shared;
    if (expectedNames.length > 0) {
      const exact = TASK_ROLES.every((role) => sameList(names(expected[role]), names(actual[role])));
      if (exact) tally.rolesExact++;
    }
    for (const role of TASK_ROLES) {
      if (!sameList(names(expected[role]), names(actual[role]))) {
        mismatches.push({ path: expected.path, what: role, expected: expected[role], actual: actual[role].map((agency) => agency.name) });
      }
    }
    if (expected.deadline || actual.deadline) {
      if (deadlineAgrees(expected.deadline, actual.deadline)) tally.deadlinesExact++;
      else mismatches.push({ path: expected.path, what: 'deadline', expected: expected.deadline, actual: actual.deadline ?? null });
    }
  }
  // A task the model invents is no error in a document whose truth lists sections, not tasks.
  if (truth.assignsWork) {
    for (const task of document.tasks) {
      if (pairedTasks.has(task)) continue;
      tally.extraTasks++;
      tally.agencyFalsePositives += names(TASK_ROLES.flatMap((role) => task[role])).length;
    }
  } else {
    for (const task of document.tasks) tally.agencyFalsePositives += names(TASK_ROLES.flatMap((role) => task[role])).length;
  }

  const sectionPairs = pairInOrder(truth.sections, items);
  tally.truthSections = truth.sections.length;
  tally.foundSections = sectionPairs.size;
  for (const section of truth.sections) {
    if (!sectionPairs.has(section)) mismatches.push({ path: section.path, what: 'section not found', expected: section.opening, actual: null });
  }

  const metadata = (
    [
      ...(truth.title === null ? [] : [['title', truth.title, document.title] as const]),
      ['docNumber', truth.docNumber, document.docNumber],
      ['issuer', truth.issuer, document.issuer],
      ['signedDate', truth.signedDate, document.signedDate],
    ] as const
  ).map(([field, expected, actual]) => ({ field, expected: expected ?? null, actual: actual ?? null }));
  return { source: truth.source, set: truth.set, tally, metadata, mismatches };
}

/** Whether one metadata field of the model reads as the truth does. */
export function metadataAgrees(field: { expected: string | null; actual: string | null }): boolean {
  return comparable(field.expected ?? '') === comparable(field.actual ?? '');
}

export interface Rates {
  taskRecall: number;
  agencyPrecision: number;
  agencyRecall: number;
  agencyF1: number;
  rolesExact: number;
  deadlinesExact: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** The figures a tally adds up to; an empty denominator counts as perfect. */
export function ratesOf(tally: Tally): Rates {
  const agencyPrecision = ratio(tally.agencyTruePositives, tally.agencyTruePositives + tally.agencyFalsePositives);
  const agencyRecall = ratio(tally.agencyTruePositives, tally.agencyTruePositives + tally.agencyFalseNegatives);
  return {
    taskRecall: ratio(tally.foundTasks, tally.truthTasks),
    agencyPrecision,
    agencyRecall,
    agencyF1: agencyPrecision + agencyRecall === 0 ? 0 : (2 * agencyPrecision * agencyRecall) / (agencyPrecision + agencyRecall),
    rolesExact: ratio(tally.rolesExact, tally.roleTasks),
    deadlinesExact: ratio(tally.deadlinesExact, tally.deadlineTasks),
  };
}
