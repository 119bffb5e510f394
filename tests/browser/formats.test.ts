import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugFromFileName } from '../../scripts/lib/slug.ts';
import { servedSeedsSite } from './seeds-site.ts';

const FORMATS = 'tests/fixtures/formats';
/** A real PDF, a Word document made from a real text, and a real portal page, as a user would drop them into seeds/. */
const FILES = ['07_fagaiban_caijin_397.pdf', 'roundtrip_26_fengtai_xingdong_jihua.docx', '21_guangzhou_weijianwei_jiating_yisheng_fangan_2023.html'];

const site = servedSeedsSite('formats', FILES.map((name) => join(FORMATS, name)), { timeout: 240_000 });

describe('documents received as PDF, Word and web pages', () => {
  it('each has its reading page, with its title and tasks', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/docs/${slugFromFileName(FILES[0]!)}/`);
    expect(await page.locator('h1').textContent()).toBe('关于加强个人所得税纳税信用建设的通知');
    await page.goto(`${site.origin}/docs/${slugFromFileName(FILES[2]!)}/`);
    expect(await page.locator('h1').textContent()).toContain('推进广州市家庭医生签约服务高质量发展实施方案');
    await page.close();
  });

  it('offers the PDF and the Word document as issued beside the extracted text, byte for byte; the saved web page is not offered', async () => {
    const page = await site.browser.newPage();
    for (const name of FILES.slice(0, 2)) {
      await page.goto(`${site.origin}/docs/${slugFromFileName(name)}/source/`);
      const link = page.locator('a[download]');
      const response = await page.request.get(`${site.origin}${await link.getAttribute('href')}`);
      expect(Buffer.compare(await response.body(), readFileSync(join(FORMATS, name)))).toBe(0);
    }
    await page.goto(`${site.origin}/docs/${slugFromFileName(FILES[2]!)}/source/`);
    expect(await page.locator('a[download]').count()).toBe(0);
    await page.close();
  });

  it('lists what the PDF reader left out of the text: its five page numbers, each with its page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/docs/${slugFromFileName(FILES[0]!)}/source/`);
    expect(await page.locator('.left-out summary').textContent()).toBe('提取时去除的版面内容（5 处）');
    const entries = await page.locator('.left-out li').allTextContents();
    expect(entries.map((entry) => entry.replace(/行/, '行|').split('|')[0]!.replace(/\d+ 行/, 'N 行'))).toEqual([1, 2, 3, 4, 5].map((number) => `第 ${number} 页第 N 行`));
    expect(entries[2]).toMatch(/页码：—3—$/);
    expect(await page.locator('.source-lines').textContent()).not.toContain('—3—');
    await page.close();
  });
});
