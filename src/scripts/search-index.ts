/**
 * The browser's handle on the search index: Pagefind, loaded from the built
 * site on first use, and the character fold that queries go through.
 */
import { type FoldMap, parseFoldMap } from '../lib/search-text.ts';
import type { IndexAnswer, IndexHit } from '../lib/search-engine.ts';

export interface BlockData {
  url: string;
  meta: { title: string; doc: string; docTitle: string; label: string; agencies: string; script: string; text: string };
}

export interface PagefindHit extends IndexHit {
  data: () => Promise<BlockData>;
}

interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options: { filters: Record<string, unknown> }) => Promise<IndexAnswer<PagefindHit>>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;
let fold: Promise<FoldMap> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime URL of the built site, not a module of the bundle.
    const module = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind;
    await module.options({ excerptLength: 0 });
    await module.init();
    return module;
  })();
  return pagefind;
}

export function loadFold(): Promise<FoldMap> {
  fold ??= fetch('/search/fold.txt').then((response) => response.text()).then(parseFoldMap);
  return fold;
}
