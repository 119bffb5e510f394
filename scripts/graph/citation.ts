/**
 * How a task is cited: `《…》（文号）第27项`. One place for the document page's
 * copy control, the permalink page's title and the agency pages.
 */
import type { CitedWork } from '../../src/lib/reference-format.ts';
import type { PolicyDocument, Task } from '../model.ts';

/** `(一)` → `（一）`: ids use ASCII parentheses, readers see full-width ones. */
const fullWidth = (segment: string) => segment.replace(/^\((.+)\)$/, '（$1）');

/**
 * The task's number as readers say it, from its id (the document's own
 * number path): `27` → `第27项`, `二.(一)` → `第二部分（一）`,
 * `三.(一).7` → `第三部分（一）第7项`, `五.¶2` → `第五部分第2段`, `表2.5` → `表2第5项`.
 */
export function taskNumberLabel(taskId: string): string {
  const segments = taskId.split('.');
  return segments.map((segment, index) => {
    const last = index === segments.length - 1;
    if (/^\(.+\)$/.test(segment)) return fullWidth(segment);
    if (/^\d+(?:bis|ter)?$/.test(segment)) return `第${segment}项`;
    // `¶2`: the second 职责分工 paragraph; `表2`: the second table.
    if (/^¶\d+$/.test(segment)) return `第${segment.slice(1)}段`;
    if (/^表\d*$/.test(segment)) return segment;
    return last ? `第${segment}项` : `第${segment}部分`;
  }).join('');
}

const HEADING_LENGTH = 40;

/**
 * A section as the contents list and search results name it: its number and
 * heading, cut where a heading runs on into its first sentence, and at 40
 * characters with `…`.
 */
export function sectionHeading(section: { number: { marker: string }; text: string }): string {
  const heading = `${section.number.marker}${section.text.split('。')[0]}`;
  return heading.length > HEADING_LENGTH ? `${heading.slice(0, HEADING_LENGTH)}…` : heading;
}

/** A title quoted inside 《》 turns its own 《》 into 〈〉, as Chinese typesetting does. */
function quoteTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

export interface CitedTask {
  docTitle: string;
  docNumber?: string | null;
  taskId: string;
}

/** `《贯彻落实〈…〉的任务分工》（新政办发〔2013〕118号）第27项`. */
export function taskCitation(task: CitedTask): string {
  return `${quoteTitle(task.docTitle)}${task.docNumber ? `（${task.docNumber}）` : ''}${taskNumberLabel(task.taskId)}`;
}

/** The citation of one of a document's tasks: the plan's own title (short title) when the notice issues one. */
export function documentTaskCitation(document: Pick<PolicyDocument, 'title' | 'shortTitle' | 'docNumber'>, task: Pick<Task, 'id'>): string {
  return taskCitation({ docTitle: document.shortTitle ?? document.title, docNumber: document.docNumber, taskId: task.id });
}

/** What a GB/T 7714 citation of the document (or one of its clauses) names: issuers, title, 文号, date. */
export function citedWork(document: Pick<PolicyDocument, 'title' | 'shortTitle' | 'docNumber' | 'issuer' | 'issuers' | 'publishedDate' | 'signedDate'>): CitedWork {
  const date = document.publishedDate ?? document.signedDate;
  return {
    issuers: document.issuers?.map((issuer) => issuer.name) ?? (document.issuer ? [document.issuer] : []),
    title: document.shortTitle ?? document.title,
    ...(document.docNumber ? { docNumber: document.docNumber } : {}),
    ...(date ? { date } : {}),
  };
}
