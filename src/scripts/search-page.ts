/**
 * The /search/ page: reads `?q=` and filters from the address, runs the
 * search, renders results, and keeps the address in step so a search can be
 * shared. The results container's `data-state` says `loading` or `done`.
 */
import { ui } from '../i18n/ui.ts';
import { languageTag } from '../lib/documents.ts';
import { excerpt } from '../lib/excerpt.ts';
import { agenciesNamed, type FinderAgency } from '../lib/agency-query.ts';
import { type QueryTerm, RangedSearch } from '../lib/search-engine.ts';
import { type FilterParam, type FilterSelection, searchParams, selectionFromParams } from '../lib/search-filters.ts';
import type { SearchBlock } from '../lib/search-index-format.ts';
import { type FoldMap, queryParts, queryTerms } from '../lib/search-text.ts';
import { loadAgencies, loadFold, loadSearchIndex, type SearchIndex } from './search-index.ts';

const PAGE_SIZE = 10;
const DOCUMENT_PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

/**
 * A result, or nothing for a block whose pairs lined up only modulo 32 (see
 * `runSearch`) and that does not hold a term. A block an agency of the query
 * covers (a task assigned to it) counts even when its text names it otherwise.
 */
function renderHit(block: SearchBlock, terms: string[][], fold: FoldMap, query: string, covered: boolean): HTMLLIElement[] {
  const parts = excerpt(block.text, terms, fold);
  if (!covered && !parts.some((part) => part.match)) return [];
  const [path, anchor] = block.url.split('#');
  const href = `${path}?${new URLSearchParams({ q: query })}${anchor ? `#${anchor}` : ''}`;
  const lang = languageTag(block.script);
  const quote = element('p', { className: 'excerpt', lang }, parts.map((part) => (part.match ? element('mark', {}, [part.text]) : part.text)));
  const title = element('a', { href }, [element('span', { className: 'result-doc', lang }, [block.docTitle]), ' ', element('span', { className: 'result-label' }, [block.label])]);
  const children: (Node | string)[] = [element('h3', {}, [title]), quote];
  if (block.agencies) children.push(element('p', { className: 'result-agencies' }, [block.agencies]));
  return [element('li', { className: 'search-result' }, children)];
}

/** The agencies a query names, above the results: who they are, their tasks by role, and where to go next. */
function agencyCard(agency: FinderAgency): HTMLLIElement {
  const counts = { ...agency.roleCounts, total: agency.taskCount };
  return element('li', { className: 'agency-card' }, [
    element('h3', {}, [element('a', { href: agency.url }, [agency.fullName ?? agency.name])]),
    element('p', { className: 'lede' }, [`${agency.jurisdiction} · ${ui.agencies.roleCounts(counts)}`]),
    element('p', {}, [element('a', { href: `?${searchParams('', { agency: agency.id })}` }, [ui.search.agencyTasks(agency.name)])]),
  ]);
}

/**
 * A query's terms, each knowing the agencies it names: such a term covers the
 * blocks that mention them (by any name, or by assigning them a task), and
 * every name they go by is highlighted.
 */
function queryTermsWithAgencies(query: string, fold: FoldMap, agencies: readonly FinderAgency[]) {
  const named = new Map<string, FinderAgency>();
  const terms: QueryTerm[] = [];
  const highlighted: string[][] = [];
  for (const part of queryParts(query)) {
    const own = queryTerms(part, fold);
    const matches = agenciesNamed(part, agencies, fold);
    matches.forEach((agency) => named.set(agency.id, agency));
    highlighted.push(...own, ...matches.flatMap((agency) => agency.names.flatMap((name) => queryTerms(name, fold))));
    if (matches.length > 0) terms.push({ variants: own, covers: matches.map((agency) => ['mention', agency.id]) });
    else if (own.length > 0) terms.push({ variants: own });
  }
  return { terms, named: [...named.values()], highlighted };
}

/**
 * Shows the next page of a growing list on each call: `fill` finds enough
 * items first (searching further ranges), saying so in `data-state`; the
 * button hides when nothing is left, and `afterMore` runs after each press.
 */
function pager<Item>(items: () => readonly Item[], fill: (wanted: number) => Promise<boolean>, pageSize: number, render: (page: readonly Item[]) => Promise<Node[]>, list: Element, button: HTMLButtonElement, container: HTMLElement, afterMore: () => void) {
  let shown = 0;
  const next = async () => {
    const done = await fill(shown + pageSize);
    const page = items().slice(shown, shown + pageSize);
    shown += page.length;
    list.append(...(await render(page)));
    button.hidden = done && shown >= items().length;
  };
  button.onclick = async () => {
    container.dataset.state = 'loading';
    await next();
    afterMore();
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
  const agenciesSection = document.querySelector<HTMLElement>('#search-agencies')!;
  const agenciesList = agenciesSection.querySelector('ul')!;
  let generation = 0;
  // A reader on this page is about to search: the manifest and the fold are small, fetch them now.
  void loadSearchIndex();
  void loadFold();

  // A filter with too many values to ship with the page fills in when the reader reaches for it, or when the address sets it.
  const lazySelects = selects.filter((select) => select.dataset.lazy !== undefined);
  let lazyFilled: Promise<void> | undefined;
  const fillLazy = () => {
    lazyFilled ??= loadSearchIndex().then((index) => index.filterOptions()).then((options) => {
      for (const select of lazySelects) select.append(...options[select.name as FilterParam].map(([value, label]) => element('option', { value, textContent: label })));
    });
    return lazyFilled;
  };
  if (lazySelects.length > 0) {
    filters.addEventListener('focusin', () => void fillLazy());
    filters.addEventListener('pointerover', () => void fillLazy());
  }

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
    agenciesList.replaceChildren();
    agenciesSection.hidden = true;
    documentsNav.hidden = true;
    moreDocuments.hidden = true;
    more.hidden = true;
    try {
      const [index, fold, agencies] = await Promise.all([loadSearchIndex(), loadFold(), loadAgencies()]);
      const { terms, named, highlighted } = queryTermsWithAgencies(query, fold, agencies);
      const search = await RangedSearch.start(index, terms, selection);
      if (run !== generation) return;
      // The agency a filter names, or the agencies the query names; else, when nothing was found, those its letters spell (kjt).
      const shownAgencies = (found: boolean) => selection.agency ? agencies.filter((agency) => agency.id === selection.agency)
        : named.length > 0 ? named
        : found ? [] : agencies.filter((agency) => agency.keys.includes(query.trim().toLowerCase()));
      const divider = element('li', { className: 'search-divider' }, [element('h2', {}, [ui.search.partialHeading])]);
      let rendered = 0;
      const renderPage = async (page: readonly number[]) => {
        const blocks = await Promise.all(page.map((block) => index.block(block)));
        return blocks.flatMap((block, position) => {
          const items: HTMLLIElement[] = rendered === search.completeHits && search.done && terms.length > 1 ? [divider] : [];
          rendered += 1;
          return [...items, ...renderHit(block, highlighted, fold, query, search.covered.has(page[position]!))];
        });
      };
      const summarize = () => {
        const found = search.hits.length;
        const partial = found - search.completeHits;
        summary.textContent = found === 0 && search.done ? ui.search.none(query)
          : !search.done ? ui.search.summarySoFar(search.documentsSearched, index.documentCount, search.documents.length, found)
          : terms.length === 0 ? ui.search.filtered(search.documents.length, found)
          : partial > 0 ? ui.search.summaryWithPartial(search.documents.length, search.completeHits, partial)
          : ui.search.summary(search.documents.length, found);
      };
      const nextDocuments = pager(() => search.documents, async (wanted) => (await search.fill(0, wanted), search.done), DOCUMENT_PAGE_SIZE, documentItems(index, query, selection), documentsList, moreDocuments, container, summarize);
      const nextHits = pager(() => search.hits, async (wanted) => (await search.fill(wanted, 0), search.done), PAGE_SIZE, renderPage, hitsList, more, container, summarize);
      await Promise.all([nextHits(), nextDocuments()]);
      if (run !== generation) return;
      agenciesList.append(...shownAgencies(search.hits.length > 0).map(agencyCard));
      agenciesSection.hidden = agenciesList.childElementCount === 0;
      documentsNav.hidden = search.documents.length === 0;
      summarize();
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
    if (lazySelects.some((select) => selection[select.name as FilterParam])) await fillLazy();
    for (const select of selects) select.value = selection[select.name as FilterParam] ?? '';
    if (query.trim() || Object.keys(selection).length > 0) await show(query, selection);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const selection: FilterSelection = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
    // An agency chosen from the results stays chosen until the reader searches anew.
    const current = selectionFromParams(new URLSearchParams(location.search));
    if (current.agency && (event as SubmitEvent).submitter === null) selection.agency = current.agency;
    history.pushState(null, '', `?${searchParams(input.value.trim(), selection)}`);
    void show(input.value.trim(), selection);
  });
  for (const select of selects) select.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', () => void fromAddress());
  void fromAddress();
}
