import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYamlData } from '../lib/yaml-data.ts';
import { agencyTypes, slugId } from './schema.ts';

/**
 * How a national body's local branches are named: a prefix, a place and a
 * suffix (中国人民银行 + 北京市 + 分行; 国网 + 重庆 + 电力), or a place and a
 * short form (北京 + 证监局).
 */
const branchesSchema = z
  .object({
    prefixes: z.array(z.string().min(1)).default([]),
    suffixes: z.array(z.string().min(1)).default([]),
    forms: z.array(z.string().min(1)).default([]),
    shortPlace: z.literal(true).optional(),
  })
  .strict();

export type BranchNames = z.infer<typeof branchesSchema>;

const nationalAgencySchema = z
  .object({
    id: slugId,
    name: z.string().min(1),
    fullName: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    type: z.enum(agencyTypes),
    category: z.string().min(1),
    since: z.number().int().optional(),
    until: z.number().int().optional(),
    successors: z.array(slugId).optional(),
    administeredBy: slugId.optional(),
    branches: branchesSchema.optional(),
  })
  .strict();

export type NationalAgency = z.infer<typeof nationalAgencySchema>;

const DATA_DIR = new URL('./data/', import.meta.url);

/**
 * The State Council's bodies, the central Party organs, people's
 * organizations, regulators and central enterprises; from
 * data/national-*.yaml (one file per part of the state).
 */
export function loadNationalAgencies(): NationalAgency[] {
  return readdirSync(DATA_DIR)
    .filter((name) => /^national-.*\.yaml$/.test(name))
    .sort()
    .flatMap((name) => parseYamlData(readFileSync(new URL(name, DATA_DIR), 'utf8'), z.object({ agencies: z.array(nationalAgencySchema) }), `scripts/agencies/data/${name}`).agencies);
}
