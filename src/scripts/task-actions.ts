/**
 * Copy controls on every task: its permalink, its GB/T 7714 citation, or the
 * short citation for prose. Added by script because they do nothing without
 * one. Links are built on the address the reader is on (`location.origin`),
 * so a link copied from a preview, a mirror or the public site opens where it
 * was copied.
 */
import { ui } from '../i18n/ui.ts';
import { type CitedWork, gbt7714Citation } from '../lib/reference-format.ts';

const STATUS_MS = 2500;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API is missing outside secure contexts; a selected textarea still copies there.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

function button(label: string, taskNumber: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  // Many tasks share the visible label; the accessible name says which task.
  element.setAttribute('aria-label', `${label}（${taskNumber}）`);
  element.addEventListener('click', onClick);
  return element;
}

export function addTaskActions(root: ParentNode = document): void {
  for (const task of root.querySelectorAll<HTMLElement>('.task[data-permalink]')) {
    const link = new URL(task.dataset.permalink!, location.origin).href;
    const work = JSON.parse(task.closest<HTMLElement>('[data-reference]')?.dataset.reference ?? 'null') as CitedWork | null;
    const clause = task.dataset.number ?? '';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The citation is composed at the click: its access date is the day of copying.
    const copy = (text: () => string) => async () => {
      status.textContent = (await copyText(text())) ? ui.task.copied : ui.task.copyFailed;
      clearTimeout(timer);
      timer = setTimeout(() => { status.textContent = ''; }, STATUS_MS);
    };
    const actions = document.createElement('div');
    actions.className = 'task-actions';
    actions.append(
      button(ui.task.copyLink, clause, copy(() => link)),
      ...(work ? [button(ui.task.copyCitation, clause, copy(() => gbt7714Citation(work, { url: link, accessed: new Date(), clause })))] : []),
      button(ui.task.copyShortCitation, clause, copy(() => `${task.dataset.citation ?? ''} ${link}`.trim())),
      status,
    );
    // A table row keeps its controls inside its task cell.
    (task.querySelector('[data-actions-host]') ?? task).append(actions);
  }
}
