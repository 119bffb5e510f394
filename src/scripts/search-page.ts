/**
 * The /search/ page: reads `?q=` and filters from the address, runs the
 * search, renders results, and keeps the address in step so a search can be
 * shared. The results container's `data-state` says `loading` or `done`.
 */
import { ui } from '../i18n/ui.ts';
import { languageTag } from '../lib/documents.ts';
import { excerpt } from '../lib/excerpt.ts';
import { runSearch } from '../lib/search-engine.ts';
import { type FilterParam, type FilterSelection, searchParams, selectionFromParams } from '../lib/search-filters.ts';
import type { SearchBlock } from '../lib/search-index-format.ts';
import { type FoldMap, queryTerms } from '../lib/search-text.ts';
import { loadFold, loadSearchIndex, type SearchIndex } from './search-index.ts';

const PAGE_SIZE = 10;
const DOCUMENT_PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

/** A result, or nothing for a block whose pairs lined up only modulo 32 (see `runSearch`) and that does not hold a term. */
function renderHit(block: SearchBlock, terms: string[][], fold: FoldMap, query: string): HTMLLIElement[] {
  const parts = excerpt(block.text, terms, fold);
  if (!parts.some((part) => part.match)) return [];
  const [path, anchor] = block.url.split('#');
  const href = `${path}?${new URLSearchParams({ q: query })}${anchor ? `#${anchor}` : ''}`;
  const lang = languageTag(block.script);
  const quote = element('p', { className: 'excerpt', lang }, parts.map((part) => (part.match ? element('mark', {}, [part.text]) : part.text)));
  const title = element('a', { href }, [element('span', { className: 'result-doc', lang }, [block.docTitle]), ' ', element('span', { className: 'result-label' }, [block.label])]);
  const children: (Node | string)[] = [element('h3', {}, [title]), quote];
  if (block.agencies) children.push(element('p', { className: 'result-agencies' }, [block.agencies]));
  return [element('li', { className: 'search-result' }, children)];
}

/** Shows the next page of a list on each call, saying in `data-state` while it loads; the button hides at the end. */
function pager<Item>(items: readonly Item[], pageSize: number, render: (page: readonly Item[]) => Promise<Node[]>, list: Element, button: HTMLButtonElement, container: HTMLElement) {
  let shown = 0;
  const next = async () => {
    const page = items.slice(shown, shown + pageSize);
    shown += page.length;
    list.append(...(await render(page)));
    button.hidden = shown >= items.length;
  };
  button.onclick = async () => {
    container.dataset.state = 'loading';
    await next();
    container.dataset.state = 'done';
  };
  return next;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filters = form.querySelector<HTMLFieldSetElement>('fieldset')!;
  const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[name]')];
  const summary = document.querySelector<HTMLElement>('#search-summary')!;
  const container = document.querySelector<HTMLElement>('#search-results')!;
  const hitsList = document.querySelector<HTMLOListElement>('#search-hits')!;
  const documentsNav = document.querySelector<HTMLElement>('#search-documents')!;
  const documentsList = documentsNav.querySelector('ul')!;
  const moreDocuments = document.querySelector<HTMLButtonElement>('#search-documents-more')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  let generation = 0;
  // A reader on this page is about to search: the manifest and the fold are small, fetch them now.
  void loadSearchIndex();
  void loadFold();

  // Filter values are fetched when the reader reaches for a filter, or when the address sets one.
  let optionsFilled: Promise<void> | undefined;
  const fillFilters = () => {
    optionsFilled ??= loadSearchIndex().then((index) => index.filterOptions()).then((options) => {
      for (const select of selects) {
        select.append(...options[select.name as FilterParam].map(([value, label]) => element('option', { value, textContent: label })));
      }
    });
    return optionsFilled;
  };
  filters.addEventListener('focusin', () => void fillFilters());
  filters.addEventListener('pointerover', () => void fillFilters());

  const documentItems = (index: SearchIndex, query: string, selection: FilterSelection) => async (page: readonly { document: number; blocks: number }[]) =>
    Promise.all(page.map(async ({ document: position, blocks }) => {
      const { slug, label, script } = await index.document(position);
      const item = element('li', {}, [element('a', { href: `?${searchParams(query, { ...selection, doc: slug })}`, lang: languageTag(script) }, [label]), ` （${blocks}）`]);
      item.dataset.document = slug;
      return item;
    }));

  const show = async (query: string, selection: FilterSelection) => {
    const run = ++generation;
    container.dataset.state = 'loading';
    container.setAttribute('aria-busy', 'true');
    summary.textContent = ui.search.loading;
    hitsList.replaceChildren();
    documentsList.replaceChildren();
    documentsNav.hidden = true;
    moreDocuments.hidden = true;
    more.hidden = true;
    try {
      const [index, fold] = await Promise.all([loadSearchIndex(), loadFold()]);
      const terms = queryTerms(query, fold);
      const outcome = await runSearch(index, terms, selection);
      if (run !== generation) return;
      const nextDocuments = pager(outcome.documents, DOCUMENT_PAGE_SIZE, documentItems(index, query, selection), documentsList, moreDocuments, container);
      const nextHits = pager(outcome.hits, PAGE_SIZE, async (page) => (await Promise.all(page.map((block) => index.block(block)))).flatMap((block) => renderHit(block, terms, fold, query)), hitsList, more, container);
      await Promise.all([nextDocuments(), nextHits()]);
      if (run !== generation) return;
      documentsNav.hidden = outcome.documents.length === 0;
      summary.textContent = outcome.hits.length > 0 ? ui.search.summary(outcome.documents.length, outcome.hits.length) : ui.search.none(query);
    } catch (error) {
      summary.textContent = ui.search.failed;
      console.error(error);
    }
    container.dataset.state = 'done';
    container.removeAttribute('aria-busy');
  };

  const fromAddress = async () => {
    const params = new URLSearchParams(location.search);
    const query = params.get('q') ?? '';
    const selection = selectionFromParams(params);
    input.value = query;
    if (Object.keys(selection).length > 0) await fillFilters();
    for (const select of selects) select.value = selection[select.name as FilterParam] ?? '';
    if (query.trim()) await show(query, selection);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const selection: FilterSelection = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
    history.pushState(null, '', `?${searchParams(input.value.trim(), selection)}`);
    void show(input.value.trim(), selection);
  });
  for (const select of selects) select.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', () => void fromAddress());
  void fromAddress();
}
