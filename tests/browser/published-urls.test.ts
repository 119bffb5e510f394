import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from './chromium.ts';

const PUBLISHED = readFileSync('tests/fixtures/published-urls.txt', 'utf8').split('\n').filter((line) => line.startsWith('/'));

describe('published URLs', () => {
  it('still open every document, clause and agency page linked before', async () => {
    const broken: string[] = [];
    for (const path of PUBLISHED) {
      const response = await fetch(siteUrl(path));
      if (!response.ok) broken.push(`${path}: ${response.status}`);
    }
    expect(PUBLISHED.length).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });
});
