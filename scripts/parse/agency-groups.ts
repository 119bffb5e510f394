import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const groupWordsSchema = z.object({
  starts: z.array(z.string().min(1)),
  ends: z.array(z.string().min(1)),
  names: z.array(z.string().min(1)),
  bareAfterDeng: z.array(z.string().min(1)),
});

/** The group words of data/agency-groups.yaml. */
export const GROUP_WORDS = groupWordsSchema.parse(parseYaml(readFileSync(new URL('./data/agency-groups.yaml', import.meta.url), 'utf8')));

/** Is this name (spaces removed) a group of agencies rather than one agency? */
export function isGroupName(name: string): boolean {
  return (
    GROUP_WORDS.names.includes(name) ||
    GROUP_WORDS.starts.some((word) => name.startsWith(word)) ||
    GROUP_WORDS.ends.some((word) => name.endsWith(word))
  );
}

/** Bodies with two names joined by 、 (市科委、中关村管委会); from data/dual-names.yaml. */
export const DUAL_NAMES: readonly string[] = z.array(z.string().includes('、')).parse(
  parseYaml(readFileSync(new URL('./data/dual-names.yaml', import.meta.url), 'utf8')),
);

/** Province-level names written without 省/市 (陕西, 内蒙古); from data/provinces.yaml. */
export const PROVINCE_NAMES: readonly string[] = z.array(z.string().min(2)).parse(
  parseYaml(readFileSync(new URL('./data/provinces.yaml', import.meta.url), 'utf8')),
);
