import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './axe.ts';
import { launchChromium, openPage, siteUrl } from './chromium.ts';
import { siteTasks } from './site-tasks.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const tasks = siteTasks();
const STI = 'xj-science-technology-department';
const done = '#search-results[data-state="done"]';
const summaryCount = async (page: Page) => Number(/找到 (\d+) (?:处|项)/.exec((await page.locator('#search-summary').textContent())!)![1]);

async function searched(path: string): Promise<Page> {
  const page = await openPage(browser, path, { bypassCSP: true });
  await page.waitForSelector(done, { state: 'attached' });
  return page;
}

describe('search knows agencies', () => {
  it.each(['人社厅', '人力资源和社会保障厅', '自治区人社厅'])('finds %s in both documents that name it, under either name, with the agency first', async (query) => {
    const page = await searched(`/search/?q=${encodeURIComponent(query)}`);
    const documents = await page.locator('#search-documents li[data-document]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.document));
    expect(new Set(documents)).toEqual(new Set(['xj-2013-innovation-task-division', 'xj-2017-sci-tech-reform-plan']));
    const card = page.locator('#search-agencies .agency-card');
    expect(await card.count()).toBe(1);
    expect(await card.locator('h3 a').getAttribute('href')).toBe('/agencies/xj-human-resources-social-security-department/');
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('puts results holding every term first, under their own heading, and says how many hold only some', async () => {
    const page = await searched(`/search/?q=${encodeURIComponent('科技厅 2017年完成')}`);
    expect(await page.locator('#search-summary').textContent()).toMatch(/(\d+) 处包含全部搜索词，(\d+) 处只包含部分搜索词/);
    while (await page.locator('#search-more').isVisible()) {
      await page.locator('#search-more').click();
      await page.waitForSelector(done, { state: 'attached' });
    }
    const complete = Number(/(\d+) 处包含全部/.exec((await page.locator('#search-summary').textContent())!)![1]);
    const items = await page.locator('#search-hits > li').evaluateAll((list) => list.map((item) => item.className));
    expect(items.indexOf('search-divider')).toBe(complete);
    expect(await page.locator('.search-divider h2').textContent()).toBe('只包含部分搜索词的结果');
    await page.context().close();
  });

  it('lists what a filter covers with no query: every task an agency leads, every task due in a year', async () => {
    const leads = tasks.filter((task) => task.lead.some((agency) => agency.agency === STI)).length;
    const lead = await searched('/search/?lead=科技厅');
    expect(await summaryCount(lead)).toBe(leads);
    await lead.context().close();
    const due2017 = tasks.filter((task) => task.deadline?.due?.startsWith('2017')).length;
    const due = await searched('/search/?due=2017');
    expect(await due.inputValue('select[name="due"]')).toBe('2017');
    expect(await summaryCount(due)).toBe(due2017);
    expect(due2017).toBeGreaterThan(0);
    await due.context().close();
    const ongoing = await searched('/search/?due=ongoing');
    expect(await summaryCount(ongoing)).toBe(tasks.filter((task) => !task.deadline?.due && task.deadline?.kind === 'ongoing').length);
    await ongoing.context().close();
  });

  it('offers the agency pinyin initials spell when the text has no hit', async () => {
    const page = await searched('/search/?q=kjt');
    expect(await page.locator('#search-agencies .agency-card h3 a').getAttribute('href')).toBe(`/agencies/${STI}/`);
    await page.context().close();
  });
});

describe('agency pages answer "what, and by when"', () => {
  it('counts every role, adding up to the total, and shows each task deadline', async () => {
    const page = await openPage(browser, `/agencies/${STI}/`);
    const counts = (await page.locator('.doc-meta').textContent())!;
    const [lead, participant, responsible, total] = ['牵头', '参加', '责任', '共'].map((label) => Number(new RegExp(`${label} (\\d+)`).exec(counts)![1]));
    expect(lead! + participant! + responsible!).toBe(total);
    expect(responsible).toBeGreaterThan(0);
    expect(await page.locator('[data-view="documents"] li', { hasText: '时限：2017年完成（2017-12-31前）' }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('sorts the tasks by due date on request', async () => {
    const page = await openPage(browser, `/agencies/${STI}/`, { bypassCSP: true });
    await page.getByLabel('按完成时限').check();
    expect(await page.locator('[data-view="documents"]').isHidden()).toBe(true);
    const days = await page.locator('[data-view="due"] li').evaluateAll((items) => items.map((item) => /（(\d{4}-\d{2}-\d{2})前）/.exec(item.textContent!)?.[1]).filter(Boolean));
    expect(days.length).toBeGreaterThan(3);
    expect(days).toEqual([...days].sort());
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('offers the agency tasks as CSV and its deadlines as an iCalendar file that parses, with all-day events on the right days', async () => {
    const csv = new Uint8Array(await (await fetch(siteUrl(`/agencies/${STI}/tasks.csv`))).arrayBuffer());
    // A BOM, so Excel reads UTF-8; then Chinese headers.
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv).split('\r\n')[0]).toBe('任务,角色,内容,时限（原文）,到期日,状态,网址');
    const response = await fetch(siteUrl(`/agencies/${STI}/calendar.ics`));
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const dated = tasks.filter((task) => task.deadline?.due && [...task.lead, ...task.participants, ...task.responsible].some((agency) => agency.agency === STI));
    expect(events.length).toBe(dated.length);
    const row25 = events.find((event) => event.uid === 'xj-2017-sci-tech-reform-plan/row25@policy-atlas')!;
    expect(row25.startDate.isDate).toBe(true);
    expect(row25.startDate.toString()).toBe('2017-12-31');
    expect(row25.summary).toBe('《新疆维吾尔自治区深化科技体制改革实施方案》第25项');
    // 6月底 is the 30th of June.
    const june = dated.find((task) => task.deadline!.due!.endsWith('-06'));
    if (june) expect(events.find((event) => event.uid === `${june.doc}/${june.anchor}@policy-atlas`)!.startDate.toString()).toBe(`${june.deadline!.due}-30`);
  });
});

describe('the deadline view', () => {
  it('lists every dated task soonest first, a page per year, filterable by agency, and marks the overdue', async () => {
    const index = await openPage(browser, '/deadlines/', { bypassCSP: true });
    const years = await index.locator('.year-index a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(await wcagViolations(index)).toEqual([]);
    await index.context().close();
    const days: string[] = [];
    let overdue = 0;
    for (const year of years) {
      const page = await openPage(browser, year);
      days.push(...await page.locator('.deadline-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!)));
      overdue += await page.locator('.due-overdue .due-badge').count();
      await page.context().close();
    }
    expect(days.length).toBe(tasks.filter((task) => task.deadline?.due).length);
    expect(days).toEqual([...days].sort());
    expect(overdue).toBeGreaterThan(0);
    const page = await openPage(browser, '/deadlines/2017/', { bypassCSP: true });
    const all = await page.locator('[data-filter-item]').count();
    await page.selectOption('select[name="agency"]', STI);
    expect(await page.locator('[data-filter-item]:not([hidden])').count()).toBeLessThan(all);
    expect(page.url()).toContain(`agency=${STI}`);
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the header finder', () => {
  it('opens the agency on Enter when the reader typed its pinyin initials', async () => {
    const page = await openPage(browser, '/');
    await page.locator('#header-search-input').focus();
    await page.locator('#header-search-input').pressSequentially('kjt');
    await expect.poll(() => page.locator('#header-search-input-agencies [role="option"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/agencies/${STI}/`);
    await page.context().close();
  });
});
