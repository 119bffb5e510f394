import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './axe.ts';
import { launchChromium, openPage } from './chromium.ts';

const PAGES = [
  '/',
  '/docs/xj-2013-innovation-task-division/',
  '/docs/xj-2017-sci-tech-reform-plan/',
  '/docs/city-innovation-plan-hant/',
  '/docs/xj-2013-innovation-task-division/t27/',
  '/docs/changji-2022-sci-tech-plan/source/',
  '/agencies/',
  '/agencies/xj-science-technology-department/',
  '/targets/',
  '/data/',
  '/targets/2020/',
  '/search/',
  `/search/?q=${encodeURIComponent('高新技术企业')}`,
  '/no-such-page/',
];

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.1 AA, %s scheme', (colorScheme) => {
  it.each(PAGES)('%s has no violations', async (path) => {
    // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
    const page = await openPage(browser, path, { colorScheme, bypassCSP: true });
    if (path.startsWith('/search/?')) await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    const report = await wcagViolations(page);
    expect(report).toEqual([]);
    await page.context().close();
  });
});
