/**
 * What a task's deadline means on a calendar. Shared by the build (search
 * filters, calendar files, open data) and the pages (agency tasks, the
 * deadline view).
 */

/** The normalized deadline of a task (scripts/model.ts `Deadline`), as pages receive it. */
export interface DeadlineFacts {
  raw: string;
  kind: 'dated' | 'ongoing' | 'recurring' | 'phased';
  /** ISO `2020`, `2020-06` or `2020-06-30`. */
  due?: string;
  done?: true;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The day a deadline falls due: `2017年完成` is the end of 2017, `6月底` the
 * 30th of June. `YYYY-MM-DD`, or undefined when it names no date.
 */
export function dueDay(deadline: Pick<DeadlineFacts, 'due'> | null | undefined): string | undefined {
  const due = deadline?.due;
  if (!due) return undefined;
  const [year, month, day] = due.split('-').map(Number) as [number, number?, number?];
  if (day) return due;
  if (month) return `${due}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/** The deadline filter's value for a task: its due year, or `ongoing` / `recurring` when it names none. */
export function deadlineFilterValue(deadline: DeadlineFacts | null | undefined): string | undefined {
  if (!deadline) return undefined;
  if (deadline.due) return deadline.due.slice(0, 4);
  if (deadline.kind === 'ongoing' || deadline.kind === 'recurring') return deadline.kind;
  return undefined;
}

/** A deadline as a reader scans a list of them: the day it falls due, or what kind it is. */
export function deadlineStatus(deadline: DeadlineFacts | null | undefined): string {
  if (!deadline) return '未定时限';
  if (deadline.done) return '已完成';
  const day = dueDay(deadline);
  if (day) return `${day}前`;
  if (deadline.kind === 'ongoing') return '持续推进';
  if (deadline.kind === 'recurring') return '定期';
  return deadline.raw;
}
