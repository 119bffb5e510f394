/**
 * `npm exec -- tsx scripts/formats/make-fixtures.ts`: writes the round-trip
 * fixtures of tests/fixtures/formats/ from real documents. No real policy was
 * found as both text and Word or web page, so each is made here from a real
 * text: the text itself (or an excerpt of its lines, unchanged), a page as a
 * portal would serve it (navigation, metadata box, share buttons, footer,
 * script around the article), a Word document written with the `docx`
 * package, its headings, paragraphs and task table kept as such, and a PDF
 * printed by Chromium from the document as its issuer lays it out (page
 * numbers `— 3 —` at the foot, tables breaking across pages).
 *
 * Needs Debian's chromium and a CJK font such as fonts-noto-cjk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { RootContent, TableCell as MdTableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';

const OUT = 'tests/fixtures/formats';

/** What a fixture is made of: the blocks of the real text. Metadata lines are the portal's box, not the document's. */
type Piece =
  | { kind: 'metadata'; facts: [label: string, value: string][] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

interface Source {
  /** The real file, under tests/fixtures/real/. */
  real: string;
  /** The name the three fixtures share. */
  name: string;
  /** 1-based line ranges of the real file to keep (all when absent): consecutive ranges are parted by a blank line. */
  lines?: [number, number][];
  /**
   * The leading columns a merged cell spans in the original table (序号 and
   * 重点任务 over a task's several 措施 rows). The crawl dropped the cells they
   * cover, so a short row is such a row; the printed table spans them again.
   */
  spannedColumns?: number;
}

const SOURCES: Source[] = [
  // 国办发〔2018〕79号, a State Council 分工 notice: tasks in numbered paragraphs with （…牵头，…参加） assignments.
  { real: '01_guobanfa_fangguanfu_renwu_fengong_2018.txt', name: 'roundtrip_01_guobanfa_fangguanfu' },
  // 丰政办发〔2026〕4号: the portal's metadata lines, the notice, and the first rows of its task table, merged 序号 rows included.
  {
    real: '26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md',
    name: 'roundtrip_26_fengtai_xingdong_jihua',
    lines: [[5, 13], [19, 19], [24, 24], [26, 26], [34, 34], [44, 44], [46, 46], [50, 50], [52, 62]],
    spannedColumns: 2,
  },
];

/** The text of a fixture: the real text, or the chosen lines of it, unchanged. */
function excerpt(source: Source): string {
  const text = readFileSync(`tests/fixtures/real/${source.real}`, 'utf8');
  if (!source.lines) return text;
  const lines = text.split('\n');
  return `${source.lines.map(([first, last]) => lines.slice(first - 1, last).join('\n')).join('\n\n')}\n`;
}

/** A plain text: each non-blank line is a paragraph, as the parser reads it. */
function textPieces(text: string): Piece[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => ({ kind: 'paragraph', text: line }));
}

/** A cell's text with its `<br>`s as line breaks. */
function cellText(cell: MdTableCell): string {
  return cell.children.map((child) => (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value) ? '\n' : toString(child))).join('').trim();
}

const METADATA_LINE = /^\[([^\]]+)\]\s*(.*)$/;

/** A Markdown text, read by remark: headings, paragraphs, tables, and the `[label] value` lines a portal prints. */
function markdownPieces(text: string): Piece[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  return tree.children.flatMap((node: RootContent): Piece[] => {
    if (node.type === 'heading') return [{ kind: 'heading', text: toString(node) }];
    if (node.type === 'table') return [{ kind: 'table', rows: node.children.map((row) => row.children.map(cellText)) }];
    if (node.type !== 'paragraph') return [];
    const lines = toString(node).split('\n');
    if (lines.every((line) => METADATA_LINE.test(line))) {
      return [{ kind: 'metadata', facts: lines.map((line) => { const [, label, value] = METADATA_LINE.exec(line)!; return [label!.replace(/\s+/g, ''), value!.trim()]; }) }];
    }
    return [{ kind: 'paragraph', text: lines.join('\n') }];
  });
}

const lineBreaks = (text: string) => text.split('\n').flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]));

/** The page a portal would serve: its frame around a metadata box, the title and the article. */
function page(pieces: Piece[]): string {
  const title = pieces.find((piece) => piece.kind === 'heading')?.text ?? '';
  const metadata = pieces.flatMap((piece) => (piece.kind === 'metadata' ? piece.facts : []));
  const article = pieces.flatMap((piece): Element[] => {
    if (piece.kind === 'paragraph') return [h('p', lineBreaks(piece.text))];
    if (piece.kind === 'table') return [h('table', { border: 1 }, h('tbody', piece.rows.map((row) => h('tr', row.map((cell) => h('td', cell.split('\n').map((line) => h('p', line))))))))];
    return [];
  });
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'zh-CN' }, [
      h('head', [h('meta', { charset: 'utf-8' }), h('title', title), h('style', 'body { font-family: 宋体; }')]),
      h('body', [
        h('div.header', [h('ul.menu', ['首页', '政务公开', '政务服务', '互动交流'].map((item) => h('li', h('a', { href: '#' }, item))))]),
        h('div.crumb', '您当前的位置：首页 > 政务公开 > 政策文件'),
        h('div.main', [
          h('table.xxgk', h('tbody', metadata.map(([label, value]) => h('tr', [h('td.label', `${label}：`), h('td.value', value)])))),
          h('h1.article-title', title),
          h('div.share', ['分享到：', h('a', '微信'), h('a', '微博'), h('span.print', '【打印】')]),
          h('div#zoom.article-content', article),
        ]),
        h('div.footer', ['主办单位：北京市丰台区人民政府办公室　网站标识码：1101060001', h('br'), '京ICP备05060933号']),
        h('script', "document.getElementById('zoom').style.fontSize = '16px';"),
      ]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}

/** The Word document as its issuer would circulate it: no portal metadata, the title as Heading 1, one Word paragraph per line. */
async function word(pieces: Piece[]): Promise<Buffer> {
  const children = pieces.flatMap((piece): (Paragraph | Table)[] => {
    if (piece.kind === 'heading') return [new Paragraph({ text: piece.text, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER })];
    if (piece.kind === 'paragraph') return piece.text.split('\n').map((line) => new Paragraph({ text: line }));
    if (piece.kind === 'table') {
      const width = Math.max(...piece.rows.map((row) => row.length));
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: piece.rows.map((row) => new TableRow({
            children: [...row, ...Array.from({ length: width - row.length }, () => '')].map((cell) => new TableCell({ children: cell.split('\n').map((line) => new Paragraph({ text: line })) })),
          })),
        }),
      ];
    }
    return [];
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * A table as printed: a one-cell row is a heading across the table; a row
 * short of the table's width without a number of its own is covered by the
 * merged cells of the row above (a row short only of its last cells is not).
 * The crawl's empty header row is not printed.
 */
function printedTable(rows: string[][], spannedColumns: number): Element {
  // The crawl's trailing column that no row fills is not the table's.
  const width = Math.max(...rows.map((row) => row.findLastIndex((cell) => cell.trim() !== '') + 1));
  let spanning: Element[] = [];
  const printedRows = rows.filter((row) => row.some((cell) => cell.trim() !== '')).map((row) => {
    if (row.length === 1) return h('tr', h('td', { colspan: width }, lineBreaks(row[0]!)));
    const covered = row.length < width && !/^\d+$/.test(row[0]!.trim()) && spanning.length === spannedColumns ? spannedColumns : 0;
    const own = row.slice(0, width - covered);
    const cells = [...own, ...Array.from({ length: width - covered - own.length }, () => '')].map((cell) => h('td', lineBreaks(cell)));
    if (covered) for (const cell of spanning) cell.properties.rowSpan = Number(cell.properties.rowSpan ?? 1) + 1;
    else spanning = cells.slice(0, spannedColumns);
    return h('tr', cells);
  });
  return h('table', h('tbody', printedRows));
}

/** The document as printed: no portal frame, the title centred, paragraphs indented, tables ruled. */
function printed(pieces: Piece[], spannedColumns: number): string {
  const body = pieces.flatMap((piece): Element[] => {
    if (piece.kind === 'heading') return [h('h1', piece.text)];
    if (piece.kind === 'paragraph') return piece.text.split('\n').map((line) => h('p', line));
    if (piece.kind === 'table') return [printedTable(piece.rows, spannedColumns)];
    return [];
  });
  const style = `body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 1.6; }
h1 { font-size: 20pt; text-align: center; font-weight: normal; }
p { text-indent: 2em; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 11pt; page: wide; }
@page wide { size: A4 landscape; }
td { border: 1px solid #000; padding: 3pt; vertical-align: middle; }`;
  return toHtml(h(null, [{ type: 'doctype' }, h('html', { lang: 'zh-CN' }, [h('head', [h('meta', { charset: 'utf-8' }), h('style', style)]), h('body', body)])]));
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const source of SOURCES) {
    const text = excerpt(source);
    const extension = source.real.slice(source.real.lastIndexOf('.'));
    const pieces = extension === '.md' ? markdownPieces(text) : textPieces(text);
    writeFileSync(`${OUT}/${source.name}${extension}`, text);
    writeFileSync(`${OUT}/${source.name}.html`, page(pieces));
    writeFileSync(`${OUT}/${source.name}.docx`, await word(pieces));
    const printing = await browser.newPage();
    await printing.setContent(printed(pieces, source.spannedColumns ?? 0));
    await printing.pdf({
      path: `${OUT}/${source.name}.pdf`,
      format: 'A4',
      // A task table is printed across a landscape page, as 附件 tables are.
      preferCSSPageSize: true,
      margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:14pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">— <span class="pageNumber"></span> —</div>`,
    });
    await printing.close();
    process.stdout.write(`${OUT}/${source.name}: ${extension}, .html, .docx, .pdf\n`);
  }
} finally {
  await browser.close();
}
