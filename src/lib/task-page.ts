/** Texts of a task's permalink page, for the page title and mail-client previews. */
export interface TaskPageText {
  /** `《…》第27项`: document short title and task number. */
  citationLabel: string;
  /** Page title: citation label and the clause's opening words. */
  title: string;
  /** Preview description: the clause, cut to a length previews show. */
  description: string;
}

const OPENING_LENGTH = 30;
const DESCRIPTION_LENGTH = 160;

function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function taskPageText(task: { docTitle: string; docNumber: string | null; taskId: string; text: string }): TaskPageText {
  // A title quoted inside 《》 turns its own 《》 into 〈〉, as Chinese typesetting does.
  const quoted = task.docTitle.replace(/《/g, '〈').replace(/》/g, '〉');
  const citationLabel = `《${quoted}》${task.docNumber ? `（${task.docNumber}）` : ''}第${task.taskId}项`;
  const opening = cut(task.text.split(/(?<=[。；;])/)[0] ?? task.text, OPENING_LENGTH);
  return { citationLabel, title: `${citationLabel}：${opening}`, description: cut(task.text, DESCRIPTION_LENGTH) };
}
