import { pagerPages } from '../../src/lib/pagination.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { policyFiles } from '../../scripts/read-document.ts';
import { slugFromFileName } from '../../scripts/lib/slug.ts';
import { wcagViolations } from './axe.ts';
import { servedSeedsSite } from './seeds-site.ts';

const REAL = 'tests/fixtures/real';
const SEARCH_RANGE_SIZE = 25;
const LIST_PAGE_SIZE = 50;
/** The real documents, as a user would drop them in: no sidecars. */
const realFiles = policyFiles(REAL).filter((file) => !file.endsWith('README.md'));

/** The seeds plus every real document, built with a plain (not strict) build: nothing is refused. Its search index is cut into ranges of 25 documents, its lists into pages of 50. */
const site = servedSeedsSite('registry', realFiles, { searchRangeSize: SEARCH_RANGE_SIZE, listPageSize: LIST_PAGE_SIZE, timeout: 240_000 });

async function open(path: string, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return page;
}

interface AgencyRecord {
  id: string;
  verified: boolean;
  jurisdiction: { id: string; level: string };
  taskCount: number;
}

describe('a site built from the seeds and every real document, without sidecars', () => {
  it('publishes every document and summarizes the names it could not verify', () => {
    for (const file of realFiles) expect(existsSync(join(site.workspace, 'dist/docs', slugFromFileName(file), 'index.html')), file).toBe(true);
    expect(site.printed).toMatch(/agencies: \d+ name\(s\) unverified/);
  });

  it('shows an agency in its place: breadcrumb, every role count, and the documents it issued', async () => {
    const page = await open('/agencies/beijing-110000-civil-affairs/');
    expect(await page.locator('nav.breadcrumb li').allTextContents()).toEqual(['全国', '北京市']);
    expect(await page.locator('h1').textContent()).toBe('北京市民政局');
    expect(await page.locator('.doc-meta').textContent()).toMatch(/牵头 \d+ · 参加 \d+ · 责任 \d+ · 共 \d+ 项/);
    await page.context().close();
    const ndrc = await open('/agencies/national-development-reform-commission/');
    expect(await ndrc.locator('main h2', { hasText: '发文' }).count()).toBe(1);
    await ndrc.context().close();
  });

  it('marks an unverified agency 未核实, accessibly', async () => {
    const agencies = JSON.parse(readFileSync(join(site.workspace, 'dist/data/agencies.json'), 'utf8')) as AgencyRecord[];
    const unverified = agencies.find((agency) => !agency.verified && agency.taskCount > 0)!;
    const page = await open(`/agencies/${unverified.id}/`, { bypassCSP: true });
    expect(await page.locator('h1 .badge-unverified').textContent()).toBe('未核实');
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('links a reorganized agency to its successor and back', async () => {
    const page = await open('/agencies/ministry-of-land-and-resources/');
    await page.getByRole('link', { name: '自然资源部' }).click();
    await page.waitForURL(/ministry-of-natural-resources/);
    expect(await page.getByRole('link', { name: '国土资源部' }).count()).toBe(1);
    await page.context().close();
  });

  it('filters the directory by jurisdiction and level, and keeps the filter in the address', async () => {
    const agencies = (JSON.parse(readFileSync(join(site.workspace, 'dist/data/agencies.json'), 'utf8')) as AgencyRecord[]).filter((agency) => agency.taskCount > 0);
    const page = await open('/agencies/?j=beijing-110000', { bypassCSP: true });
    const shown = () => page.locator('[data-filter-item]:not([hidden])').count();
    const inBeijing = await shown();
    expect(inBeijing).toBeGreaterThan(50);
    expect(inBeijing).toBeLessThan(agencies.length);
    await page.selectOption('select[name=level]', 'county');
    // Beijing's districts are counties: fewer agencies, all of them in a district.
    expect(await shown()).toBeLessThan(inBeijing);
    expect(await page.locator('[data-filter-item]:not([hidden])').evaluateAll((items) => items.every((item) => (item as HTMLElement).dataset.level === 'county'))).toBe(true);
    expect(page.url()).toContain('j=beijing-110000');
    expect(page.url()).toContain('level=county');
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('search over an index cut into ranges', () => {
  it('shows the newest documents’ hits first, says how many documents it has searched, and goes on into older ones on request', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('营商环境')}`, { bypassCSP: true });
    const done = () => page.waitForSelector('#search-results[data-state="done"]');
    await done();
    const total = realFiles.length + readdirSync('seeds').filter((name) => /\.(txt|md)$/.test(name)).length;
    expect(await page.locator('#search-summary').textContent()).toMatch(new RegExp(`^在最新的 \\d+ 份文件中找到 \\d+ 处，分属 \\d+ 份文件；共 ${total} 份文件`));
    expect(await page.locator('#search-more').isVisible()).toBe(true);
    for (let presses = 0; presses < 20 && (await page.locator('#search-more').isVisible()); presses++) {
      await page.click('#search-more');
      await done();
    }
    const [, documents, hits] = /^在 (\d+) 份文件中找到 (\d+) 处$/.exec((await page.locator('#search-summary').textContent())!) ?? [];
    expect(Number(documents)).toBeGreaterThan(SEARCH_RANGE_SIZE / 2);
    expect(await page.locator('.search-result').count()).toBe(Number(hits));
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('lists longer than a page', () => {
  it('cuts the document list into pages, and filters all documents on the search page', async () => {
    const total = realFiles.length + readdirSync('seeds').filter((file) => file.endsWith('.txt')).length;
    const page = await open('/', { bypassCSP: true });
    expect(await page.locator('#document-list li').count()).toBe(LIST_PAGE_SIZE);
    const pager = page.getByRole('navigation', { name: '文件分页' }).first();
    // Every page the pager shows but the current one is a link; a long list shows those near it, the first and the last.
    expect(await pager.getByRole('link').count()).toBe(pagerPages(Math.ceil(total / LIST_PAGE_SIZE), 1).filter((shown) => shown !== null && shown !== 1).length);
    await pager.getByRole('link', { name: /^第2页/ }).click();
    await page.waitForURL(/\/page\/2\/$/);
    expect(await page.locator('#document-list li').count()).toBe(LIST_PAGE_SIZE);
    expect(await page.locator('[aria-current="page"]').first().textContent()).toBe(`第2页（第${LIST_PAGE_SIZE + 1}–${2 * LIST_PAGE_SIZE}份）`);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('年份').selectOption('2024');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/\/search\/\?issuer=&year=2024$/);
    await page.locator('#search-results[data-state="done"]').waitFor();
    expect(await page.locator('#search-documents li').count()).toBeGreaterThan(3);
    await page.context().close();
  });

  it('cuts a year of targets into pages', async () => {
    const page = await open('/targets/');
    const years = await page.locator('.year-index li').allTextContents();
    const [, key, count] = years.map((text) => /^(\d{4})年（(\d+)）$/.exec(text)).find((match) => match && Number(match[2]) > LIST_PAGE_SIZE)!;
    await page.goto(`${site.origin}/targets/${key}/page/2/`);
    expect(await page.locator('.target-item').count()).toBe(Math.min(LIST_PAGE_SIZE, Number(count) - LIST_PAGE_SIZE));
    expect(await page.locator('ol.target-list').getAttribute('start')).toBe(String(LIST_PAGE_SIZE + 1));
    await page.context().close();
  });

  it('cuts a year of deadlines into pages, and filters the whole year by agency on the search page', async () => {
    const index = JSON.parse(readFileSync(join(site.workspace, 'content/lists/index.json'), 'utf8')) as { deadlines: { year: string; total: number; agencies: string[] }[] };
    const { year, total: count, agencies } = index.deadlines.find(({ total }) => total > LIST_PAGE_SIZE)!;
    const page = await open(`/deadlines/${year}/page/2/`);
    expect(await page.locator('.deadline-list li').count()).toBe(Math.min(LIST_PAGE_SIZE, count - LIST_PAGE_SIZE));
    const agency = agencies[0]!;
    await page.getByLabel('机构').selectOption(agency);
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('due') === year && url.searchParams.get('agency') === agency);
    await page.locator('#search-results[data-state="done"]').waitFor();
    expect(await page.locator('#search-summary').textContent()).toMatch(/^按筛选条件，在 \d+ 份文件中找到 [1-9]\d* 项$/);
    await page.context().close();
  });
});
