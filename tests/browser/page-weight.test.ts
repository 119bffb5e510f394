import { describe, expect, it } from 'vitest';
import { pageScriptWeight } from '../../scripts/bench/page-weight.ts';
import { READING_PAGES } from '../../scripts/bench/page-weight-report.ts';

/** The budget: reading pages ship at most 10 KB of gzipped JavaScript before any interaction. */
const BUDGET_GZIP_BYTES = 10 * 1024;

describe('JavaScript budget of reading pages', () => {
  it.each(Object.entries(READING_PAGES))('%s stays within 10 KB gzipped', (_name, path) => {
    const weight = pageScriptWeight('dist', path);
    expect(weight.gzipBytes, weight.files.join(', ')).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('counts statically imported chunks of the document page', () => {
    const weight = pageScriptWeight('dist', READING_PAGES.document);
    expect(weight.files.some((file) => file.includes('task-actions'))).toBe(true);
  });
});
