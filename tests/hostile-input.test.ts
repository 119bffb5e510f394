/**
 * Hostile inputs (issue 16), as properties over odd inputs made from real
 * text: the parser never throws anything but a located ParseError, loses no
 * text, reads the same model whatever the encoding, line ends or invisible
 * characters, and gives a document the same anchors whatever else is built
 * with it. Runs are bounded (RUNS) so the file stays well under 30 s; a
 * failure prints its seed and shrunk input, to be kept as a test below.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../scripts/agencies/registry.ts';
import { resolveAgencies } from '../scripts/agencies/resolve.ts';
import { detectScript } from '../scripts/lib/chinese-script.ts';
import { slugFromFileName } from '../scripts/lib/slug.ts';
import type { PolicyDocument } from '../scripts/model.ts';
import { decodePolicyText } from '../scripts/parse/decode.ts';
import { ParseError } from '../scripts/parse/errors.ts';
import { parse } from '../scripts/parse/index.ts';
import { parsePolicyBytes, readPolicyDocument } from '../scripts/read-document.ts';
import { readSidecar } from '../scripts/sidecar.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';
import {
  agencyNames,
  damagedBytes,
  encode,
  encodedText,
  fileName,
  longLine,
  manyItems,
  REAL_TEXTS,
  realText,
  sidecarBytes,
  utf8,
  withInvisibleInNames,
  withLineEnds,
  withOtherWidthMarkers,
  wrongSidecar,
} from './hostile-inputs.ts';

/** Generated cases per property: enough to meet every class many times, few enough for the whole file to take seconds. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);
// A fixed seed keeps the suite deterministic; HOSTILE_SEED=<n> HOSTILE_RUNS=1000 hunts further.
fc.configureGlobal({ seed: Number(process.env.HOSTILE_SEED ?? 16) });
const FILE = 'seeds/hostile.txt';

/** Parses bytes as the build does; a ParseError is the one failure allowed, and it must be located in `file`. */
function parsedOrRefused(bytes: Uint8Array, file = FILE): PolicyDocument | ParseError {
  try {
    return parsePolicyBytes(bytes, file);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.file).toBe(file);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.message.startsWith(`${file}:${error.line}: `)).toBe(true);
    return error;
  }
}

/** The model less its warnings, which name what decoding met (a line end, an encoding, a removed character). */
function model(document: PolicyDocument): Omit<PolicyDocument, 'warnings'> {
  const { warnings: _warnings, ...rest } = document;
  return rest;
}

function lostText(bytes: Uint8Array, document: PolicyDocument) {
  return findLostText(decodePolicyText(bytes, FILE).text, document);
}

const agenciesOf = (document: PolicyDocument) => document.tasks.map((task) => ({ id: task.id, lead: task.lead, participants: task.participants, responsible: task.responsible, guidance: task.guidance }));
const anchorsOf = (document: PolicyDocument) => document.tasks.map((task) => `${task.id}#${task.anchor}`);

describe('hostile input: properties over real text', () => {
  it(`damaged bytes (truncated at any byte, flipped) give a model or a located ParseError, and lose no text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(damagedBytes, ({ bytes }) => {
        const result = parsedOrRefused(bytes);
        if (result instanceof ParseError) return;
        expect(lostText(bytes, result)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it(`two encodings of one text give one model (GBK, GB18030, Big5, UTF-16LE/BE with and without BOM) (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(encodedText, ({ text, encoding }) => {
        const expected = parsedOrRefused(utf8(text));
        const bytes = encode(text, encoding);
        const actual = parsedOrRefused(bytes);
        if (expected instanceof ParseError) {
          expect(actual).toBeInstanceOf(ParseError);
          return;
        }
        expect(actual).not.toBeInstanceOf(ParseError);
        expect(model(actual as PolicyDocument)).toEqual(model(expected));
        expect(lostText(bytes, actual as PolicyDocument)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it(`line ends (CRLF, CR, U+2028/2029, NEL, NUL), alone or mixed, give the model of LF (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(realText.chain((real) => fc.tuple(fc.constant(real), withLineEnds(real.text))), ([real, text]) => {
        const expected = parsedOrRefused(utf8(real.text));
        const actual = parsedOrRefused(utf8(text));
        if (expected instanceof ParseError) {
          expect(actual).toBeInstanceOf(ParseError);
          expect((actual as ParseError).message).toBe(expected.message);
          return;
        }
        expect(model(actual as PolicyDocument)).toEqual(model(expected));
        expect(lostText(utf8(text), actual as PolicyDocument)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  /** Real texts with the agency names their tasks give, parsed once. */
  const withAgencies = REAL_TEXTS.flatMap((real) => {
    const document = parsedOrRefused(utf8(real.text));
    return document instanceof ParseError ? [] : [{ ...real, document, names: agencyNames(document) }];
  }).filter(({ names }) => names.length > 0);

  it(`invisible characters inside agency names give the same agencies, and are listed (${RUNS} cases)`, () => {
    const arbitrary = fc.constantFrom(...withAgencies).chain((real) => fc.tuple(fc.constant(real), withInvisibleInNames(real.text, real.names)));
    fc.assert(
      fc.property(arbitrary, ([real, text]) => {
        const actual = parsedOrRefused(utf8(text));
        expect(actual).not.toBeInstanceOf(ParseError);
        const document = actual as PolicyDocument;
        expect(agenciesOf(document)).toEqual(agenciesOf(real.document));
        expect(model(document)).toEqual(model(real.document));
        expect(document.warnings.some((warning) => warning.message.startsWith('removed '))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`full-width and half-width digits, dots and brackets in item markers give the same tasks (${RUNS} cases)`, () => {
    const arbitrary = fc.constantFrom(...withAgencies).chain((real) => fc.tuple(fc.constant(real), withOtherWidthMarkers(real.text)));
    fc.assert(
      fc.property(arbitrary, ([real, text]) => {
        const document = parsedOrRefused(utf8(text));
        expect(document).not.toBeInstanceOf(ParseError);
        expect(anchorsOf(document as PolicyDocument)).toEqual(anchorsOf(real.document));
        expect(agenciesOf(document as PolicyDocument)).toEqual(agenciesOf(real.document));
      }),
      { numRuns: RUNS },
    );
  });

  it(`a document's anchors do not depend on the documents built with it (${RUNS / 4} cases)`, () => {
    const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
    const build = (texts: string[]) =>
      texts.map((text, index) => {
        const parsed = parsedOrRefused(utf8(text), `seeds/doc-${index}.txt`);
        return parsed instanceof ParseError ? undefined : resolveAgencies(parsed, registry).document;
      });
    fc.assert(
      fc.property(realText, fc.array(realText, { minLength: 1, maxLength: 4 }), fc.nat(), (own, others, position) => {
        const [alone] = build([own.text]);
        const at = position % (others.length + 1);
        const texts = [...others.map((other) => other.text)];
        texts.splice(at, 0, own.text);
        const together = build(texts)[at];
        if (!alone) return;
        expect(anchorsOf(together!)).toEqual(anchorsOf(alone));
        expect(together!.structure).toEqual(alone.structure);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it(`a sidecar value of any wrong type is a ParseError naming the sidecar and the line of its key (${RUNS} cases)`, () => {
    const directory = mkdtempSync(join(tmpdir(), 'hostile-sidecar-'));
    const text = join(directory, 'plan.txt');
    const sidecar = join(directory, 'plan.meta.yaml');
    writeFileSync(text, REAL_TEXTS[0]!.text);
    fc.assert(
      fc.property(wrongSidecar, ({ yaml, key, line }) => {
        writeFileSync(sidecar, yaml);
        let error: unknown;
        try {
          readSidecar(text);
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(ParseError);
        expect((error as ParseError).file).toBe(sidecar);
        expect((error as ParseError).line).toBe(line);
        expect((error as ParseError).message).toContain(key);
      }),
      { numRuns: RUNS },
    );
  });

  it(`any sidecar text (broken YAML, aliases, tabs, bad bytes) gives facts or a ParseError naming the sidecar at one of its lines (${RUNS} cases)`, () => {
    const directory = mkdtempSync(join(tmpdir(), 'hostile-yaml-'));
    const text = join(directory, 'plan.txt');
    const sidecar = join(directory, 'plan.meta.yaml');
    writeFileSync(text, REAL_TEXTS[0]!.text);
    fc.assert(
      fc.property(sidecarBytes, (bytes) => {
        writeFileSync(sidecar, bytes);
        try {
          readSidecar(text);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          expect(error.file).toBe(sidecar);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(Math.max(1, decodePolicyText(bytes, sidecar).text.split('\n').length));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`any file name gives a short ASCII slug, and messages name the file as given (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fileName, realText, (file, real) => {
        const slug = slugFromFileName(file);
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(Buffer.byteLength(slug)).toBeLessThan(100);
        const document = parsedOrRefused(utf8(real.text), file);
        if (document instanceof ParseError) return;
        expect(document.slug).toBe(slug);
        expect(document.title.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it(`a very long line (up to 100,000 characters) gives a model and loses no text (${RUNS / 20} cases)`, () => {
    fc.assert(
      fc.property(longLine, ({ text }) => {
        const bytes = utf8(text);
        const document = parsedOrRefused(bytes);
        if (document instanceof ParseError) return;
        expect(lostText(bytes, document)).toBeUndefined();
      }),
      { numRuns: RUNS / 20 },
    );
  });

  it('many items, numbered past 999, in full- or half-width brackets, are one task each with its own lead', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_500 }), fc.constantFrom('full' as const, 'half' as const), (count, bracket) => {
        const document = parse(manyItems(count, bracket), { file: FILE, slug: 'many', script: 'zh-Hans' });
        expect(document.tasks).toHaveLength(count);
        expect(document.tasks.every((task) => task.lead.length === 1)).toBe(true);
      }),
      { numRuns: 8, examples: [[1_000, 'full'], [1_500, 'half']] },
    );
  });
});

describe('hostile input: reading from disk', () => {
  it(`readPolicyDocument reads a damaged file with the same outcome as its bytes (${RUNS / 4} cases)`, () => {
    const directory = mkdtempSync(join(tmpdir(), 'hostile-disk-'));
    fc.assert(
      fc.property(damagedBytes, ({ bytes }) => {
        const file = join(directory, 'plan.txt');
        writeFileSync(file, bytes);
        const fromBytes = parsedOrRefused(bytes, file);
        let fromDisk: PolicyDocument | ParseError;
        try {
          fromDisk = readPolicyDocument(file);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          fromDisk = error;
        }
        if (fromBytes instanceof ParseError) expect((fromDisk as ParseError).message).toBe(fromBytes.message);
        else expect(model(fromDisk as PolicyDocument)).toEqual(model(fromBytes));
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it(`detectScript and parse accept any decoded text (${RUNS / 4} cases)`, () => {
    fc.assert(
      fc.property(damagedBytes, ({ bytes }) => {
        let text: string;
        try {
          text = decodePolicyText(bytes, FILE).text;
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
          return;
        }
        try {
          parse(text, { file: FILE, slug: 'hostile', script: detectScript(text) });
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

describe('hostile input: what the properties found, kept as examples', () => {
  const parseText = (text: string) => parse(text, { file: FILE, slug: 'hostile', script: detectScript(text) });

  it('a metadata table value under no known label stays in the model, though the table is not used', () => {
    const text = '关于印发《昌吉市科技创新行动方案》的通知\n索 引 号 | CJS001/2022-000046 | 主题分类 | 其他 |\n文 号 | 昌市政办发〔2022〕15号 | 上线于 | 2022-06-17 19:03:03 |\n';
    const document = parseText(text);
    expect(document.metadataTable?.consistent).toBe(false);
    expect(document.metadataTable?.cells).toContainEqual({ label: '', value: '上线于', line: 3 });
    expect(findLostText(text, document)).toBeUndefined();
  });

  it('發佈日期, as OpenCC writes 发布日期 in traditional characters, is a metadata label', () => {
    const text = '關於印發《昌吉市科技創新行動方案》的通知\n索 引 號 | CJS001/2022-000046 | 主題分類 | 其他 |\n文 號 | 昌市政辦發〔2022〕15號 | 發佈日期 | 2022-06-17 19:03:03 |\n';
    const document = parseText(text);
    expect(document.metadataTable?.consistent).toBe(true);
    expect(document.publishedDate).toBe('2022-06-17');
  });

  it('a header repeated in another form than the first (`| 序 号 | 任务 | 单位 |` under `| 序号 | 任务内容 | 牵头单位 |`) is the header again: removed and listed, nothing lost, no row’s words', () => {
    const text = '关于印发方案的通知\n一、重点任务\n1.推进工作。\n\n| 序号 | 任务内容 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 推进科技创新工作 | 市科技局 |\n| 序 号 | 任务 | 单位 |\n';
    const document = parseText(text);
    expect(findLostText(text, document)).toBeUndefined();
    const table = document.structure.find((node) => node.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]!.cells.map((cell) => cell.text)).not.toContain('序 号');
    expect(document.removed.map((removed) => removed.reason)).toContain('repeated-table-header');
  });
});
