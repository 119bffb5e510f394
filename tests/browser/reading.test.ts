import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, siteUrl } from './chromium.ts';
import { siteTasks } from './site-tasks.ts';

const tasks = siteTasks();

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Where an element sits against the viewport and whether it is the `:target`, highlighted. */
async function targetState(page: Page, id: string) {
  return page.evaluate((anchor) => {
    const element = document.getElementById(anchor)!;
    const box = element.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const headerBottom = getComputedStyle(document.querySelector('.site-header')!).position === 'sticky' ? header.bottom : 0;
    return {
      isTarget: element.matches(':target'),
      clearOfHeader: box.top >= headerBottom - 1,
      inView: box.top < innerHeight && box.bottom > 0,
      background: getComputedStyle(element).backgroundColor,
      pageBackground: getComputedStyle(document.documentElement).backgroundColor,
    };
  }, id);
}

describe('linking a clause', () => {
  it('opens an in-document anchor with the clause in view, clear of the header, and highlighted', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      const page = await openPage(browser, '/docs/xj-2013-innovation-task-division/#t27', { viewport });
      const state = await targetState(page, 't27');
      expect(state).toMatchObject({ isTarget: true, clearOfHeader: true, inView: true });
      expect(state.background).not.toBe(state.pageBackground);
      expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
      await page.context().close();
    }
  });

  it('opens a task permalink whose title and preview name the document, 文号 and task, with its issuer, date and section', async () => {
    const page = await openPage(browser, '/docs/xj-2013-innovation-task-division/t27/');
    expect(await page.title()).toMatch(/^《贯彻落实〈自治区党委 自治区人民政府关于实施创新驱动发展战略加快创新型新疆建设的意见〉的任务分工》（新政办发〔2013〕118号）第27项：加快推进企业成为技术创新主体/);
    const og = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((meta) => [meta.getAttribute('property'), meta.getAttribute('content')])));
    expect(og).toMatchObject({ 'og:type': 'article', 'og:site_name': '政策图谱' });
    expect(og['og:description']).toContain('加快推进企业成为技术创新主体');
    // Built without SITE_URL: no page names a host it does not know.
    expect(og['og:url']).toBeUndefined();
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    const facts = await page.locator('.doc-meta').textContent();
    expect(facts).toContain('新疆维吾尔自治区人民政府办公厅');
    expect(facts).toContain('2013-11-18');
    expect(await page.locator('.doc-meta a[href*="#"]').textContent()).toBe('(七)建立企业主导产业技术研发创新的体制机制');
    await page.getByRole('link', { name: '在全文中查看' }).click();
    await page.waitForURL(/#t27$/);
    expect(await targetState(page, 't27')).toMatchObject({ isTarget: true, inView: true });
    await page.context().close();
  });

  it('describes documents and clauses as schema.org Legislation, the clause part of its document', async () => {
    const data = async (path: string) => {
      const page = await openPage(browser, path);
      const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      await page.context().close();
      return json;
    };
    const documentData = await data('/docs/xj-2013-innovation-task-division/');
    expect(documentData).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '新政办发〔2013〕118号', legislationDate: '2013-11-18', legislationJurisdiction: '新疆维吾尔自治区', inLanguage: 'zh-CN' });
    expect(documentData.legislationPassedBy[0].name).toBe('新疆维吾尔自治区人民政府办公厅');
    const clause = await data('/docs/xj-2013-innovation-task-division/t27/');
    expect(clause.isPartOf).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '新政办发〔2013〕118号' });
  });

  it('links each permalink to the previous and next task', async () => {
    const page = await openPage(browser, '/docs/xj-2017-sci-tech-reform-plan/row39/');
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/docs/xj-2017-sci-tech-reform-plan/row38/');
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/docs/xj-2017-sci-tech-reform-plan/row40/');
    await page.context().close();
  });

  it('copies a link on the origin served that opens the clause, a GB/T 7714 citation and the short form', async () => {
    const page = await openPage(browser, '/docs/xj-2013-innovation-task-division/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl('/') });
    const permalink = siteUrl('/docs/xj-2013-innovation-task-division/t27/');
    await page.getByRole('button', { name: '复制链接（第27项）' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    await expect.poll(() => page.locator('#t27 [role="status"]').textContent()).toBe('已复制');
    await page.getByRole('button', { name: '复制引用（第27项）' }).click();
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    expect(await page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`新疆维吾尔自治区人民政府办公厅. 贯彻落实《自治区党委 自治区人民政府关于实施创新驱动发展战略加快创新型新疆建设的意见》的任务分工: 新政办发〔2013〕118号 第27项[EB/OL]. (2013-11-18)[${today}]. ${permalink}.`);
    await page.getByRole('button', { name: '复制简引（第27项）' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`《贯彻落实〈自治区党委 自治区人民政府关于实施创新驱动发展战略加快创新型新疆建设的意见〉的任务分工》（新政办发〔2013〕118号）第27项 ${permalink}`);
    // The copied link opens the clause, on the origin it was copied from.
    await page.goto(permalink);
    expect(await page.locator('h1').textContent()).toContain('第27项');
    await page.context().close();
  });
});

describe('agency pages', () => {
  const naming = (id: string) => tasks.filter((task) => [...task.lead, ...task.participants, ...task.responsible, ...task.guidance].some((agency) => agency.agency === id));

  it.each(['xj-science-technology-department', 'changji-shi-science-technology-bureau', 'changji-shi-finance-bureau'])('%s lists exactly the tasks that name it', async (id) => {
    const page = await openPage(browser, `/agencies/${id}/`);
    // Task links carry an anchor (the 发文 list links whole documents); an agency named in many tasks has numbered pages.
    const pages = [`/agencies/${id}/`, ...await page.locator('nav.pager a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))];
    const linked: (string | null)[] = [];
    for (const path of pages) {
      await page.goto(siteUrl(path));
      linked.push(...await page.locator('main [data-view="documents"] li a[href^="/docs/"][href*="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
    }
    const expected = naming(id).map((task) => `/docs/${task.doc}/#${task.anchor}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(linked)).toEqual(new Set(expected));
    await page.context().close();
  });

  it('filters the directory as one types, by short name, full name or alias', async () => {
    const page = await openPage(browser, '/agencies/');
    const total = await page.locator('[data-filter-item]').count();
    for (const query of ['人社', '人力资源和社会保障']) {
      await page.getByLabel('筛选机构').fill(query);
      const visible = await page.locator('[data-filter-item]:visible a').allTextContents();
      expect(visible).toEqual(expect.arrayContaining(['人社厅', '市人社局']));
      expect(await page.locator('#agency-count').textContent()).toBe(`显示 ${visible.length} / ${total} 个机构`);
    }
    await page.getByLabel('筛选机构').fill('');
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(total);
    await page.context().close();
  });
});

describe('document list', () => {
  it('filters by year and by issuer, and keeps the filter in the address', async () => {
    const page = await openPage(browser, '/');
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(5);
    await page.getByLabel('年份').selectOption('2013');
    expect(await page.locator('[data-filter-item]:visible .doc-title').allTextContents()).toEqual(['印发贯彻落实自治区党委自治区人民政府关于实施创新驱动发展战略加快创新型新疆建设意见任务分工的通知']);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2013');
    await page.getByLabel('年份').selectOption('');
    await page.getByLabel('发文机关').selectOption('新疆维吾尔自治区人民政府办公厅');
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(2);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('offers a visible skip link first, with a visible focus ring, that moves focus to the content', async () => {
    const page = await openPage(browser, '/docs/xj-2013-innovation-task-division/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { text: element.textContent, top: element.getBoundingClientRect().top, outline: style.outlineStyle, outlineWidth: style.outlineWidth };
    });
    expect(focused).toMatchObject({ text: '跳到正文', outline: 'solid', outlineWidth: '3px' });
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.context().close();
  });
});

describe('not found', () => {
  it('answers 404 with a page that offers a way on', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(siteUrl('/docs/no-such-document/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    expect(await page.locator('main a[href^="/docs/"]').count()).toBe(5);
    await context.close();
  });
});
