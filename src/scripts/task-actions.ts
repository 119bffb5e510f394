/**
 * Copy controls on every task: its permalink, or a citation with the link.
 * Added by script because they do nothing without one; the link itself is
 * built from the page's canonical URL, so it names the configured site.
 */
import { ui } from '../i18n/ui.ts';

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
  const base = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  for (const task of root.querySelectorAll<HTMLElement>('.task[data-permalink]')) {
    const link = new URL(task.dataset.permalink!, base).href;
    const citation = `${task.dataset.citation ?? ''} ${link}`.trim();
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const copy = (text: string) => async () => {
      status.textContent = (await copyText(text)) ? ui.task.copied : ui.task.copyFailed;
      clearTimeout(timer);
      timer = setTimeout(() => { status.textContent = ''; }, STATUS_MS);
    };
    const actions = document.createElement('div');
    actions.className = 'task-actions';
    const taskNumber = task.dataset.number ?? '';
    actions.append(button(ui.task.copyLink, taskNumber, copy(link)), button(ui.task.copyCitation, taskNumber, copy(citation)), status);
    task.append(actions);
  }
}
