import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model.ts';
import { parse } from '../parse/index.ts';
import { loadPolicyDocument, readPolicyDocument } from '../read-document.ts';
import { blocksToText } from './blocks.ts';
import { readPdfBlocks } from './pdf.ts';
import { findFurniture } from './pdf-furniture.ts';

const FIXTURES = 'tests/fixtures/formats';
const read = (name: string) => readPdfBlocks(new Uint8Array(readFileSync(`${FIXTURES}/${name}`)), `${FIXTURES}/${name}`);
const parseLaidOut = async (name: string) => parse(blocksToText((await read(name)).blocks).text, { file: name, slug: 'pdf', script: 'zh-Hans' });

/** What a reader checks a task by: its opening words, who leads, takes part, is responsible, and by when. */
const facts = (document: PolicyDocument) => document.tasks.map((task) => ({
  kind: task.kind,
  opening: task.text.replace(/\s/g, '').slice(0, 12),
  lead: task.lead.map((agency) => agency.name),
  participants: task.participants.map((agency) => agency.name),
  responsible: task.responsible.map((agency) => agency.name),
  deadline: task.deadline?.raw,
}));

describe('PDF printed by Chromium from the Suzhou plan (苏府〔2024〕33号), tables across pages', () => {
  it('reads into the same tasks, agencies and deadlines as the text it was printed from', async () => {
    const fromPdf = await parseLaidOut('suzhou-printed.pdf');
    const fromText = readPolicyDocument(`${FIXTURES}/suzhou-printed.md`);
    expect(fromPdf.title).toBe(fromText.title);
    expect(fromPdf.docNumber).toBe('苏府〔2024〕33号');
    expect(fromText.tasks.length).toBeGreaterThan(50);
    expect(facts(fromPdf)).toEqual(facts(fromText));
    // A simplified font draws 户 with the glyph of the radical ⼾, whose character is the traditional 戶.
    const fullText = (document: typeof fromPdf) => document.tasks.map((task) => task.text.replace(/\s+/g, '')).join('');
    expect(fullText(fromPdf)).not.toContain('戶');
    expect(fullText(fromPdf)).toContain('用户设施更新');
  });

  it('lists the page numbers (— 3 —) and the running title in removed, with their page and line', async () => {
    const { blocks, leftOut: removed } = await read('suzhou-printed.pdf');
    expect(removed).toContainEqual({ position: { format: 'pdf', page: 3, line: expect.any(Number) }, text: '—3—', reason: 'page-number' });
    expect(removed.filter((entry) => entry.reason === 'running-head').map((entry) => entry.text)).toContain('苏州市推动大规模设备更新和消费品以旧换新实施方案');
    const text = blocksToText(blocks).text;
    expect(text).not.toMatch(/—\s*\d+\s*—/);
  });

  it('reads each task list as one table: its header repeated on each page dropped, row 24 split by the page break joined', async () => {
    const { blocks, leftOut: removed } = await read('suzhou-printed.pdf');
    const tables = blocks.filter((block) => block.kind === 'table');
    expect(tables.map((table) => table.rows[0]!.cells)).toEqual([['序号', '领域', '2024年推进任务', '牵头责任部门'], ['序号', '部门', '职责清单']]);
    expect(tables[0]!.rows.find((row) => row.cells[0] === '24')!.cells).toEqual(['24', '循环利用', '健全培育废旧家电拆解、大宗固体废弃物等循环利用产业示范基地和骨干企业。', '市发改委']);
    expect(tables[0]!.rows.filter((row) => /^\d+$/.test(row.cells[0]!)).map((row) => Number(row.cells[0]))).toEqual(Array.from({ length: 26 }, (_, index) => index + 1));
    expect(removed.some((entry) => entry.reason === 'repeated-table-header')).toBe(true);
  });
});

describe('PDF printed by Chromium from 丰政办发〔2026〕4号, its task table on landscape pages', () => {
  const table = async () => (await read('roundtrip_26_fengtai_xingdong_jihua.pdf')).blocks.find((block) => block.kind === 'table')!;

  it('gives a merged cell (序号 and 重点任务 spanning a task’s 措施 rows) to its first row and leaves the rows below empty there', async () => {
    const { rows } = await table();
    const third = rows.findIndex((row) => row.cells[0] === '3');
    expect(rows[third]!.cells.slice(0, 2)).toEqual(['3', '推动机动车结构优化升级']);
    expect(rows.slice(third + 1).map((row) => row.cells.slice(0, 2))).toEqual([['', ''], ['', '']]);
  });

  it('joins the row the page break split (drawn without a border at the break) and reads a two-em dash glyph as the —— typed', async () => {
    const { rows } = await table();
    const split = rows.find((row) => row.cells[2]!.startsWith('落实全市交通运输结构调整工作方案'))!;
    expect(split.cells[4]).toContain('丰台运管分局');
    expect(split.cells[5]).toMatch(/区住房城乡建设委.*区商务局/s);
    expect(rows.find((row) => row.cells[0] === '2')!.cells[5]).toBe('——');
  });
});

describe('paragraphs of a printed PDF (国办发〔2018〕79号)', () => {
  it('runs a line on when the next line’s first word would not have fitted where it stopped (`APP`, `“三`, `头，`)', async () => {
    const { blocks } = await read('roundtrip_01_guobanfa_fangguanfu.pdf');
    const texts = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(texts).toContain('（4）2018年底前在全国推广使用检验检测机构移动APP，2019年底前建成全国检验检测机构监管大数据系统，实现各级监管数据互联互通。（市场监管总局负责）');
    expect(texts.find((text) => text.startsWith('（4）2018年底前实现货车年审'))).toContain('“三检合一”');
    expect(texts.find((text) => text.startsWith('（1）建设国家政务服务平台'))).toMatch(/（国务院办公厅牵头，各地区、各部门负责）$/);
  });
});

describe('the real PDF of 发改办财金规〔2019〕860号 (07) beside its text twin (08)', () => {
  it('gives the title and 文号 of its text', async () => {
    const fromPdf = await parseLaidOut('07_fagaiban_caijin_397.pdf');
    const fromText = readPolicyDocument(`${FIXTURES}/08_fagaiban_caijin_397.txt`);
    expect(fromPdf.title).toBe('关于加强个人所得税纳税信用建设的通知');
    expect(fromPdf.title).toBe(fromText.title);
    expect(fromPdf.docNumber).toBe('发改办财金规〔2019〕860号');
    expect(fromPdf.docNumber).toBe(fromText.docNumber);
  });

  it('drops its page numbers (—1— … —5—)', async () => {
    const { leftOut: removed } = await read('07_fagaiban_caijin_397.pdf');
    expect(removed.map((entry) => [entry.position, entry.text])).toEqual([1, 2, 3, 4, 5].map((page) => [{ format: 'pdf', page, line: expect.any(Number) }, `—${page}—`]));
  });
});

// Real PDFs of the Hong Kong government (s03311251/Hong-Kong-Fire-Documentary at 61a0c99, content/docs/government/).
describe('a circular letter of 屋宇署 (CL_SBSBMRW2025c.pdf)', async () => {
  const { document, source } = await loadPolicyDocument(`${FIXTURES}/31_hk_wuyushu_zhupengjia_tongzhi_2025.pdf`);

  it('takes its subject, set larger than the text and centred, as the title; a list item `(a)《…》` is none', () => {
    expect(source.text).toContain('# 大廈維修及修葺工程的竹棚架安全');
    expect(document.title).toBe('大廈維修及修葺工程的竹棚架安全');
  });

  it('reads the head who signs (`屋宇署署長`, his deputy `（…代行）`) as the issuer, past the copy list (`副本送：…`)', () => {
    expect(document.issuer).toBe('屋宇署');
    expect(document.signedDate).toBe('2025-04-16');
  });

  it('keeps a list item whole when its lines hang under its text, set apart from the label (`(a)` … `聘請…包括但` / `不限於…`)', () => {
    expect(source.text).toContain('(a)聘請合資格的人為竹棚架搭建工程徹底檢查竹棚架，包括但不限於其橫向繫件、斜杆、鋼托架、大橫杆和主立杆；');
    expect(source.text).toContain('(c)建築／維修／修葺／招牌／小型工程完成，盡快在合資格的人的直接監督下，由曾受訓練的工人³拆除竹棚架，以避免因竹棚架暴露於日曬雨淋的天氣或強風之下，對公眾構成危險；以及');
    expect(source.text).toMatch(/\n\(d\)當發現棄置的竹棚架便通知屋宇署。\n/);
  });

  it('keeps footnote marks where they stand, as superscripts, not as lines of their own', () => {
    expect(source.text).toContain('合資格的人¹的監督下進行');
    expect(source.text).toContain('¹“合資格的人”的定義見勞工處發出的《竹棚架工作安全守則》第2.3段。');
    expect(source.text.split('\n')).not.toContain('1');
  });
});

describe('a scheme leaflet (AN-OBB-CHI.pdf) whose title heads every page', async () => {
  const { document, source } = await loadPolicyDocument(`${FIXTURES}/32_hk_louyu_gengxin_dahangdong_2_xuzhi_2024.pdf`);

  it('keeps the title’s first print as the title and leaves out its prints on later pages', () => {
    expect(document.title).toBe('第三輪2.0行動業主組織須知');
    expect(source.text.split('\n').filter((line) => line.includes('第三輪2.0行動業主組織須知'))).toEqual(['# 第三輪2.0行動業主組織須知']);
    expect(source.leftOut!.filter((entry) => entry.text === '第三輪2.0行動業主組織須知').length).toBeGreaterThan(0);
  });

  it('makes no heading of the cover’s artwork (a large `2.0`, a telephone number)', () => {
    expect(source.text).not.toMatch(/^#+ (?:2\.0|3188)/m);
  });
});

describe('PDFs that cannot be read say why, naming the file', () => {
  it('a password-protected PDF', async () => {
    await expect(read('password-protected.pdf')).rejects.toThrow(`${FIXTURES}/password-protected.pdf:1: the PDF is password-protected; expected an unprotected PDF`);
  });

  it('a scan with no text layer needs OCR', async () => {
    await expect(read('scanned.pdf')).rejects.toThrow(/scanned\.pdf:1: the PDF has no text layer.*OCR is needed/);
  });

  it('a damaged PDF (cut short) and a file that is no PDF', async () => {
    const bytes = readFileSync(`${FIXTURES}/07_fagaiban_caijin_397.pdf`);
    await expect(readPdfBlocks(new Uint8Array(bytes.subarray(0, 2000)), 'cut.pdf')).rejects.toThrow(/^cut\.pdf:1: /);
    await expect(readPdfBlocks(new TextEncoder().encode('一、总体要求\n'), 'notes.pdf')).rejects.toThrow(/^notes\.pdf:1: not a readable PDF .*expected a PDF file/);
  });
});

describe('page numbers among other margin text', () => {
  it('keeps bare numbers when several stand in one page margin (footnote marks), drops a lone one', () => {
    const page = { number: 1, width: 595, height: 842, pieces: [], rules: [] };
    const line = (text: string, top: number, number: number) => ({ page: 1, line: number, top, left: 60, right: 70, size: 10, pieces: [], text });
    expect(findFurniture([page], [[line('1', 780, 1), line('2', 795, 2), line('3', 810, 3)]])).toEqual([]);
    expect(findFurniture([page], [[line('正文', 400, 1), line('7', 810, 2)]]).map((entry) => entry.line.text)).toEqual(['7']);
  });
});
