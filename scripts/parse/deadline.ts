import type { Deadline } from '../model.ts';
import { stripSpaces } from './text.ts';

const ONGOING = /(?:持续推进|持續推進|长期坚持|長期堅持|持续开展|持續開展|长期|長期|常态化|常態化|持续|持續)/;
const DONE = /(\d{4})年(?:(\d{1,2})月)?(?:底|末)?已(?:完成|出台|建成)/;
const DUE = /(\d{4})年(?:(\d{1,2})月)?(?:底|末|年底)?(?:前|以前)?(?:全面|基本)?(?:完成|出台|建成|实现|實現)?/;
const START = /(\d{4})年(?:(\d{1,2})月)?(?:启动|啟動|开始|開始|起)/;

/** Year and month (if written) of a `2024年6月` match: group 1 the year, group 2 the month. */
function dueDate(match: RegExpExecArray | RegExpMatchArray): Pick<Deadline, 'dueYear' | 'dueMonth'> {
  return match[2] ? { dueYear: Number(match[1]), dueMonth: Number(match[2]) } : { dueYear: Number(match[1]) };
}

/**
 * Normalizes a deadline as written: `持续推进`, `2016年启动，持续推进`,
 * `2017年完成`, `2016年已完成`, `2024年6月底前`. Returns undefined for an empty cell.
 */
export function parseDeadline(raw: string): Deadline | undefined {
  const text = stripSpaces(raw);
  if (!text) return undefined;
  const deadline: Deadline = { raw: raw.trim() };
  const start = START.exec(text);
  if (start) {
    deadline.startYear = Number(start[1]);
    deadline.status = 'started';
  }
  const done = DONE.exec(text);
  if (done) return { ...deadline, ...dueDate(done), status: 'done' };
  if (ONGOING.test(text)) {
    deadline.status = 'ongoing';
    return deadline;
  }
  const rest = start ? text.replace(START, '') : text;
  const due = DUE.exec(rest);
  return due ? { ...deadline, ...dueDate(due), status: 'due' } : deadline;
}

const IN_CLAUSE =
  /[（(]?(?:于|於|在)?(\d{4})年(?:(\d{1,2})月)?(?:底|末)?(?:前|以前)(?:全面|基本)?(?:完成|出台|建成|实现|實現)?[）)]?/g;

/** The last `2024年底前完成`-style deadline stated inside a clause, if any. */
export function findDeadlineInClause(text: string): Deadline | undefined {
  const matches = [...text.matchAll(IN_CLAUSE)];
  const last = matches.at(-1);
  if (!last) return undefined;
  return { raw: last[0].replace(/^[（(]|[）)]$/g, ''), ...dueDate(last), status: 'due' };
}
