import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Sidecar } from './parse/index.ts';
import { ParseError } from './parse/errors.ts';
import { readRegularFile } from './lib/read-regular-file.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2013-10-22');

/** The curated facts a sidecar may supply; `note` says where they come from. */
export const sidecarSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by -').optional(),
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

/** Reads and validates the sidecar beside `textFile`, if there is one. */
export function readSidecar(textFile: string): Sidecar | undefined {
  const path = sidecarPath(textFile);
  if (!existsSync(path)) return undefined;
  const source = readRegularFile(path).toString('utf8');
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw new ParseError(path, line, `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ParseError(path, 1, `${issue.path.join('.') || 'sidecar'}: ${issue.message}`);
  }
  const { note: _note, ...facts } = result.data;
  return facts;
}
