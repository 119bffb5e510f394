import { describe, expect, it } from 'vitest';
import { servedSeedsSite } from './seeds-site.ts';

/** The seeds plus a document whose text is markup and script: built as a whole site, then opened in Chromium. */
const site = servedSeedsSite('hostile', ['tests/fixtures/hostile.txt'], { timeout: 180_000 });

describe('a document whose text is markup and script', () => {
  it('shows every character as text and runs nothing', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('console', (message) => { if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text()); });
    await page.goto(`${site.origin}/docs/hostile/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#t1').textContent()).toContain('页面应显示<script>window.__xss = 1</script>为文字');
    expect(await page.locator('#t2').textContent()).toContain('<img src=x onerror="window.__xss = 2">和链接[点此](javascript:window.__xss=3)');
    expect(await page.locator('#t3').textContent()).toContain('*星号* _下划线_ # 井号 | 竖线 `反引号` \\反斜杠 <b>粗体</b> &amp; 都是正文');
    expect(await page.locator('main script, main img, main a[href^="javascript:"], main b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('serves pages under a Content-Security-Policy that still lets search run', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text()); });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('window.__xss')}`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self';");
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(violations).toEqual([]);
    await page.close();
  });
});
