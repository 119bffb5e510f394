/**
 * Makes the PDF fixtures the PDF reader is tested on, honestly from real text:
 * the Suzhou 设备更新 plan (苏府〔2024〕33号, tests/fixtures/real/20_…md),
 * its body and both 附件 tables, printed by Chromium with its page numbers
 * (`— 3 —`) and a running title, the tables breaking across pages. Beside it
 * go the text it was made from (the tables with every row's cells in place),
 * a password-protected copy of the real PDF 07 (qpdf) and a PDF holding only a picture of text,
 * as a scanner makes.
 *
 * Run: npm exec -- tsx scripts/formats/make-pdf-fixture.ts  (needs Debian's
 * chromium, qpdf and a CJK font such as fonts-noto-cjk)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';

const SOURCE = 'tests/fixtures/real/20_suzhou_shebei_gengxin_shishi_fangan_2024.md';
const OUT = 'tests/fixtures/formats';
const RUNNING_TITLE = '苏州市推动大规模设备更新和消费品以旧换新实施方案';

/** The document itself: from its title heading to the portal's share box below it. */
function documentLines(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('# '));
  const end = lines.findIndex((line) => line.startsWith('扫一扫'));
  // The portal's 时间/来源/访问量 line is the page's, not the document's.
  return lines.slice(start, end).filter((line) => line.trim() !== '' && !/^\|\s*-/.test(line) && !line.startsWith('时间：'));
}

const cellsOf = (line: string) => line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim());

/**
 * A row as the printed table shows it. The crawl dropped the cells a merged
 * cell covered (a 领域 or 部门 spanning several rows), so a short row gets
 * them back as empty cells: after the number, or for the four-column task
 * list at the end (its 牵头责任部门 spans too). A one-cell row is a
 * section heading across the table.
 */
function fullRow(cells: string[], width: number): string[] {
  if (cells.length === 1 || cells.length === width) return cells;
  const [number, ...rest] = cells;
  if (width === 4 && cells.length === 2) return [number!, '', rest[0]!, ''];
  // Of three cells, the second is the task (ending in 。) when the 领域 is missing, else the 领域 when the 牵头 is.
  if (width === 4 && !rest[0]!.endsWith('。')) return [number!, ...rest, ''];
  return [number!, ...Array.from({ length: width - cells.length }, () => ''), ...rest];
}

type Piece = { kind: 'heading'; text: string; depth: number } | { kind: 'paragraph'; text: string };
interface Table { kind: 'table'; rows: string[][] }

function pieces(lines: string[]): (Piece | Table)[] {
  const out: (Piece | Table)[] = [];
  for (const line of lines) {
    if (line.startsWith('|')) {
      const last = out.at(-1);
      if (last?.kind === 'table') last.rows.push(fullRow(cellsOf(line), last.rows[0]!.length));
      else out.push({ kind: 'table', rows: [cellsOf(line)] });
    } else if (/^#+ /.test(line)) out.push({ kind: 'heading', depth: line.indexOf(' '), text: line.replace(/^#+ /, '') });
    else out.push({ kind: 'paragraph', text: line.trim() });
  }
  return out;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cellHtml = (text: string) => text.split('<br>').map(escape).join('<br>');

function html(parts: (Piece | Table)[]): string {
  const body = parts.map((part) => {
    if (part.kind === 'heading') return `<h${part.depth}>${escape(part.text)}</h${part.depth}>`;
    if (part.kind === 'paragraph') return `<p>${escape(part.text)}</p>`;
    const [header, ...rows] = part.rows;
    const width = header!.length;
    const row = (cells: string[]) => cells.length === 1 ? `<tr><td colspan="${width}">${cellHtml(cells[0]!)}</td></tr>` : `<tr>${cells.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`;
    return `<table><thead><tr>${header!.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr></thead><tbody>${rows.map(row).join('')}</tbody></table>`;
  }).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 1.6; }
h1, h2 { font-size: 20pt; text-align: center; font-weight: normal; }
h2 { font-size: 16pt; }
p { text-indent: 2em; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 12pt; }
th, td { border: 1px solid #000; padding: 4pt; vertical-align: middle; }
td:first-child { text-align: center; width: 3em; }
</style></head><body>${body}</body></html>`;
}

/** The text the PDF was printed from, tables with their cells in place, for the round-trip test. */
function markdown(parts: (Piece | Table)[]): string {
  return parts.map((part) => {
    if (part.kind === 'heading') return `${'#'.repeat(part.depth)} ${part.text}`;
    if (part.kind === 'paragraph') return part.text;
    const width = part.rows[0]!.length;
    return part.rows.map((cells, index) => `| ${cells.join(' | ')} |${index === 0 ? `\n|${' --- |'.repeat(width)}` : ''}`).join('\n');
  }).join('\n\n') + '\n';
}

const parts = pieces(documentLines(readFileSync(SOURCE, 'utf8')));
writeFileSync(`${OUT}/suzhou-printed.md`, markdown(parts));

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent(html(parts));
  await page.pdf({
    path: `${OUT}/suzhou-printed.pdf`,
    format: 'A4',
    margin: { top: '28mm', bottom: '28mm', left: '26mm', right: '26mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:9pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">${RUNNING_TITLE}</div>`,
    footerTemplate: `<div style="font-size:12pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">— <span class="pageNumber"></span> —</div>`,
  });

  // A scan: the first page of the printed plan as a picture, with no text layer.
  const scan = await page.screenshot({ clip: { x: 0, y: 0, width: 794, height: 1123 } });
  await page.setContent(`<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${scan.toString('base64')}"></body></html>`);
  await page.pdf({ path: `${OUT}/scanned.pdf`, format: 'A4', printBackground: true });
} finally {
  await browser.close();
}

// The real 发改办财金规〔2019〕860号 PDF, locked with a password to open it.
execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', `${OUT}/07_fagaiban_caijin_397.pdf`, `${OUT}/password-protected.pdf`]);
