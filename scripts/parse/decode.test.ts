import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model.ts';
import { parsePolicyBytes, readPolicyDocument } from '../read-document.ts';
import { findLostText } from '../verify/nothing-lost.ts';
import { decodePolicyText } from './decode.ts';

const FILE = 'seeds/fangguanfu.txt';

/**
 * The title block, preamble and first two tasks of 国办发〔2018〕79号, as the
 * archive holds them: line 14 is the 党中央… paragraph, line 22 task 2, led by
 * 市场监管总局, line 24 its first measure.
 */
const REAL = readFileSync('tests/fixtures/real/01_guobanfa_fangguanfu_renwu_fengong_2018.txt', 'utf8').split('\n').slice(0, 24).join('\n');
const LINES = REAL.split('\n');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const parseBytes = (bytes: Uint8Array): PolicyDocument => parsePolicyBytes(bytes, FILE);
const clean = parseBytes(utf8(REAL));

/** What a reader and the agency pages get from the document. */
function summary(document: PolicyDocument) {
  const names = (agencies: { name: string }[]) => agencies.map((agency) => agency.name);
  return {
    title: document.title,
    docNumber: document.docNumber,
    tasks: document.tasks.map((task) => ({ id: task.id, text: task.text, lead: names(task.lead), participants: names(task.participants), responsible: names(task.responsible) })),
  };
}

/** The byte offset where `line` (1-based) of REAL starts in UTF-8. */
function lineOffset(line: number): number {
  return utf8(LINES.slice(0, line - 1).join('\n') + '\n').length;
}

describe('the excerpt of 国办发〔2018〕79号', () => {
  it('reads as its title, 文号 and two tasks with their measures, with no warning', () => {
    expect(clean.title).toBe('国务院办公厅关于印发全国深化“放管服”改革转变政府职能电视电话会议重点任务分工方案的通知');
    expect(clean.docNumber).toBe('国办发〔2018〕79号');
    expect(summary(clean).tasks.find((task) => task.id === '2')?.lead).toEqual(['市场监管总局']);
    expect(clean.warnings).toEqual([]);
  });
});

describe('encodings: the same text gives the same model', () => {
  it.each([
    ['GBK', iconv.encode(REAL, 'gbk')],
    ['GB18030', iconv.encode(REAL, 'gb18030')],
    ['UTF-8 with a BOM', iconv.encode(REAL, 'utf8', { addBOM: true })],
    ['UTF-16LE with a BOM', iconv.encode(REAL, 'utf16le', { addBOM: true })],
    ['UTF-16LE without a BOM', iconv.encode(REAL, 'utf16le')],
    ['UTF-16BE with a BOM', iconv.encode(REAL, 'utf16be', { addBOM: true })],
    ['UTF-16BE without a BOM', iconv.encode(REAL, 'utf16be')],
  ])('%s', (_, bytes) => {
    expect(parseBytes(bytes)).toEqual(clean);
  });

  it('Big5 (the text in traditional characters) is not read as GBK mojibake', () => {
    // Taiwan forms: Big5 has 為, not the OpenCC standard 爲 the project's helper writes.
    const traditional = Converter({ from: 'cn', to: 'tw' })(REAL);
    const big5 = iconv.encode(traditional, 'big5');
    expect(iconv.decode(big5, 'big5')).toBe(traditional);
    expect(decodePolicyText(big5, FILE).encoding).toBe('big5');
    const document = parseBytes(big5);
    expect(document).toEqual(parseBytes(utf8(traditional)));
    expect(document.title).toBe('國務院辦公廳關於印發全國深化“放管服”改革轉變政府職能電視電話會議重點任務分工方案的通知');
    expect(document.script).toBe('zh-Hant');
  });

  it('Big5 with the Hong Kong characters of HKSCS (羣 is 8E C4) keeps them, where Node\'s own Big5 makes them private-use code points', () => {
    // The excerpt and a task of 国办发〔2018〕79号 with 羣眾 as Hong Kong writes it.
    const task = readFileSync('tests/fixtures/real/01_guobanfa_fangguanfu_renwu_fengong_2018.txt', 'utf8').split('\n').find((line) => line.includes('企业和群众办事最烦最难'))!;
    const hongKong = Converter({ from: 'cn', to: 'tw' })(`${REAL}\n${task}\n`).replaceAll('群', '羣');
    const bytes = iconv.encode(hongKong, 'big5hkscs');
    expect(iconv.decode(bytes, 'big5hkscs')).toBe(hongKong);
    expect(new TextDecoder('big5').decode(bytes)).toMatch(/[\ue000-\uf8ff]/);
    expect(decodePolicyText(bytes, FILE)).toMatchObject({ encoding: 'big5', text: hongKong });
  });

  it('a one-line Big5 text chardet cannot place is read as Big5, not as kana and Cyrillic (found by the hostile-input harness)', () => {
    // chardet gives Big5 and GB18030 the same confidence (10) for so few bytes.
    expect(decodePolicyText(iconv.encode('牽頭單位:市科技局', 'big5'), FILE)).toMatchObject({ encoding: 'big5', text: '牽頭單位:市科技局' });
    expect(decodePolicyText(iconv.encode('市科技局', 'big5'), FILE).text).toBe('市科技局');
    // The same few characters in GBK stay GBK.
    expect(decodePolicyText(iconv.encode('牵头单位:市科技局', 'gbk'), FILE)).toMatchObject({ encoding: 'gb18030', text: '牵头单位:市科技局' });
    expect(decodePolicyText(iconv.encode('市科技局', 'gbk'), FILE).text).toBe('市科技局');
  });

  it('a GBK file with one paragraph pasted in as UTF-8 reads both, and names the line', () => {
    const bytes = Buffer.concat([
      iconv.encode(LINES.slice(0, 13).join('\n') + '\n', 'gbk'),
      utf8(LINES[13]! + '\n'),
      iconv.encode(LINES.slice(14).join('\n'), 'gbk'),
    ]);
    const document = parseBytes(bytes);
    expect({ ...document, warnings: [] }).toEqual(clean);
    expect(document.warnings).toEqual([{ line: 14, message: 'this line is in UTF-8, the rest of the file in GBK/GB18030; read as UTF-8' }]);
  });

  it('a GBK sidecar gives its title as written', () => {
    const directory = mkdtempSync(join(tmpdir(), 'decode-'));
    const file = join(directory, 'fangguanfu.txt');
    writeFileSync(file, REAL);
    writeFileSync(join(directory, 'fangguanfu.meta.yaml'), iconv.encode('title: 全国深化“放管服”改革转变政府职能电视电话会议重点任务分工方案\nissuer: 国务院办公厅\n', 'gbk'));
    const document = readPolicyDocument(file);
    expect(document.title).toBe('全国深化“放管服”改革转变政府职能电视电话会议重点任务分工方案');
    expect(document.issuer).toBe('国务院办公厅');
    expect(document.warnings).toEqual([]);
  });

  it('a sidecar\'s invisible characters are removed too, and the warning names the sidecar', () => {
    const directory = mkdtempSync(join(tmpdir(), 'decode-'));
    const file = join(directory, 'fangguanfu.txt');
    writeFileSync(file, REAL);
    writeFileSync(join(directory, 'fangguanfu.meta.yaml'), 'note: 国务院公报\nissuer: 国务院\u200b办公厅\n');
    const document = readPolicyDocument(file);
    expect(document.issuer).toBe('国务院办公厅');
    expect(document.warnings).toEqual([{ line: 2, file: join(directory, 'fangguanfu.meta.yaml'), message: 'removed 1 invisible character (U+200B ZERO WIDTH SPACE)' }]);
  });
});

describe('damaged bytes: decoded with a warning at the line of each', () => {
  it('a flipped byte at line 14 of a UTF-8 file', () => {
    const bytes = utf8(REAL);
    // 党 loses the top bit of its lead byte: an ASCII letter and two stray continuation bytes.
    bytes[lineOffset(14)]! ^= 0x80;
    const document = parseBytes(bytes);
    expect(summary(document)).toEqual(summary(clean));
    expect(document.warnings).toEqual([{ line: 14, message: '2 undecodable byte sequences (not valid UTF-8) shown as U+FFFD REPLACEMENT CHARACTER' }]);
    expect(document.preamble.map((paragraph) => paragraph.text).join()).toContain('\ufffd\ufffd中央');
  });

  it('a flipped byte at line 14 of a GBK file', () => {
    const gbkLineStart = iconv.encode(LINES.slice(0, 13).join('\n') + '\n', 'gbk').length;
    const bytes = iconv.encode(REAL, 'gbk');
    // 党 (B5 B3) loses its lead byte to 0xFF, which starts no GBK character; the orphaned B3 pairs with the next byte.
    bytes[gbkLineStart] = 0xff;
    const document = parseBytes(bytes);
    expect(summary(document)).toEqual(summary(clean));
    expect(document.warnings).toEqual([{ line: 14, message: '2 undecodable byte sequences (not valid GBK/GB18030) shown as U+FFFD REPLACEMENT CHARACTER' }]);
  });

  it('a file cut off mid-character', () => {
    const bytes = utf8(REAL);
    const document = parseBytes(bytes.subarray(0, bytes.length - 1));
    expect(document.title).toBe(clean.title);
    expect(document.tasks.map((task) => task.id)).toEqual(clean.tasks.map((task) => task.id));
    expect(document.warnings).toContainEqual({ line: 24, message: 'an undecodable byte sequence (not valid UTF-8) shown as U+FFFD REPLACEMENT CHARACTER; the file ends mid-character' });
  });

  it('a UTF-16 file cut off mid-character', () => {
    const bytes = iconv.encode(REAL, 'utf16le', { addBOM: true });
    const document = parseBytes(bytes.subarray(0, bytes.length - 1));
    expect(document.warnings).toContainEqual({ line: 24, message: expect.stringContaining('not valid UTF-16LE') });
  });

  it('binary data is still refused, with what was expected', () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(() => decodePolicyText(junk, FILE)).toThrow(/^seeds\/fangguanfu\.txt:1: binary data, not text \(\d+% of it is control characters or undecodable bytes\); expected a policy document in UTF-8, UTF-16, GBK\/GB18030 or Big5$/);
  });
});

describe('line breaks: every kind ends a line, and lines are counted as the parser reports them', () => {
  it.each([
    ['CRLF', '\r\n', []],
    ['CR alone', '\r', []],
    ['U+2028', '\u2028', [{ line: 1, message: 'U+2028 LINE SEPARATOR read as a line break (23 times); lines are counted with it' }]],
    ['U+2029', '\u2029', [{ line: 1, message: 'U+2029 PARAGRAPH SEPARATOR read as a line break (23 times); lines are counted with it' }]],
    ['NEL', '\u0085', [{ line: 1, message: 'U+0085 NEXT LINE read as a line break (23 times); lines are counted with it' }]],
    ['a NUL before LF', '\0\n', [{ line: 1, message: 'U+0000 NULL at 23 line ends ignored; expected plain text' }]],
  ])('%s', (_, lineBreak, warnings) => {
    const text = LINES.join(lineBreak);
    const document = parseBytes(utf8(text));
    expect({ ...document, warnings: [] }).toEqual(clean);
    expect(document.warnings).toEqual(warnings);
    expect(findLostText(decodePolicyText(utf8(text), FILE).text, document)).toBeUndefined();
  });

  it('a title line set off by U+2028 and a NUL-padded line end still gives the title', () => {
    const text = `${LINES[0]}\u2028${LINES[1]}\0\0\n${LINES.slice(2).join('\n')}\0`;
    expect(summary(parseBytes(utf8(text)))).toEqual(summary(clean));
  });
});

describe('invisible characters are removed and listed', () => {
  it('a zero-width space inside 市场监管总局 at line 22', () => {
    const text = REAL.replace('（市场监管总局牵头，公安部', '（市场监\u200b管总局牵头，公安部');
    expect(text).not.toBe(REAL);
    const document = parseBytes(utf8(text));
    expect({ ...document, warnings: [] }).toEqual(clean);
    expect(document.warnings).toEqual([{ line: 22, message: 'removed 1 invisible character (U+200B ZERO WIDTH SPACE)' }]);
    expect(findLostText(decodePolicyText(utf8(text), FILE).text, document)).toBeUndefined();
  });

  it('bidi marks, a soft hyphen, a word joiner and a stray BOM on two lines', () => {
    const lines = [...LINES];
    lines[1] = `\u200e${lines[1]}\u200f`;
    lines[21] = lines[21]!.replace('公安部', '公\u00ad安\u2060部\ufeff');
    const document = parseBytes(utf8(lines.join('\n')));
    expect(summary(document)).toEqual(summary(clean));
    expect(document.warnings).toEqual([
      { line: 2, message: 'removed 2 invisible characters (U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK)' },
      { line: 22, message: 'removed 3 invisible characters (U+00AD SOFT HYPHEN, U+2060 WORD JOINER, U+FEFF ZERO WIDTH NO-BREAK SPACE)' },
    ]);
  });
});
