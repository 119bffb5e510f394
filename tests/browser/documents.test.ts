import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './axe.ts';
import { launchChromium, openPage, siteUrl } from './chromium.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const DOCUMENTS = ['changji-2022-sci-tech-plan', 'city-innovation-plan-hant', 'xj-2011-science-work-plan', 'xj-2013-innovation-task-division', 'xj-2017-sci-tech-reform-plan'];
const PLAN_2017 = '/docs/xj-2017-sci-tech-reform-plan/';

describe('documents that read like documents', () => {
  it('makes headings of titles only: no heading runs past a sentence', async () => {
    for (const slug of DOCUMENTS) {
      const page = await openPage(browser, `/docs/${slug}/`);
      const headings = await page.locator('main h1, main h2, main h3, main h4, main h5, main h6').allTextContents();
      expect(headings.filter((heading) => /[。；].+/.test(heading) || heading.length > 60), slug).toEqual([]);
      await page.context().close();
    }
    // The 2017 plan's numbered items open with their lead sentence in bold, anchors unchanged.
    const page = await openPage(browser, `${PLAN_2017}#s2-p1`);
    expect(await page.locator('#s2-p1 + p strong').first().textContent()).toBe('（一）建立企业主导的产业技术创新机制，激发企业创新内生动力。');
    await page.context().close();
  });

  it('shows no literal Markdown asterisks left by an upstream crawl', async () => {
    const page = await openPage(browser, PLAN_2017);
    expect(await page.locator('main').textContent()).not.toContain('**');
    await page.context().close();
  });

  it('lays a 分工表 out as a table at 1280 px and as labelled cards at 360 px', async () => {
    const wide = await openPage(browser, `${PLAN_2017}#row39`);
    expect(await wide.locator('table.task-table th[scope="col"]').allTextContents()).toEqual(['序号', '任务', '牵头', '参加', '责任', '完成时限']);
    expect(await wide.locator('#row39').evaluate((row) => getComputedStyle(row).display)).toBe('table-row');
    const tableHeight = await wide.locator('table.task-table').evaluate((table) => table.getBoundingClientRect().height);
    expect(await wide.getByRole('button', { name: '复制链接（第39项）' }).count()).toBe(1);
    await wide.context().close();
    const phone = await openPage(browser, `${PLAN_2017}#row39`, { viewport: { width: 360, height: 740 } });
    expect(await phone.locator('#row39').evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await phone.locator('#row39 td.deadline').evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('完成时限');
    // Nothing is wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.context().close();
    expect(tableHeight).toBeLessThan(43_000);
  });

  it('keeps the contents and the top one tap away while reading', async () => {
    const page = await openPage(browser, `${PLAN_2017}#row100`);
    const aids = page.getByRole('navigation', { name: '阅读导航' });
    expect(await aids.isVisible()).toBe(true);
    await aids.getByRole('link', { name: '目录' }).click();
    await page.waitForURL(/#toc$/);
    expect(await page.locator('#toc').evaluate((toc) => toc.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.context().close();
  });

  it('says where an unofficial copy comes from, and keeps the raw text one click away', async () => {
    const page = await openPage(browser, '/docs/city-innovation-plan-hant/');
    expect(await page.getByRole('note').textContent()).toContain('内容农场');
    await page.getByRole('link', { name: '查看原始文本' }).click();
    await page.waitForURL(/\/source\/$/);
    await page.context().close();
  });

  it('shows each target in its sentence, linked to its task, readable at 360 px', async () => {
    const page = await openPage(browser, '/targets/', { viewport: { width: 360, height: 740 }, bypassCSP: true });
    // One page per target year, listed on /targets/.
    await page.locator('.year-index a').first().click();
    await page.waitForURL(/\/targets\/\d{4}\/$/);
    const first = page.locator('.target-item').first();
    expect((await first.locator('.target-sentence').textContent())!.length).toBeGreaterThan((await first.locator('mark').textContent())!.length + 4);
    expect(await first.locator('.target-source a').getAttribute('href')).toMatch(/^\/docs\/.+#/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('open data people can find', () => {
  it('lists every download on /data/, linked from the footer, with its size and fields', async () => {
    const page = await openPage(browser, '/');
    await page.getByRole('link', { name: /开放数据/ }).click();
    await page.waitForURL(/\/data\/$/);
    for (const file of ['documents.json', 'tasks.ndjson', 'tasks.csv', 'agencies.json', 'agency-tasks.ndjson', 'targets.ndjson', 'targets.csv']) {
      const link = page.locator(`a[href="/data/${file}"]`);
      expect(await link.count(), file).toBe(1);
      expect((await fetch(siteUrl(`/data/${file}`))).status, file).toBe(200);
    }
    expect(await page.locator('main').textContent()).toMatch(/大小：\d+(?:\.\d)? (?:B|KB|MB)/);
    expect(await page.locator('main dt code', { hasText: 'docNumber' }).count()).toBeGreaterThan(0);
    await page.close();
    const csv = await (await fetch(siteUrl('/data/tasks.csv'))).text();
    expect(csv.split('\n')[0]).toContain('文件标题,文号');
  });

  it('publishes an Atom feed of the documents, newest first, linked from every page', async () => {
    const page = await openPage(browser, PLAN_2017);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feed.xml');
    const feed = await (await fetch(siteUrl('/feed.xml'))).text();
    const entries = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return [...doc.querySelectorAll('entry')].map((entry) => ({ id: entry.querySelector('id')!.textContent, updated: entry.querySelector('updated')!.textContent }));
    }, feed);
    expect(entries).toHaveLength(DOCUMENTS.length);
    expect(entries.map((entry) => entry.updated)).toEqual([...entries.map((entry) => entry.updated)].sort().reverse());
    expect(entries[0]!.id).toMatch(/^urn:policy-atlas:doc:/);
    await page.context().close();
  });
});
