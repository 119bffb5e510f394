import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** Parses a YAML data file and checks it against its schema; a problem names the file and the entry at fault. */
export function parseYamlData<Schema extends z.ZodType>(yamlText: string, schema: Schema, file: string): z.infer<Schema> {
  const result = schema.safeParse(parseYaml(yamlText));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
