/**
 * The header's agency quick-finder: as the reader types a short name, full
 * name, alias, pinyin or pinyin initials (`kjt` → 科技厅, `rsj` → 人社局), it
 * offers agency pages (ARIA combobox); Enter opens the chosen one, or the
 * first when the reader typed pinyin. Loaded when the search box first gets
 * focus.
 */
import { Index } from 'flexsearch';
import { ui } from '../i18n/ui.ts';
import type { FinderAgency } from '../lib/agency-query.ts';
import { loadAgencies } from './search-index.ts';
import { normalizeKey } from './list-filter.ts';

const LIMIT = 6;
const isLatin = (key: string) => /^[a-z0-9]+$/.test(key);

/** Finds agencies by any of their keys: anywhere in a Chinese name, from the start of a pinyin spelling. */
export async function loadAgencyFinder(): Promise<(query: string) => FinderAgency[]> {
  const entries = await loadAgencies();
  const encode = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  const chinese = new Index({ tokenize: 'full', encode });
  const latin = new Index({ tokenize: 'forward', encode });
  entries.forEach((entry, position) => {
    chinese.add(position, entry.keys.filter((key) => !isLatin(key)).join(' '));
    latin.add(position, entry.keys.filter(isLatin).join(' '));
  });
  return (query) => {
    const key = normalizeKey(query);
    if (!key) return [];
    const found = (isLatin(key) ? latin : chinese).search(key, { limit: 50 }) as number[];
    return found.map((position) => entries[position]!).sort((a, b) => b.taskCount - a.taskCount).slice(0, LIMIT);
  };
}

export async function attachAgencyFinder(input: HTMLInputElement): Promise<void> {
  const find = await loadAgencyFinder();
  const list = document.createElement('ul');
  list.id = `${input.id}-agencies`;
  list.className = 'agency-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', ui.search.agencies);
  list.hidden = true;
  input.form!.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const setActive = (index: number) => {
    active = index;
    options().forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', options()[index]!.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const update = () => {
    const found = find(input.value);
    list.replaceChildren(...found.map((entry, position) => {
      const option = document.createElement('li');
      option.id = `${list.id}-${position}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      const link = document.createElement('a');
      link.href = entry.url;
      link.tabIndex = -1;
      const detail = document.createElement('span');
      detail.className = 'lede';
      detail.textContent = ` ${entry.fullName ?? ''} · ${entry.jurisdiction}`;
      link.append(`${ui.search.agencyHint}${entry.name}`, detail);
      option.append(link);
      return option;
    }));
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    setActive(-1);
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (list.hidden || count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count);
    } else if (event.key === 'Enter' && (active >= 0 || isLatin(normalizeKey(input.value)))) {
      // Enter opens the chosen agency; typed pinyin (kjt) means an agency, so it opens the first.
      event.preventDefault();
      location.assign(options()[Math.max(active, 0)]!.querySelector('a')!.href);
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 200));
  if (input.value) update();
}
