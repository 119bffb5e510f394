import { readFileSync } from 'node:fs';
import { parseYamlData } from '../lib/yaml-data.ts';
import { z } from 'zod';

/**
 * 机关代字: the code before 〔year〕 in a 文号 (国办发 in 国办发〔2020〕24号),
 * mapped to the body whose code it is. The table is data/issuer-codes.yaml.
 */
export const issuerCodeKinds = ['government', 'general-office', 'department', 'party', 'joint'] as const;

export const issuerCodeRowSchema = z
  .object({
    code: z.string().regex(/^[\p{Script=Han}A-Za-z]{2,}$/u, 'expected at least two Chinese characters or letters, no brackets or spaces'),
    issuer: z.string().regex(/^\p{Script=Han}{2,}$/u, 'expected a full name in Chinese characters'),
    kind: z.enum(issuerCodeKinds),
    match: z.literal('prefix').optional(),
    since: z.number().int().min(1949).max(2100).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

export const issuerCodeTableSchema = z.array(issuerCodeRowSchema);

export type IssuerCodeKind = (typeof issuerCodeKinds)[number];
export type IssuerCodeRow = z.infer<typeof issuerCodeRowSchema>;
export type IssuerCodeTable = z.infer<typeof issuerCodeTableSchema>;

/** The table with its indexes: rows by code, and the prefix rows longest first. */
export interface IssuerCodeIndex {
  rows: IssuerCodeTable;
  byCode: Map<string, IssuerCodeRow>;
  prefixRows: IssuerCodeRow[];
}

/** Parses and checks a table; a problem names the row at fault. */
export function loadIssuerCodes(yamlText: string, file = 'scripts/parse/data/issuer-codes.yaml'): IssuerCodeIndex {
  const rows = parseYamlData(yamlText, issuerCodeTableSchema, file);
  const byCode = new Map<string, IssuerCodeRow>();
  for (const row of rows) {
    if (byCode.has(row.code)) throw new Error(`${file}: duplicate code ${row.code}`);
    byCode.set(row.code, row);
  }
  const prefixRows = rows.filter((row) => row.match === 'prefix').sort((a, b) => b.code.length - a.code.length);
  return { rows, byCode, prefixRows };
}

let loaded: IssuerCodeIndex | undefined;

/** The table of data/issuer-codes.yaml, read and checked on first use. */
export function issuerCodes(): IssuerCodeIndex {
  loaded ??= loadIssuerCodes(readFileSync(new URL('./data/issuer-codes.yaml', import.meta.url), 'utf8'));
  return loaded;
}

const OPEN = '〔\\[［（(【';
const CLOSE = '〕\\]］）)】';
/** The code run directly before a bracketed year: 国办发 in `（国办发〔2018〕79号）`. */
const CODE_BEFORE_YEAR = new RegExp(`([\\p{Script=Han}A-Za-z]+)\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]`, 'u');
/** Failing a year, the code run before the first bracket. */
const CODE_BEFORE_BRACKET = new RegExp(`([\\p{Script=Han}A-Za-z]+)\\s*[${OPEN}]`, 'u');

/** The 机关代字 of a 文号: 国办发〔2018〕79号 → 国办发; undefined when there is no bracket. */
export function docNumberCode(docNumber: string): string | undefined {
  const match = CODE_BEFORE_YEAR.exec(docNumber) ?? CODE_BEFORE_BRACKET.exec(docNumber);
  return match?.[1];
}

/** The year of a 文号: 国办发〔2018〕79号 → 2018. */
export function docNumberYear(docNumber: string): number | undefined {
  const match = CODE_BEFORE_YEAR.exec(docNumber);
  return match ? Number(match[2]) : undefined;
}

/**
 * The table row for a 文号: the row for its exact code, else the longest prefix
 * row its code starts with. A row whose `since` is later than the 文号's year
 * gives nothing (the code then numbered a predecessor body's documents).
 */
export function issuerCodeRowOfDocNumber(docNumber: string, index: IssuerCodeIndex = issuerCodes()): IssuerCodeRow | undefined {
  const code = docNumberCode(docNumber);
  if (!code) return undefined;
  const row = index.byCode.get(code) ?? index.prefixRows.find((candidate) => code.startsWith(candidate.code)) ?? provincialDepartmentRow(code);
  if (!row) return undefined;
  const year = docNumberYear(docNumber);
  if (row.since !== undefined && year !== undefined && year < row.since) return undefined;
  return row;
}

export const provincialDepartmentCodesSchema = z
  .object({
    provinces: z.array(z.object({ abbreviation: z.string().regex(/^\p{Script=Han}$/u, 'expected one character'), name: z.string().regex(/^\p{Script=Han}+(省|自治区)$/u) }).strict()),
    departments: z.array(z.object({ code: z.string().regex(/^\p{Script=Han}+$/u), name: z.string().regex(/^\p{Script=Han}+$/u) }).strict()),
    documentKinds: z.array(z.string().regex(/^\p{Script=Han}*$/u)),
  })
  .strict();

export type ProvincialDepartmentCodes = z.infer<typeof provincialDepartmentCodesSchema>;

let provincialLoaded: ProvincialDepartmentCodes | undefined;

/** data/provincial-department-codes.yaml, read and checked on first use. */
function provincialDepartmentCodes(): ProvincialDepartmentCodes {
  provincialLoaded ??= parseYamlData(
    readFileSync(new URL('./data/provincial-department-codes.yaml', import.meta.url), 'utf8'),
    provincialDepartmentCodesSchema,
    'scripts/parse/data/provincial-department-codes.yaml',
  );
  return provincialLoaded;
}

/**
 * A provincial department's code composed from its parts: the province's
 * abbreviation, the department's code, then a document series (苏市监 →
 * 江苏省市场监督管理局). Anything else after the department's code is a
 * part of the department this table does not name, and gives nothing.
 */
export function provincialDepartmentRow(code: string, table: ProvincialDepartmentCodes = provincialDepartmentCodes()): IssuerCodeRow | undefined {
  const province = table.provinces.find((candidate) => code.startsWith(candidate.abbreviation));
  if (!province) return undefined;
  const rest = code.slice(province.abbreviation.length);
  const department = table.departments
    .filter((candidate) => rest.startsWith(candidate.code) && table.documentKinds.includes(rest.slice(candidate.code.length)))
    .sort((a, b) => b.code.length - a.code.length)[0];
  return department && { code, issuer: `${province.name}${department.name}`, kind: 'department' };
}

/** The full name of the body whose code a 文号 carries: 国办发〔2018〕79号 → 国务院办公厅. */
export function issuerOfDocNumber(docNumber: string): string | undefined {
  return issuerCodeRowOfDocNumber(docNumber)?.issuer;
}
