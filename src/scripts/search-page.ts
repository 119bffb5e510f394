/**
 * The /search/ page: reads `?q=` and filters from the address, runs the
 * search, renders results, and keeps the address in step so a search can be
 * shared. The results container's `data-state` says `loading` or `done`.
 */
import { ui } from '../i18n/ui.ts';
import { excerpt } from '../lib/excerpt.ts';
import { runSearch, type SearchOutcome } from '../lib/search-engine.ts';
import { DOCUMENT_FILTER, searchParams, selectionFromParams } from '../lib/search-filters.ts';
import { type FoldMap, queryTerms } from '../lib/search-text.ts';
import { loadFold, loadPagefind, type PagefindHit } from './search-index.ts';

const PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

async function renderHit(hit: PagefindHit, terms: string[][], fold: FoldMap, query: string): Promise<HTMLLIElement> {
  const { url, meta } = await hit.data();
  const [path, anchor] = url.split('#');
  const href = `${path}?${new URLSearchParams({ q: query })}${anchor ? `#${anchor}` : ''}`;
  const lang = meta.script === 'zh-Hant' ? 'zh-Hant' : 'zh-CN';
  const quote = element('p', { className: 'excerpt', lang }, excerpt(meta.text, terms, fold).map((part) => (part.match ? element('mark', {}, [part.text]) : part.text)));
  const title = element('a', { href }, [element('span', { className: 'result-doc', lang }, [meta.docTitle]), ' ', element('span', { className: 'result-label' }, [meta.label])]);
  const children: (Node | string)[] = [element('h3', {}, [title]), quote];
  if (meta.agencies) children.push(element('p', { className: 'result-agencies' }, [meta.agencies]));
  return element('li', { className: 'search-result' }, children);
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const summary = document.querySelector<HTMLElement>('#search-summary')!;
  const container = document.querySelector<HTMLElement>('#search-results')!;
  const hitsList = document.querySelector<HTMLOListElement>('#search-hits')!;
  const documentsNav = document.querySelector<HTMLElement>('#search-documents')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  let generation = 0;

  const fillFilters = async () => {
    const totals = await (await loadPagefind()).filters();
    for (const select of selects) {
      const values = Object.keys(totals[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      select.append(...values.map((value) => element('option', { value, textContent: value })));
    }
  };

  const show = async (query: string, selection: Record<string, string>) => {
    const run = ++generation;
    container.dataset.state = 'loading';
    container.setAttribute('aria-busy', 'true');
    summary.textContent = ui.search.loading;
    hitsList.replaceChildren();
    documentsNav.hidden = true;
    more.hidden = true;
    try {
      const [pagefind, fold] = await Promise.all([loadPagefind(), loadFold()]);
      const terms = queryTerms(query, fold);
      const outcome: SearchOutcome<PagefindHit> = await runSearch(
        (phrase, filters) => pagefind.search(phrase, { filters }),
        terms,
        selection,
        DOCUMENT_FILTER,
      );
      if (run !== generation) return;
      const counts = outcome.facets[DOCUMENT_FILTER] ?? {};
      documentsNav.querySelector('ul')!.replaceChildren(...outcome.documents.map((value) => {
        const item = element('li', {}, [
          element('a', { href: `?${searchParams(query, { ...selection, [DOCUMENT_FILTER]: value })}` }, [value]),
          ` （${counts[value] ?? 0}）`,
        ]);
        item.dataset.document = value;
        return item;
      }));
      documentsNav.hidden = outcome.documents.length === 0;
      let shown = 0;
      const showMore = async () => {
        const next = outcome.hits.slice(shown, shown + PAGE_SIZE);
        shown += next.length;
        hitsList.append(...(await Promise.all(next.map((hit) => renderHit(hit, terms, fold, query)))));
        more.hidden = shown >= outcome.hits.length;
      };
      more.onclick = async () => {
        container.dataset.state = 'loading';
        await showMore();
        container.dataset.state = 'done';
      };
      await showMore();
      if (run !== generation) return;
      summary.textContent = outcome.hits.length > 0 ? ui.search.summary(outcome.documents.length, outcome.hits.length) : ui.search.none(query);
    } catch (error) {
      summary.textContent = ui.search.failed;
      console.error(error);
    }
    container.dataset.state = 'done';
    container.removeAttribute('aria-busy');
  };

  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    const query = params.get('q') ?? '';
    const selection = selectionFromParams(params);
    input.value = query;
    for (const select of selects) select.value = selection[select.dataset.filter!] ?? '';
    if (query.trim()) void show(query, selection);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const selection = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));
    history.pushState(null, '', `?${searchParams(input.value.trim(), selection)}`);
    void show(input.value.trim(), selection);
  });
  for (const select of selects) select.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', fromAddress);
  void fillFilters().then(fromAddress);
}
