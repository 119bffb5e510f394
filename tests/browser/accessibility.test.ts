import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from './chromium.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules; best-practice rules are not part of the promise. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

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
  '/search/',
  `/search/?q=${encodeURIComponent('高新技术企业')}`,
  '/no-such-page/',
];

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.1 AA, %s scheme', (colorScheme) => {
  it.each(PAGES)('%s has no violations', async (path) => {
    // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
    const page = await openPage(browser, path, { colorScheme, bypassCSP: true });
    if (path.startsWith('/search/?')) await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    await page.addScriptTag({ content: axeSource });
    const violations: Violation[] = await page.evaluate(async (tags) => {
      const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } })
        .axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    }, WCAG_21_AA);
    // The report names each rule and the first elements that break it, so a failure says what to fix.
    const report = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.slice(0, 3).map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`).join('\n')}`);
    expect(report).toEqual([]);
    await page.context().close();
  });
});
