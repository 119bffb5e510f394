/**
 * `npm exec -- tsx scripts/formats/make-fixtures.ts`: writes the round-trip
 * fixtures of tests/fixtures/formats/ from real documents. No real policy was
 * found as both text and Word or web page, so each is made here from a real
 * text: the text itself (or an excerpt of its lines, unchanged), a page as a
 * portal would serve it (navigation, metadata box, share buttons, footer,
 * script around the article), and a Word document written with the `docx`
 * package, its headings, paragraphs and task table kept as such.
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
}

const SOURCES: Source[] = [
  // 国办发〔2018〕79号, a State Council 分工 notice: tasks in numbered paragraphs with （…牵头，…参加） assignments.
  { real: '01_guobanfa_fangguanfu_renwu_fengong_2018.txt', name: 'roundtrip_01_guobanfa_fangguanfu' },
  // 丰政办发〔2026〕4号: the portal's metadata lines, the notice, and the first rows of its task table, merged 序号 rows included.
  {
    real: '26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md',
    name: 'roundtrip_26_fengtai_xingdong_jihua',
    lines: [[5, 13], [19, 19], [24, 24], [26, 26], [34, 34], [44, 44], [46, 46], [50, 50], [52, 62]],
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

for (const source of SOURCES) {
  const text = excerpt(source);
  const extension = source.real.slice(source.real.lastIndexOf('.'));
  const pieces = extension === '.md' ? markdownPieces(text) : textPieces(text);
  writeFileSync(`${OUT}/${source.name}${extension}`, text);
  writeFileSync(`${OUT}/${source.name}.html`, page(pieces));
  writeFileSync(`${OUT}/${source.name}.docx`, await word(pieces));
  process.stdout.write(`${OUT}/${source.name}: ${extension}, .html, .docx\n`);
}
