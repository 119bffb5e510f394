/** Texts of a task's permalink page, for the page title and mail-client previews. */
export interface TaskPageText {
  /** Page title: the citation and the clause's opening words. */
  title: string;
  /** Preview description: the clause, cut to a length previews show. */
  description: string;
}

const OPENING_LENGTH = 30;
const DESCRIPTION_LENGTH = 160;

function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function taskPageText(task: { citation: string; text: string }): TaskPageText {
  const opening = cut(task.text.split(/(?<=[。；;])/)[0] ?? task.text, OPENING_LENGTH);
  return { title: `${task.citation}：${opening}`, description: cut(task.text, DESCRIPTION_LENGTH) };
}
