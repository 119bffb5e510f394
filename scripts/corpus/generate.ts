/**
 * A synthetic corpus for scale tests and benchmarks: N policy documents,
 * the same N for the same seed, recombined from the seed texts' clauses,
 * headings, deadlines and targets and from the registry's agency names, in
 * the formats the seeds come in — a task list with （…牵头，…参加）, clauses
 * with 牵头单位/配合单位 lines and a shared 市 prefix, a 分工表 split across
 * PDF pages with its header repeated, and a traditional-Chinese copy on a
 * content-farm page. Every agency name resolves through the registry.
 */
import type { Registry } from '../agencies/registry.ts';
import { toSimplified, toTraditional } from '../lib/chinese-script.ts';
import type { PolicyDocument } from '../model.ts';

export type DocumentKind = 'paren' | 'lines' | 'table' | 'hant';
const KINDS: DocumentKind[] = ['paren', 'lines', 'table', 'hant'];

export interface GeneratedFile {
  /** File name in the corpus directory; its stem is the document's slug. */
  name: string;
  content: string;
}

/** Deterministic PRNG (mulberry32): the corpus depends on the seed alone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const CJK_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** What the seeds lend the generator. */
export interface Material {
  clauses: string[];
  headings: string[];
  deadlines: string[];
  /** Agency names as documents write them, per jurisdiction id. */
  agencies: Map<string, string[]>;
}

/** Clause texts without end punctuation or assignments, headings, deadlines; agency aliases of the registry. */
export function collectMaterial(seeds: PolicyDocument[], registry: Registry): Material {
  const clean = (text: string) => toSimplified(text).replace(/\s+/g, '').replace(/[（(][^（()）]*(?:牵头|参加|负责)[^（()）]*[)）]/g, '').replace(/[。；;，,]+$/, '');
  const clauses = [...new Set(seeds.flatMap((document) => document.tasks.map((task) => clean(task.text)))
    .filter((text) => text.length >= 12 && text.length <= 400 && !/[\t|]/.test(text) && !/^[\d一二三四五六七八九十]/.test(text) && !/(?:牵头单位|配合单位|参加单位)/.test(text)))].sort();
  const headings: string[] = [];
  const visit = (nodes: PolicyDocument['structure']) => nodes.forEach((node) => {
    if (node.kind !== 'section') return;
    if (!node.taskId && node.number.style === 'cjk') headings.push(clean(node.text.split('。')[0]!));
    visit(node.children);
  });
  seeds.forEach((document) => visit(document.structure));
  const deadlines = [...new Set(seeds.flatMap((document) => document.tasks.flatMap((task) => (task.deadline ? [task.deadline.raw] : []))))].sort();
  const agencies = new Map<string, string[]>();
  for (const agency of registry.agencies) {
    const names = agency.aliases.filter((alias) => !/[、，,（()）\s]/.test(alias));
    agencies.set(agency.jurisdiction, [...(agencies.get(agency.jurisdiction) ?? []), ...names]);
  }
  return { clauses, headings: [...new Set(headings.filter((heading) => heading.length >= 4 && heading.length <= 30))].sort(), deadlines, agencies };
}

interface Context {
  next: () => number;
  material: Material;
}

const pick = <T>(context: Context, items: T[]): T => items[Math.floor(context.next() * items.length)]!;

function pickDistinct<T>(context: Context, items: T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(context, items));
  return [...chosen];
}

const between = (context: Context, low: number, high: number) => low + Math.floor(context.next() * (high - low + 1));

function date(context: Context, year: number): string {
  return `${year}年${between(context, 1, 12)}月${between(context, 1, 28)}日`;
}

/** 自治区 task list: 一、/（一）/1. with （A、B牵头，C、D参加） after each clause. */
function parenDocument(context: Context, index: number, year: number): string {
  const topic = pick(context, context.material.headings);
  const agencies = context.material.agencies.get('xinjiang')!;
  const title = `关于印发${topic}任务分工的通知`;
  const lines = [
    '新疆维吾尔自治区人民政府办公厅文件',
    `新政办发〔${year}〕${index + 1}号`,
    title,
    '各州、市人民政府，各行政公署，自治区人民政府各部门：',
    `《${topic}任务分工》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。`,
    date(context, year),
    `${topic}任务分工`,
  ];
  let taskNumber = 0;
  for (let section = 0; section < between(context, 2, 4); section++) {
    lines.push(`${CJK_NUMERALS[section]}、${pick(context, context.material.headings)}`);
    for (let part = 0; part < between(context, 1, 3); part++) {
      lines.push(`（${CJK_NUMERALS[part]}）${pick(context, context.material.headings)}。`);
      for (let item = 0; item < between(context, 2, 5); item++) {
        taskNumber += 1;
        const [lead, ...participants] = pickDistinct(context, agencies, between(context, 2, 6));
        const assignment = participants.length > 0 ? `（${lead}牵头，${participants.join('、')}参加）` : `（${lead}负责）`;
        lines.push(`${taskNumber}.${pick(context, context.material.clauses)}。${assignment}`);
      }
    }
  }
  return lines.join('\n');
}

/** 市 plan: （一）clause, then 牵头单位：/配合单位： lines, the 市 prefix written once for the list. */
function linesDocument(context: Context, index: number, year: number): string {
  const topic = pick(context, context.material.headings);
  const agencies = context.material.agencies.get('changji-shi')!.filter((name) => name.startsWith('市'));
  const withSharedPrefix = (names: string[]) => names.map((name, position) => (position === 0 ? name : name.slice(1))).join('、');
  const lines = [
    `关于印发《昌吉市${topic}行动方案》的通知`,
    `昌市政办发〔${year}〕${index + 1}号`,
    '各乡镇人民政府、街道办事处，市直各相关单位：',
    `《昌吉市${topic}行动方案》已经市人民政府研究同意，现印发给你们，请认真组织实施。`,
    '昌吉市人民政府办公室',
    date(context, year),
    `昌吉市${topic}行动方案`,
    '一、发展目标',
    `到${year + 2}年，${pick(context, context.material.clauses)}。`,
    '二、重点任务',
  ];
  for (let item = 0; item < between(context, 4, 12); item++) {
    lines.push(`（${CJK_NUMERALS[item]}）${pick(context, context.material.clauses)}。`);
    const [lead, ...partners] = pickDistinct(context, agencies, between(context, 2, 6));
    lines.push(`牵头单位：${lead}`);
    if (partners.length > 0) lines.push(`配合单位：${withSharedPrefix(partners)}`);
  }
  return lines.join('\n');
}

const TABLE_HEADER = '序号\t重点任务\t责任部门\t时间进度';

/** 实施方案 with a 分工表 extracted from PDF: tab-separated rows, the header repeated on every page, rows split across pages. */
function tableDocument(context: Context, year: number): string {
  const topic = pick(context, context.material.headings);
  const agencies = context.material.agencies.get('xinjiang')!;
  const lines = [
    `关于印发《新疆维吾尔自治区${topic}实施方案》的通知`,
    '各地、州、市党委、政府（行署），自治区各委、办、厅、局：',
    `《新疆维吾尔自治区${topic}实施方案》已经自治区党委、自治区人民政府领导同志同意，现印发给你们，请结合实际认真贯彻落实。`,
    '新疆维吾尔自治区人民政府办公厅',
    date(context, year),
    `新疆维吾尔自治区${topic}实施方案`,
    `一、${pick(context, context.material.headings)}`,
    `${pick(context, context.material.clauses)}。`,
    '',
    '重点任务分工及进度安排表',
    '',
    TABLE_HEADER,
  ];
  const rows = between(context, 10, 40);
  for (let row = 1; row <= rows; row++) {
    const text = pick(context, context.material.clauses);
    const responsible = pickDistinct(context, agencies, between(context, 1, 4)).join('、');
    const deadline = pick(context, context.material.deadlines);
    // The row runs over the page: its text continues under the repeated header.
    const cut = Math.floor(text.length / 2);
    if (row % 12 === 0 && text.length > 20) {
      lines.push(`${row}\t${text.slice(0, cut)}\t${responsible}\t${deadline}`, '', TABLE_HEADER, `\t${text.slice(cut)}\t\t`);
    } else {
      lines.push(`${row}\t${text}\t${responsible}\t${deadline}`);
      if (row % 12 === 6) lines.push('', TABLE_HEADER);
    }
  }
  return lines.join('\n');
}

/** A traditional-Chinese copy of a task list on a content-farm page, with the site's chrome around it. */
function hantDocument(context: Context, index: number, year: number): string {
  const body = toTraditional(parenDocument(context, index, year));
  const title = body.split('\n')[2]!;
  return [
    '首頁 > 文章中心 > 正文',
    '',
    `          ${title}`,
    '',
    `          前言:本站為你精心整理了${title}范文,希望能為你的創作提供參考價值,我們的客服老師可以幫助你提供個性化的參考范文,歡迎咨詢。`,
    '',
    ...body.split('\n').map((line) => `          ${line}`),
  ].join('\n');
}

/** The corpus: N files (and a sidecar for each content-farm copy, which names its issuer). */
export function generateCorpus(material: Material, count: number, seed = 1): GeneratedFile[] {
  const context: Context = { next: random(seed), material };
  const files: GeneratedFile[] = [];
  for (let index = 0; index < count; index++) {
    const kind = KINDS[index % KINDS.length]!;
    const year = between(context, 2011, 2024);
    const name = `synthetic-${String(index + 1).padStart(4, '0')}-${kind}`;
    const content = kind === 'paren' ? parenDocument(context, index, year)
      : kind === 'lines' ? linesDocument(context, index, year)
      : kind === 'table' ? tableDocument(context, year)
      : hantDocument(context, index, year);
    files.push({ name: `${name}.txt`, content: `${content}\n` });
    if (kind === 'hant') {
      files.push({ name: `${name}.meta.yaml`, content: 'note: Synthetic content-farm copy of a regional task list.\nissuer: 新疆维吾尔自治区人民政府办公厅\n' });
    }
  }
  return files;
}
