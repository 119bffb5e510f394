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
