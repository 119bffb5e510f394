/**
 * Screenshots of the built site for review and for the README: a document at
 * desktop and phone width, in dark mode, and in print. Needs `npm run build`
 * first, Debian's chromium, and a CJK font (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';

const OUT_DIR = 'docs/screenshots';
const PORT = 4398;

const SHOTS = [
  { name: 'document-desktop', path: '/docs/xj-2013-innovation-task-division/#t27', viewport: { width: 1280, height: 900 } },
  { name: 'document-phone', path: '/docs/changji-2022-sci-tech-plan/#s2-p2', viewport: { width: 360, height: 780 } },
  { name: 'document-dark', path: '/docs/xj-2017-sci-tech-reform-plan/#row39', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
  { name: 'document-print', path: '/docs/xj-2013-innovation-task-division/', viewport: { width: 900, height: 1270 }, media: 'print' as const },
];

const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: PORT }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync(OUT_DIR, { recursive: true });
for (const shot of SHOTS) {
  const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme ?? 'light' });
  if (shot.media) await page.emulateMedia({ media: shot.media });
  await page.goto(`http://127.0.0.1:${PORT}${shot.path}`, { waitUntil: 'load' });
  await page.screenshot({ path: `${OUT_DIR}/${shot.name}.png` });
  await page.close();
  process.stderr.write(`${OUT_DIR}/${shot.name}.png\n`);
}
await browser.close();
await server.stop();
