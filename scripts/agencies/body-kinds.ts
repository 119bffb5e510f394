import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYamlData } from '../lib/yaml-data.ts';

const words = z.array(z.string().min(1)).min(1);

const bodyKindsSchema = z
  .object({
    notOne: words,
    zoneCommittees: z.object({ endings: words, zoneWords: words }).strict(),
    enterprises: z.object({ endings: words }).strict(),
    universities: z.object({ endings: words }).strict(),
    workingBodies: z.object({ endings: words }).strict(),
    divisions: z.object({ endings: words, wholeGovernment: words }).strict(),
    classes: z
      .object({
        levels: z.object({ province: words, prefecture: words, county: words, township: words }).strict(),
        labels: z.object({ province: z.string(), prefecture: z.string(), county: z.string(), township: z.string(), all: z.string() }).strict(),
        allLevels: words,
        local: words,
        governments: words,
        departments: words,
      })
      .strict(),
  })
  .strict();

export type BodyKinds = z.infer<typeof bodyKindsSchema>;

const BODY_KINDS_FILE = 'scripts/agencies/data/body-kinds.yaml';
/** The kinds of body a name's form says it is (zone committees, enterprises, universities, working bodies, divisions, classes); from data/body-kinds.yaml. */
export const BODY_KINDS: BodyKinds = parseYamlData(readFileSync(new URL('./data/body-kinds.yaml', import.meta.url), 'utf8'), bodyKindsSchema, BODY_KINDS_FILE);

/** The longest of `endings` a text ends with. */
export function endingOf(text: string, endings: readonly string[]): string | undefined {
  return [...endings].sort((a, b) => b.length - a.length).find((ending) => text.endsWith(ending));
}

/** Does a name say it is several bodies (相关处室, 各园区)? */
export function namesSeveral(name: string): boolean {
  return BODY_KINDS.notOne.some((word) => name.includes(word));
}
