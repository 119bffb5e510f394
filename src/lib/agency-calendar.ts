import ical, { ICalCalendarMethod } from 'ical-generator';
import { urls } from './urls.ts';

/** What a calendar needs of one of an agency's tasks. */
export interface CalendarTask {
  doc: string;
  anchor: string;
  citation: string;
  opening: string;
  deadline: { raw: string } | null;
  /** `YYYY-MM-DD`: the day it falls due. */
  due: string | null;
}

/**
 * An agency's deadlines as an iCalendar file a department can subscribe to:
 * one all-day event per task with a dated deadline, the short citation as its
 * summary and the clause's permalink as its URL (absolute when the site's
 * public address is known). UIDs come from the clause's permanent address, and
 * every stamp from the due day, so the same tasks give the same file.
 */
export function agencyCalendar(agencyName: string, tasks: readonly CalendarTask[], site: URL | undefined): string {
  const calendar = ical({ name: `${agencyName} · 政策任务时限`, prodId: { company: 'Policy Atlas', product: 'policy-atlas', language: 'ZH' }, method: ICalCalendarMethod.PUBLISH });
  for (const task of tasks) {
    if (!task.due) continue;
    const day = new Date(`${task.due}T00:00:00Z`);
    const permalink = urls.taskPage(task.doc, task.anchor);
    calendar.createEvent({
      id: `${task.doc}/${task.anchor}@policy-atlas`,
      start: day,
      allDay: true,
      stamp: day,
      summary: task.citation,
      description: `${task.opening}\n${task.deadline?.raw ?? ''}\n${site ? new URL(permalink, site).href : permalink}`,
      ...(site ? { url: new URL(permalink, site).href } : {}),
    });
  }
  return calendar.toString();
}
