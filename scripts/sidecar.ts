import { existsSync } from 'node:fs';
import { readRegularFile } from './lib/read-regular-file.ts';
import { MAX_SLUG_LENGTH } from './lib/slug.ts';
import { readDate } from './parse/dates.ts';
import { type Document as YamlDocument, isMap, isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from './model.ts';
import { decodePolicyText } from './parse/decode.ts';
import type { Sidecar } from './parse/index.ts';
import { ParseError } from './parse/errors.ts';

/** A day the calendar has, as the parser reads dates: 2013-02-30 is refused, never moved to March. */
const isCalendarDay = (iso: string) => readDate(iso)?.iso === iso;

const isoDate = z
  .string({ error: 'expected an ISO date such as 2013-10-22, written as text' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2013-10-22')
  .refine(isCalendarDay, 'no such day in the calendar; expected an ISO date such as 2013-10-22');

/** The curated facts a sidecar may supply; `note` says where they come from. */
export const sidecarSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by -').max(MAX_SLUG_LENGTH, `expected at most ${MAX_SLUG_LENGTH} characters`).optional(),
    title: z.string().min(1).optional(),
    shortTitle: z.string().min(1).optional(),
    docNumber: z.string().min(1).optional(),
    issuer: z.string().min(1).optional(),
    signedDate: isoDate.optional(),
    publishedDate: isoDate.optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    sourceFile: z.string().min(1).optional(),
    sourceUrl: z.string().url('expected the official address, such as https://www.gov.cn/…').optional(),
    sourceNote: z.string().min(1).optional(),
    jurisdiction: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a jurisdiction id of content/agencies.yaml').optional(),
    note: z.string().optional(),
  })
  .strict();

/** `seeds/x.txt` → `seeds/x.meta.yaml`. */
export function sidecarPath(textFile: string): string {
  return textFile.replace(/\.[^./]+$/, '') + '.meta.yaml';
}

/** A sidecar's facts, and what reading its bytes found (each warning names the sidecar as its file). */
export interface SidecarFile {
  facts: Sidecar;
  warnings: Diagnostic[];
}

/** The sidecar as plain data; an alias YAML cannot resolve (`*x` before `&x`, or one that expands past reason) is refused at its line. */
function toPlainData(yaml: YamlDocument, lines: LineCounter, path: string): unknown {
  try {
    return yaml.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let line = 1;
    visit(yaml, {
      Alias(_key, node) {
        if (node.range) line = lines.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    throw new ParseError(path, line, `invalid YAML: ${(error as Error).message}; a sidecar needs no anchors or aliases`);
  }
}

/** The key node of the entry at `path` (`year` of `year:\n  - 2022`), if the entry is in a map. */
function keyNode(yaml: YamlDocument, path: (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? yaml.contents : yaml.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  return parent.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === path.at(-1))?.key;
}

/** Reads and validates the sidecar beside `textFile`, if there is one, in any encoding a text may have. */
export function readSidecar(textFile: string): SidecarFile | undefined {
  const path = sidecarPath(textFile);
  if (!existsSync(path)) return undefined;
  const { text, warnings } = decodePolicyText(readRegularFile(path), path);
  const lines = new LineCounter();
  // Every value as YAML's core schema reads it: `docNumber: 2022-06-17` stays the text it looks like, and a wrong type is reported here, at its line.
  const yaml = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = yaml.errors[0];
  if (syntax) throw new ParseError(path, lines.linePos(syntax.pos[0]).line, `invalid YAML: ${syntax.message.split('\n')[0]}`);
  const result = sidecarSchema.safeParse(toPlainData(yaml, lines, path));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // The line of the offending key (a list or map given as its value starts on the next line), else the first line.
    const at = issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : (issue.path as (string | number)[]);
    const node = keyNode(yaml, at) ?? yaml.getIn(at, true);
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : 1;
    const message = issue.code === 'unrecognized_keys' ? `unknown key; expected one of ${Object.keys(sidecarSchema.shape).join(', ')}` : issue.message;
    throw new ParseError(path, line, `${at.join('.') || 'sidecar'}: ${message}`);
  }
  const { note: _note, ...facts } = result.data;
  return { facts, warnings: warnings.map((warning) => ({ ...warning, file: path })) };
}
