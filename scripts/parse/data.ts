import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/**
 * Reads one of the parser's data files (`scripts/parse/data/<name>.yaml`) and
 * validates it against its schema; a bad row fails loudly with the file's name.
 */
export function readParserData<Schema extends z.ZodType>(name: string, schema: Schema): z.infer<Schema> {
  const file = new URL(`./data/${name}.yaml`, import.meta.url);
  const result = schema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`scripts/parse/data/${name}.yaml: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return result.data;
}
