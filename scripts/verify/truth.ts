import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** A date as a truth file writes it: `2018`, `2018-12` or `2018-12-31`. */
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const truthDeadline = z.object({
  raw: z.string().min(1),
  due: partialDate.nullable().optional(),
  start: partialDate.nullable().optional(),
  kind: z.enum(['dated', 'ongoing', 'recurring', 'phased']).nullable().optional(),
});

const truthTask = z.object({
  path: z.string(),
  opening: z.string().min(1),
  lead: z.array(z.string()).default([]),
  participants: z.array(z.string()).default([]),
  responsible: z.array(z.string()).default([]),
  guidance: z.array(z.string()).default([]),
  groups: z.array(z.string()).default([]),
  deadline: truthDeadline.nullable().default(null),
});

/** What a person wrote about one real document by reading it (tests/fixtures/real/README.md). */
export const truthSchema = z.object({
  source: z.string(),
  set: z.enum(['train', 'heldout']),
  /** null when the text prints no title (a notice copied without its heading). */
  title: z.string().min(1).nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  signedDate: partialDate.nullable(),
  publishedDate: partialDate.nullable().optional(),
  assignsWork: z.boolean(),
  leadRule: z.string().nullable().optional(),
  sections: z.array(z.object({ path: z.string(), opening: z.string() })).default([]),
  tasks: z.array(truthTask).default([]),
  notes: z.string().optional(),
});

export type Truth = z.infer<typeof truthSchema>;
export type TruthTask = z.infer<typeof truthTask>;

/** Where the real documents and their truth live. */
export const REAL_DOCUMENTS_DIR = 'tests/fixtures/real';

/** Every truth file of the folder, validated, with the path of the document it describes. */
export function readTruths(directory = REAL_DOCUMENTS_DIR): { file: string; truth: Truth }[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.truth.json'))
    .sort()
    .map((name) => {
      const parsed = truthSchema.safeParse(JSON.parse(readFileSync(join(directory, name), 'utf8')));
      if (!parsed.success) throw new Error(`${join(directory, name)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return { file: join(directory, parsed.data.source), truth: parsed.data };
    });
}
