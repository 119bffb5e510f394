import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules; best-practice rules are not part of the promise. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * Runs axe-core's WCAG 2.1 AA rules on an open page (opened with `bypassCSP`:
 * axe is injected as an inline script, which the site's policy rightly
 * refuses) and reports each broken rule with the first elements that break it,
 * so a failure says what to fix.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations: Violation[] = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, WCAG_21_AA);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.slice(0, 3).map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`).join('\n')}`);
}
