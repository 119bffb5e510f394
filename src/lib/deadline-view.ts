/** What the deadline view orders a task by: the day it falls due. */
export interface DatedTask {
  due: string;
}

export type DueStatus = 'overdue' | 'current' | 'upcoming';

/** Where a due day stands on a given day: past, in that year, or later. */
export function dueStatus(due: string, today: string): DueStatus {
  if (due < today) return 'overdue';
  return due.slice(0, 4) === today.slice(0, 4) ? 'current' : 'upcoming';
}

/** Dated tasks by year, then month, soonest first; ties in document and task order. */
export function byYearAndMonth<Task extends DatedTask>(tasks: readonly Task[]): { year: string; months: { month: string; tasks: Task[] }[] }[] {
  const sorted = [...tasks].sort((a, b) => a.due.localeCompare(b.due));
  const years = [...new Set(sorted.map((task) => task.due.slice(0, 4)))];
  return years.map((year) => {
    const inYear = sorted.filter((task) => task.due.startsWith(year));
    const months = [...new Set(inYear.map((task) => task.due.slice(5, 7)))];
    return { year, months: months.map((month) => ({ month, tasks: inYear.filter((task) => task.due.slice(5, 7) === month) })) };
  });
}
