import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSidecar } from '../scripts/sidecar.ts';
import { describe, expect, it } from 'vitest';
import { detectScript } from '../scripts/lib/chinese-script.ts';
import type { PolicyDocument } from '../scripts/model.ts';
import { decodePolicyText } from '../scripts/parse/decode.ts';
import { ParseError } from '../scripts/parse/errors.ts';
import { parse } from '../scripts/parse/index.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';
import { slugFromFileName } from '../scripts/lib/slug.ts';
import { SEEDS } from './seeds.ts';
import { thrownBy } from './thrown.ts';

const FILE = 'seeds/test.txt';

function parseBytes(bytes: Uint8Array): PolicyDocument {
  const { text } = decodePolicyText(bytes, FILE);
  return parse(text, { file: FILE, slug: 'test', script: detectScript(text) });
}

function parseText(text: string): PolicyDocument {
  return parse(text, { file: FILE, slug: 'test', script: detectScript(text) });
}

const thrown = (run: () => unknown) => thrownBy(ParseError, run);

/** A GBK encoder built from the platform's GB18030 decoder, to make archive-style copies of a seed. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

describe('bad input', () => {
  it('rejects an empty or whitespace-only file with file:line', () => {
    expect(thrown(() => parseText('')).message).toBe(`${FILE}:1: empty document; expected the text of a policy`);
    expect(thrown(() => parseText(' \n\u3000\r\n\t')).line).toBe(1);
  });

  it('builds a text with no title under its file name, marked as supplied, with a warning', () => {
    const document = parse('会议听取了各单位关于垃圾分类工作的汇报，研究部署了下一阶段工作。\n', { file: 'seeds/2024年第3次会议纪要.txt', slug: 'minutes', script: 'zh-Hans' });
    expect(document.title).toBe('2024年第3次会议纪要');
    expect(document.titleFromFileName).toBe(true);
    expect(document.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/^no title found in the text; the file name "2024年第3次会议纪要" stands in/));
  });

  it('keeps a slug under 100 bytes whatever the file name, two long names apart', () => {
    const long = '关于印发《某某市深化营商环境改革全面优化政务服务推进“高效办成一件事”打造一流营商环境三年行动计划（2024—2026年）》的通知';
    const first = slugFromFileName(`seeds/${long}.txt`);
    const second = slugFromFileName(`seeds/${long}（修订）.txt`);
    expect(Buffer.byteLength(first)).toBeLessThan(100);
    expect(first).toMatch(/^guan-yu-yin-fa-mou-mou-shi-[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(second).not.toBe(first);
    expect(slugFromFileName('seeds/xj-2013-plan.txt')).toBe('xj-2013-plan');
  });

  it('names the sidecar line of a bad value, and refuses a day the calendar lacks', () => {
    const directory = mkdtempSync(join(tmpdir(), 'sidecar-'));
    const text = join(directory, 'notice.txt');
    writeFileSync(text, readFileSync(SEEDS['002']));
    const sidecarError = (yaml: string) => {
      writeFileSync(join(directory, 'notice.meta.yaml'), yaml);
      return thrown(() => readSidecar(text)).message;
    };
    expect(sidecarError('title: 关于印发某方案的通知\nsignedDate: 2013-02-30\n')).toBe(`${directory}/notice.meta.yaml:2: signedDate: no such day in the calendar; expected an ISO date such as 2013-10-22`);
    expect(sidecarError('title: 关于印发某方案的通知\n\nyear: 二〇一三\n')).toMatch(/notice\.meta\.yaml:3: year: .*expected number/);
    expect(sidecarError('title: 关于印发某方案的通知\nnot_a_key: 1\n')).toMatch(/notice\.meta\.yaml:2: not_a_key: unknown key; expected one of slug, title/);
  });

  it('rejects binary junk with a message naming the file', () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(thrown(() => parseBytes(junk)).message).toMatch(/^seeds\/test\.txt:1: binary data, not text/);
  });

  describe('decodes archive encodings of a real seed into the same model', () => {
    const original = readFileSync(SEEDS['002'], 'utf8');
    const expected = parseText(original);

    it('GBK', () => expect(parseBytes(encodeGbk(original))).toEqual(expected));
    it('UTF-16 with BOM', () => expect(parseBytes(utf16le(original))).toEqual(expected));
    it('UTF-8 with BOM and CRLF line ends', () => {
      const crlf = new TextEncoder().encode(`\uFEFF${original.replace(/\n/g, '\r\n')}`);
      expect(parseBytes(crlf)).toEqual(expected);
    });
  });

  it('reads an assignment whose parenthesis never closes, and warns at its line', () => {
    const document = parseText('关于加强科技工作的通知\n一、总体要求\n1.加强科研诚信建设。(科技厅牵头,教育厅、财政厅等参加\n2.推进成果转化。(财政厅牵头,科技厅参加)');
    expect(document.tasks.map((t) => t.lead.map((agency) => agency.name))).toEqual([['科技厅'], ['财政厅']]);
    expect(document.tasks[0]?.participants.map((agency) => agency.name)).toEqual(['教育厅', '财政厅']);
    expect(document.warnings).toContainEqual({ line: 3, message: expect.stringContaining('never closes') });
  });

  it('keeps duplicate task numbers apart as 2 and 2bis, with a warning', () => {
    const document = parseText('关于加强科技工作的通知\n一、任务\n1.甲项工作。(科技厅负责)\n2.乙项工作。(财政厅负责)\n2.丙项工作。(教育厅负责)\n3.丁项工作。(商务厅负责)');
    expect(document.tasks.map((t) => [t.id, t.anchor])).toEqual([['1', 't1'], ['2', 't2'], ['2bis', 't2bis'], ['3', 't3']]);
    expect(document.warnings).toContainEqual({ line: 5, message: expect.stringContaining('duplicate number 2.') });
  });

  it('reads a document without numbering as one plain section', () => {
    const document = parseText('关于做好科普工作的通知\n各有关单位要高度重视科普工作。\n请认真贯彻落实。');
    expect(document.structure).toEqual([]);
    expect(document.tasks).toEqual([]);
    expect(document.preamble.map((paragraph) => paragraph.text)).toEqual(['关于做好科普工作的通知', '各有关单位要高度重视科普工作。', '请认真贯彻落实。']);
    expect(document.warnings).toContainEqual({ line: 1, message: expect.stringContaining('no numbered sections') });
  });

  it('parses a 5 MB document', () => {
    const items = Array.from({ length: 9000 }, (_, index) =>
      `${index + 1}.加强第${index + 1}项科技创新工作，完善体制机制，推动成果转化，到2025年高新技术企业数量超过${index % 90 + 10}家。`.repeat(4) +
      '(科技厅、发改委牵头,财政厅、教育厅等参加)');
    const text = `关于印发大型方案的通知\n一、重点任务\n${items.join('\n')}`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(5_000_000);
    const document = parseText(text);
    expect(document.tasks).toHaveLength(9000);
    expect(findLostText(text, document)).toBeUndefined();
  });

  it('keeps markup and Markdown characters verbatim as text', () => {
    const clause = '推进<script>alert(1)</script>与[x](javascript:alert(1))、*强调*、a|b、#标题 的建设。';
    const document = parseText(`关于测试的通知\n一、任务\n1.${clause}(科技厅牵头,财政厅参加)`);
    expect(document.tasks[0]?.text).toBe(clause);
  });
});
