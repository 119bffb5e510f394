import { stringify } from 'csv-stringify/sync';
import { ui } from '../i18n/ui.ts';
import { type DeadlineFacts, deadlineStatus } from './deadlines.ts';
import { urls } from './urls.ts';

interface CsvTask {
  doc: string;
  anchor: string;
  role: 'lead' | 'participant' | 'responsible' | 'guidance';
  citation: string;
  opening: string;
  deadline: DeadlineFacts | null;
  due: string | null;
}

const ROLE_LABELS = { lead: ui.task.roles.lead, participant: ui.task.roles.participants, responsible: ui.task.roles.responsible, guidance: ui.task.roles.guidance };

/** An agency's tasks as CSV with Chinese headers, UTF-8 with a BOM so Excel opens it; links absolute when the public address is known. */
export function agencyTasksCsv(tasks: readonly CsvTask[], site: URL | undefined): string {
  const address = (path: string) => (site ? new URL(path, site).href : path);
  const columns = ui.agencies.csvColumns;
  return `\uFEFF${stringify(tasks.map((task) => ({
    citation: task.citation,
    role: ROLE_LABELS[task.role],
    opening: task.opening,
    deadline: task.deadline?.raw ?? '',
    due: task.due ?? '',
    status: deadlineStatus(task.deadline),
    url: address(urls.taskPage(task.doc, task.anchor)),
  })), { header: true, columns: Object.entries(columns).map(([key, header]) => ({ key, header })), record_delimiter: 'windows' })}`;
}
