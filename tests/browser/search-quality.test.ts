import { policyFiles } from '../../scripts/read-document.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, siteUrl } from './chromium.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { loadTruth, relevantDocuments, relevantTasks } from './search-truth.ts';

const truth = loadTruth(policyFiles('seeds'));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => { await browser?.close(); });

/** Runs a query through /search/?q= as a reader would, following 显示更多 to the end. */
async function searchSite(query: string): Promise<{ documents: Set<string>; tasks: Set<string> }> {
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
  await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
  for (const more of ['#search-more', '#search-documents-more']) {
    while (await page.locator(more).isVisible()) {
      await page.locator(more).click();
      await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    }
  }
  const slugs = await page.locator('#search-documents li[data-document]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.document!));
  const hrefs = await page.locator('.search-result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return {
    documents: new Set(slugs),
    tasks: new Set(hrefs.map((href) => `${href.split('/')[2]}#${href.split('#')[1] ?? ''}`)),
  };
}

describe('search quality on the seed site', () => {
  it(`finds every document for ${SEARCH_QUERIES.length} queries, with precision of at least 95%`, async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(50);
    const missed: string[] = [];
    let found = 0;
    let correct = 0;
    let relevantTaskCount = 0;
    let foundTaskCount = 0;
    const rows: string[] = [];
    for (const { query, kind } of SEARCH_QUERIES) {
      const result = await searchSite(query);
      const { required, acceptable } = relevantDocuments(truth, query);
      const tasks = relevantTasks(truth, query);
      const missing = [...required].filter((slug) => !result.documents.has(slug));
      if (missing.length > 0) missed.push(`${query}: missing ${missing.join(', ')}`);
      found += result.documents.size;
      correct += [...result.documents].filter((slug) => acceptable.has(slug)).length;
      const tasksFound = [...tasks].filter((key) => result.tasks.has(key)).length;
      relevantTaskCount += tasks.size;
      foundTaskCount += tasksFound;
      rows.push(`| ${kind} | ${query} | ${required.size} | ${result.documents.size} | ${tasksFound}/${tasks.size} |`);
    }
    const precision = found === 0 ? 1 : correct / found;
    console.log([
      '| class | query | documents (truth) | documents (found) | tasks found/truth |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `document-level recall: ${missed.length === 0 ? '100%' : `${missed.length} queries missed documents`}; precision ${(precision * 100).toFixed(1)}% (${correct}/${found}); task-level recall ${((foundTaskCount / relevantTaskCount) * 100).toFixed(1)}% (${foundTaskCount}/${relevantTaskCount})`,
    ].join('\n'));
    expect(missed).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
