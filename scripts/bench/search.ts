/**
 * Search in Chromium, ours against stock Pagefind UI on the same built
 * pages: bytes transferred for a first query (everything the visit fetches,
 * page included) and for later queries, and time from submitting a query to
 * rendered results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';
import { serveStatic } from './static-server.ts';

export const BENCH_QUERIES = ['科技厅', '高新技术企业', '知识产权 保护', '2.4件', '創新型', '人才 引进', '科技成果转化', '70%', '市科技局', '"以企业为主体"', '重点实验室'];

export interface SearchMeasure {
  engine: 'ours' | 'stock Pagefind UI';
  firstQueryBytes: number;
  firstQueryMs: number;
  laterQueryBytesMedian: number;
  laterQueryMsMedian: number;
}

/** Stock Pagefind over the same document pages, and a page with its default UI. */
export async function buildStockPagefind(dist: string): Promise<void> {
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dist });
  await index!.writeFiles({ outputPath: join(dist, 'pagefind-stock') });
  await pagefind.close();
  mkdirSync(join(dist, 'bench-stock'), { recursive: true });
  writeFileSync(join(dist, 'bench-stock/index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>stock</title>
<link href="/pagefind-stock/pagefind-ui.css" rel="stylesheet"><script src="/pagefind-stock/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.ui = new PagefindUI({ element: '#search', bundlePath: '/pagefind-stock/', debounceTimeoutMs: 0, showSubResults: true });</script></body></html>`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Bytes on the wire between two calls of the returned function: response
 * bodies as sent (compressed) and headers, for every request of the context,
 * Pagefind's web worker included.
 */
async function byteCounter(page: Page): Promise<() => Promise<number>> {
  const pending: Promise<number>[] = [];
  page.context().on('requestfinished', (request) => {
    pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize).catch(() => 0));
  });
  return async () => {
    const sizes = await Promise.all(pending.splice(0));
    return sizes.reduce((sum, size) => sum + size, 0);
  };
}

async function oursQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const container = document.querySelector<HTMLElement>('#search-results')!;
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    input.value = text;
    const started = performance.now();
    document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (container.dataset.state === 'done' ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    return performance.now() - started;
  }, query);
}

async function stockQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const started = performance.now();
    (window as unknown as { ui: { triggerSearch: (term: string) => void } }).ui.triggerSearch(text);
    await new Promise<void>((resolve) => {
      const check = () => {
        const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
        const settled = document.querySelector('.pagefind-ui__result-title') || /No results/.test(message);
        if (settled && message.includes(text.replace(/"/g, '').split(' ')[0]!)) resolve();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    return performance.now() - started;
  }, query);
}

export async function measureSearch(dist: string, engines: readonly SearchMeasure['engine'][] = ['ours', 'stock Pagefind UI']): Promise<SearchMeasure[]> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const measures: SearchMeasure[] = [];
  try {
    for (const engine of engines) {
      const context = await browser.newContext();
      // tsx names functions with an `__name` helper that evaluated callbacks carry into the page.
      await context.addInitScript({ content: 'window.__name = (target) => target;' });
      const page = await context.newPage();
      const countBytes = await byteCounter(page);
      await page.goto(`${server.origin}${engine === 'ours' ? '/search/' : '/bench-stock/'}`, { waitUntil: 'networkidle' });
      const run = engine === 'ours' ? oursQuery : stockQuery;
      const [first, ...later] = BENCH_QUERIES;
      const firstQueryMs = await run(page, first!);
      await page.waitForLoadState('networkidle');
      const firstQueryBytes = await countBytes();
      const laterBytes: number[] = [];
      const laterMs: number[] = [];
      for (const query of later) {
        laterMs.push(await run(page, query));
        await page.waitForLoadState('networkidle');
        laterBytes.push(await countBytes());
      }
      measures.push({ engine, firstQueryBytes, firstQueryMs, laterQueryBytesMedian: median(laterBytes), laterQueryMsMedian: median(laterMs) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return measures;
}
