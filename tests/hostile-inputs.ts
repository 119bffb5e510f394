/**
 * Odd inputs built from real text, for the hostile-input properties of
 * issue 16: every class a user can put in `seeds/` (truncation, byte flips,
 * encodings, line ends, invisible characters, marker widths, sizes, file
 * names, sidecar value types) as a fast-check arbitrary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { toTraditional } from '../scripts/lib/chinese-script.ts';
import type { PolicyDocument } from '../scripts/model.ts';

const REAL_DIR = 'tests/fixtures/real';

/** A real text, by the name of the file it comes from. */
export interface RealText {
  name: string;
  text: string;
}

/** The seeds and every real fixture under 40 KB (larger ones add time, not new forms). */
export const REAL_TEXTS: RealText[] = [
  ...readdirSync('seeds').filter((name) => /\.txt$/.test(name)).map((name) => join('seeds', name)),
  ...readdirSync(REAL_DIR).filter((name) => /^\d.*\.(?:txt|md)$/.test(name)).map((name) => join(REAL_DIR, name)),
]
  // With LF line ends, which the generators then write in every other way.
  .map((name) => ({ name, text: readFileSync(name, 'utf8').replace(/\r\n?/g, '\n') }))
  .filter(({ text }) => text.length < 40_000);

/** At most this many lines of a real text: enough for a title, sections and tasks; cheap to parse a few hundred times. */
const MAX_WINDOW_LINES = 120;

/** A real text, whole or a run of its lines (from the top most often, so it keeps its title). */
export const realText: fc.Arbitrary<RealText> = fc
  .tuple(fc.constantFrom(...REAL_TEXTS), fc.oneof(fc.constant(0), fc.nat(400)), fc.integer({ min: 1, max: MAX_WINDOW_LINES }))
  .map(([real, start, count]) => {
    const lines = real.text.split('\n');
    const from = Math.min(start, Math.max(0, lines.length - count));
    return { name: `${real.name}:${from + 1}+${count}`, text: lines.slice(from, from + count).join('\n') };
  })
  .filter(({ text }) => text.trim().length > 0);

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// ── Bytes: truncation and flips ────────────────────────────────────────────

/** The bytes cut at any byte, mid-character or not. */
export function truncated(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.integer({ min: 0, max: bytes.length }).map((end) => bytes.subarray(0, end));
}

/** A few bytes flipped (one bit, or a whole new byte), anywhere. */
export function flipped(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  const flip = fc.record({ at: fc.nat(Math.max(0, bytes.length - 1)), xor: fc.oneof(fc.constantFrom(0x80, 0x40, 0x01), fc.integer({ min: 1, max: 255 })) });
  return fc.array(flip, { minLength: 1, maxLength: 6 }).map((flips) => {
    const copy = bytes.slice();
    for (const { at, xor } of flips) if (at < copy.length) copy[at]! ^= xor;
    return copy;
  });
}

/** Real text damaged at the byte level, in UTF-8, GBK or UTF-16. */
export const damagedBytes: fc.Arbitrary<{ name: string; bytes: Uint8Array }> = fc
  .tuple(realText, fc.constantFrom('utf8', 'gbk', 'utf16le'))
  .chain(([real, encoding]) => {
    const bytes = new Uint8Array(iconv.encode(real.text, encoding, { addBOM: encoding === 'utf16le' }));
    return fc.oneof(truncated(bytes), flipped(bytes), flipped(bytes).chain(truncated)).map((damaged) => ({ name: `${real.name} (${encoding})`, bytes: damaged }));
  });

// ── Encodings ──────────────────────────────────────────────────────────────

export type EncodingName = 'gbk' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-8-bom';

const ICONV: Record<EncodingName, { name: string; bom: boolean }> = {
  gbk: { name: 'gbk', bom: false },
  gb18030: { name: 'gb18030', bom: false },
  big5: { name: 'big5', bom: false },
  'utf-16le': { name: 'utf16le', bom: false },
  'utf-16be': { name: 'utf16be', bom: false },
  'utf-16le-bom': { name: 'utf16le', bom: true },
  'utf-16be-bom': { name: 'utf16be', bom: true },
  'utf-8-bom': { name: 'utf8', bom: true },
};

export function encode(text: string, encoding: EncodingName): Uint8Array {
  const { name, bom } = ICONV[encoding];
  return new Uint8Array(iconv.encode(text, name, { addBOM: bom }));
}

const ENCODABLE = new Map<EncodingName, Map<string, boolean>>();

/** The text less the characters an encoding cannot write (Big5 has no 鍀, GBK no 𠀀): the same text in both encodings. */
export function encodable(text: string, encoding: EncodingName): string {
  const { name } = ICONV[encoding];
  // Checked with the platform's decoder, which the project uses: it drops some Big5-HKSCS codes iconv-lite writes (羣 as 8E C4).
  const decoder = new TextDecoder(encoding.replace(/-bom$/, ''));
  const known = ENCODABLE.get(encoding) ?? new Map<string, boolean>();
  ENCODABLE.set(encoding, known);
  const fits = (char: string) => {
    let fit = known.get(char);
    if (fit === undefined) known.set(char, (fit = decoder.decode(iconv.encode(char, name)) === char));
    return fit;
  };
  return [...text].filter(fits).join('');
}

/** Encodings without a BOM or NULs to show them, told apart by the text itself. */
const LEGACY: readonly EncodingName[] = ['gbk', 'gb18030', 'big5'];
const MIN_HAN_TO_DETECT = 40;

/** A real text and an encoding it can be written in; Big5 takes the traditional form of the text. */
export const encodedText: fc.Arbitrary<{ name: string; text: string; encoding: EncodingName }> = fc
  .tuple(realText, fc.constantFrom<EncodingName>(...(Object.keys(ICONV) as EncodingName[])))
  .map(([real, encoding]) => ({
    name: `${real.name} (${encoding})`,
    text: encodable(encoding === 'big5' ? toTraditional(real.text) : real.text, encoding),
    encoding,
  }))
  // Two Han characters in Big5 may be two others in GBK (視窗 as 跌怠): a legacy encoding is told by a line or more of text.
  .filter(({ text, encoding }) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= (LEGACY.includes(encoding) ? MIN_HAN_TO_DETECT : 1))
  // UTF-16 without a BOM shows by the NULs of its ASCII: 层级：省级 alone has none, and reads as valid GB18030.
  .filter(({ text, encoding }) => !/^utf-16..$/.test(encoding) || /[\n\x20-\x7e]/.test(text));

// ── Line ends ──────────────────────────────────────────────────────────────

export const LINE_ENDS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\0\n', '\0\r\n'] as const;

/** The text with its LFs written as one line end throughout, or a different one at each line. */
export function withLineEnds(text: string): fc.Arbitrary<string> {
  const count = text.split('\n').length - 1;
  const uniform = fc.constantFrom(...LINE_ENDS).map((end) => text.split('\n').join(end));
  const mixed = fc.array(fc.constantFrom(...LINE_ENDS), { minLength: count, maxLength: count }).map((ends) => {
    const lines = text.split('\n');
    // A CR before the LF of an empty line would be one CRLF: a line fewer, in any reader.
    const end = (index: number) => (ends[index] === '\r' && lines[index + 1] === '' && ends[index + 1]?.startsWith('\n') ? '\r\n' : ends[index] ?? '');
    return lines.map((line, index) => line + end(index)).join('');
  });
  return fc.oneof(uniform, mixed);
}

// ── Invisible characters ───────────────────────────────────────────────────

export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'] as const;

/** Every agency name a document's tasks give, longest first. */
export function agencyNames(document: PolicyDocument): string[] {
  const names = new Set(document.tasks.flatMap((task) => [...task.lead, ...task.participants, ...task.responsible, ...task.guidance].map((agency) => agency.written ?? agency.name)));
  return [...names].filter((name) => [...name].length >= 2).sort((a, b) => b.length - a.length);
}

/**
 * The text with invisible characters put inside occurrences of agency names
 * (between two of a name's characters, never at its edge), as a copy from a
 * web page leaves them.
 */
export function withInvisibleInNames(text: string, names: string[]): fc.Arbitrary<string> {
  const spots: number[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      for (let inner = 1; inner < name.length; inner++) spots.push(at + inner);
    }
  }
  const unique = [...new Set(spots)].sort((a, b) => a - b);
  if (unique.length === 0) return fc.constant(text);
  const insertion = fc.record({ spot: fc.constantFrom(...unique), chars: fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 3 }) });
  return fc.uniqueArray(insertion, { minLength: 1, maxLength: 12, selector: (insert) => insert.spot }).map((inserts) => {
    let result = text;
    for (const { spot, chars } of inserts.sort((a, b) => b.spot - a.spot)) result = result.slice(0, spot) + chars.join('') + result.slice(spot);
    return result;
  });
}

// ── Marker widths ──────────────────────────────────────────────────────────

const FULL_DIGIT = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));

/**
 * The text with the digits and brackets of its item markers written in the
 * other width: `1.` as `１．`, `（1）` as `(1)` or `(１)`, `(2)` as `（2）`.
 * Only markers at a line start are touched, so figures in sentences keep their form.
 */
export function withOtherWidthMarkers(text: string): fc.Arbitrary<string> {
  return fc.record({ digits: fc.boolean(), dots: fc.boolean(), brackets: fc.boolean() }).map(({ digits, dots, brackets }) =>
    text
      .split('\n')
      .map((line) =>
        line
          .replace(/^([\s\u3000]*)(\d{1,3})([.．])(?!\d)/, (_all, space: string, number: string, dot: string) => `${space}${digits ? FULL_DIGIT(number) : number}${dots ? (dot === '.' ? '．' : '.') : dot}`)
          .replace(/^([\s\u3000]*)(\d{1,3})、/, (_all, space: string, number: string) => `${space}${digits ? FULL_DIGIT(number) : number}、`)
          .replace(/^([\s\u3000]*)[（(](\d{1,3})[）)]/, (_all, space: string, number: string) => {
            const open = brackets ? '(' : '（';
            const close = brackets ? ')' : '）';
            return `${space}${open}${digits ? FULL_DIGIT(number) : number}${close}`;
          }),
      )
      .join('\n'),
  );
}

// ── Sizes ──────────────────────────────────────────────────────────────────

const AGENCIES = ['市科技局', '市发展改革委', '市财政局', '市教育局', '市人力资源社会保障局', '市生态环境局'];

/** A plan of `count` items `（n）…（市X局牵头）`, numbered past 999 when count is large, under one section. */
export function manyItems(count: number, bracket: 'full' | 'half' = 'full'): string {
  const [open, close] = bracket === 'full' ? ['（', '）'] : ['(', ')'];
  const items = Array.from({ length: count }, (_, index) => `${open}${index + 1}${close}推进第${index + 1}项科技创新工作。（${AGENCIES[index % AGENCIES.length]}牵头）`);
  return ['昌吉市科技创新工作实施方案', '', '一、重点任务', ...items, ''].join('\n');
}

/** A real line repeated into one very long line, inside a real text. */
export const longLine: fc.Arbitrary<{ name: string; text: string }> = fc
  .tuple(realText, fc.integer({ min: 2_000, max: 100_000 }), fc.nat())
  .map(([real, length, pick]) => {
    const lines = real.text.split('\n');
    const at = pick % lines.length;
    const seed = lines[at]!.trim() || '推进科技创新，';
    lines[at] = seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
    return { name: `${real.name} (line ${at + 1} × ${length} chars)`, text: lines.join('\n') };
  });

// ── File names ─────────────────────────────────────────────────────────────

/** File names a user may give: Chinese, long, dotted, spaced, any case of extension, odd characters. */
export const fileName: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.string({ unit: fc.constantFrom(...'昌吉市科技局方案通知２０２２年（）《》·、 -_.#%&@!~'), minLength: 0, maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    ),
    fc.constantFrom('.txt', '.TXT', '.md', '.Md', '.tXt', ''),
  )
  .map(([stem, extension]) => `seeds/${stem.replace(/[/\\\0]/g, '_')}${extension}`);

// ── Sidecar values ─────────────────────────────────────────────────────────

/** Keys a sidecar takes as text, as an ISO date, and as a year. */
export const TEXT_KEYS = ['slug', 'title', 'shortTitle', 'docNumber', 'issuer', 'sourceFile', 'sourceUrl', 'sourceNote', 'jurisdiction'] as const;
export const DATE_KEYS = ['signedDate', 'publishedDate'] as const;

/** A valid value of each key, to surround the wrong one with. */
export const VALID: Record<string, string> = {
  slug: 'changji-plan',
  title: '昌吉市科技创新工作方案',
  shortTitle: '工作方案',
  docNumber: '昌市政办发〔2022〕18号',
  issuer: '昌吉市人民政府办公室',
  sourceFile: 'changji.pdf',
  sourceUrl: 'https://www.changji.gov.cn/a.html',
  sourceNote: '政府网站',
  jurisdiction: 'changji-shi',
  signedDate: '2022-06-17',
  publishedDate: '2022-06-20',
  year: '2022',
  note: '人工核对',
};

/** YAML for a value that is not text: each kind a key may be given by mistake, written inline or as a block. */
const NOT_TEXT = [
  '42', '-1', '3.14', '1e3', '0x1F', '.inf', '.nan', 'true', 'false', 'null', '~', '',
  '[]', '[a, b]', '{}', '{a: 1}', '\n  - 昌吉市\n  - 乌鲁木齐市', '\n  a: 1\n  b: 2', '!!binary aGVsbG8=', '!!int "12"',
];
/** Values that are not an ISO date as text: numbers, lists, nulls, and dates that do not exist or are not ISO. */
const NOT_DATE = [...NOT_TEXT, '2013-02-30', '2013-13-45', '"2022/06/17"', '2022年6月17日', '20220617', '"2022-6-1"', '2022-06-17T10:00:00Z'];
/** Values that are not a year: text, fractions, lists, nulls, years out of range. */
const NOT_YEAR = ['二〇二二', '"2022"', '2022.5', '1800', '3000', '[2022]', '{}', 'null', '~', '', 'true', '2022-06-17', '\n  - 2022'];

export interface WrongSidecar {
  yaml: string;
  key: string;
  /** 1-based line of the offending key. */
  line: number;
}

/** A sidecar with valid keys around one key given a value of the wrong type. */
export const wrongSidecar: fc.Arbitrary<WrongSidecar> = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.constantFrom(...TEXT_KEYS), fc.constantFrom(...NOT_TEXT)),
      fc.tuple(fc.constantFrom(...DATE_KEYS), fc.constantFrom(...NOT_DATE)),
      fc.tuple(fc.constant('year'), fc.constantFrom(...NOT_YEAR)),
    ),
    fc.shuffledSubarray(Object.keys(VALID)),
    fc.nat(),
    fc.boolean(),
  )
  .map(([[key, value], others, position, comment]) => {
    const before = others.filter((other) => other !== key);
    const at = position % (before.length + 1);
    const entries = [...before.slice(0, at).map((other) => `${other}: ${VALID[other]}`), `${key}:${value.startsWith('\n') || value === '' ? '' : ' '}${value}`, ...before.slice(at).map((other) => `${other}: ${VALID[other]}`)];
    const header = comment ? ['# 人工核对的元数据', ''] : [];
    const line = header.length + at + 1;
    return { yaml: [...header, ...entries, ''].join('\n'), key, line };
  });

/** Lines a hand-edited sidecar may hold: good entries, broken YAML, anchors and aliases, tabs, duplicates, documents. */
const SIDECAR_LINES = [
  ...Object.entries(VALID).map(([key, value]) => `${key}: ${value}`),
  'title: "未闭合的引号', 'title: [a, b', '\ttitle: 方案', 'title: 方案\ntitle: 方案', '---', '...', '- 一项', 'a: &x [1, 2]', 'b: *x', 'c: *undefined',
  'l1: &a [x, x, x, x, x, x, x, x, x]', 'l2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'l3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'l4: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '? 复杂键\n: 值', '%YAML 1.2', '!!set {a, b}', 'title: !!str', 'year: !!float 2022', '<<: {title: 方案}', '#注释', '', '   ', 'issuer: 昌吉市\u200b人民政府',
];

/** A sidecar's bytes: lines of SIDECAR_LINES, in UTF-8 or GBK, sometimes cut short. */
export const sidecarBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.array(fc.constantFrom(...SIDECAR_LINES), { maxLength: 12 }), fc.constantFrom('utf8', 'gbk'), fc.option(fc.nat()))
  .map(([lines, encoding, cut]) => {
    const bytes = new Uint8Array(iconv.encode(lines.join('\n'), encoding));
    return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
  });
