import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseYamlData } from '../lib/yaml-data.ts';

/**
 * Reads one of the parser's data files (`scripts/parse/data/<name>.yaml`) and
 * validates it against its schema; a bad row fails loudly with the file's name.
 */
export function readParserData<Schema extends z.ZodType>(name: string, schema: Schema): z.infer<Schema> {
  return parseYamlData(readFileSync(new URL(`./data/${name}.yaml`, import.meta.url), 'utf8'), schema, `scripts/parse/data/${name}.yaml`);
}
