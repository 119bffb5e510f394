import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from './chromium.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const done = '#search-results[data-state="done"]';

describe('search page', () => {
  it('reproduces a shared search from the address, filters included, and says when it is done', async () => {
    const page = await openPage(browser, `/search/?q=${encodeURIComponent('科技厅')}&year=2013`);
    await page.waitForSelector(done, { state: 'attached' });
    expect(await page.inputValue('#search-query')).toBe('科技厅');
    expect(await page.inputValue('select[name="year"]')).toBe('2013');
    const hrefs = await page.locator('.search-result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/docs/xj-2013-innovation-task-division/?q='))).toBe(true);
    expect(await page.locator('#search-summary').textContent()).toMatch(/^在 1 份文件中找到 \d+ 处$/);
    await page.context().close();
  });

  it('shows each result with its document, task number, marked excerpt and agencies, and follows it to the highlighted clause', async () => {
    const page = await openPage(browser, `/search/?q=${encodeURIComponent('加快推进企业成为技术创新主体')}`);
    await page.waitForSelector(done, { state: 'attached' });
    const first = page.locator('.search-result').first();
    expect(await first.locator('.result-label').textContent()).toBe('第27项');
    expect(await first.locator('mark').first().textContent()).toBe('加快推进企业成为技术创新主体');
    expect(await first.locator('.result-agencies').textContent()).toContain('牵头：经信委、科技厅');
    await first.locator('h3 a').click();
    await page.waitForURL(/#t27$/);
    await expect.poll(() => page.locator('#t27 mark.search-hit').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementById('t27')!.matches(':target'))).toBe(true);
    await page.context().close();
  });

  it('finds traditional text with a simplified query and shows the excerpt as written', async () => {
    const page = await openPage(browser, `/search/?q=${encodeURIComponent('科技行动计划')}`);
    await page.waitForSelector(done, { state: 'attached' });
    const marks = await page.locator('.search-result mark').allTextContents();
    expect(marks).toContain('科技行動計劃');
    expect(await page.locator('.search-result .excerpt').first().getAttribute('lang')).toBe('zh-Hant');
    await page.context().close();
  });

  it('has every filter value on the page as it loads, and narrows results to the chosen agency\'s tasks', async () => {
    const page = await openPage(browser, `/search/?q=${encodeURIComponent('知识产权')}`);
    await page.waitForSelector(done, { state: 'attached' });
    const unfiltered = await page.locator('#search-summary').textContent();
    expect(await page.locator('select[name="lead"] option').count()).toBeGreaterThan(10);
    await page.locator('select[name="lead"]').selectOption('科技厅');
    await page.waitForURL((url) => url.searchParams.get('lead') === '科技厅');
    await page.waitForSelector(done, { state: 'attached' });
    expect(await page.locator('#search-summary').textContent()).not.toBe(unfiltered);
    const agencies = await page.locator('.search-result .result-agencies').allTextContents();
    expect(agencies.length).toBeGreaterThan(0);
    for (const line of agencies) expect(line).toMatch(/牵头：[^；]*科技厅/);
    await page.context().close();
  });

  it('says so when nothing is found', async () => {
    const page = await openPage(browser, `/search/?q=${encodeURIComponent('量子计算')}`);
    await page.waitForSelector(done, { state: 'attached' });
    expect(await page.locator('#search-summary').textContent()).toBe('没有找到“量子计算”。请检查用字，或减少搜索词。');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.context().close();
  });
});

describe('agency quick-finder', () => {
  it.each([
    ['kjt', '科技厅', '/agencies/xj-science-technology-department/'],
    ['人力资源和社会保障', '人社厅', '/agencies/xj-human-resources-social-security-department/'],
    ['昌吉市科学技术局', '市科技局', '/agencies/changji-shi-science-technology-bureau/'],
  ])('finds %s in the header and opens the agency page', async (typed, name, path) => {
    const page = await openPage(browser, '/');
    await page.locator('#header-search-input').focus();
    await page.locator('#header-search-input').pressSequentially(typed);
    const option = page.getByRole('option').first();
    await expect.poll(() => option.textContent()).toContain(name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === path);
    await page.context().close();
  });

  it('filters the agency directory by pinyin initials', async () => {
    const page = await openPage(browser, '/agencies/');
    await page.getByLabel('筛选机构').fill('rst');
    expect(await page.locator('[data-filter-item]:visible a').allTextContents()).toContain('人社厅');
    await page.context().close();
  });
});
