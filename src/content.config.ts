import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentPagesLoader } from './lib/document-loader.ts';
import { documentListEntrySchema } from './lib/page-files.ts';

// Front matter YAML reads an unquoted 2013-10-22 as a date: keep it an ISO string.
const isoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

/** What a GB/T 7714 citation names (src/lib/reference-format.ts). */
const citedWork = z.object({ issuers: z.array(z.string()), title: z.string(), docNumber: z.string().optional(), date: isoDate.optional() });

/** Document pages written by scripts/build-content.ts. */
const docs = defineCollection({
  // Page data only: each document's body is finished HTML the page reads when it renders (src/lib/page-files.ts).
  loader: documentPagesLoader('./content/docs'),
  // A document's list entry (what lists show of it) and what only its own pages use.
  schema: documentListEntrySchema.extend({
    titleFromFileName: z.literal(true).optional(),
    sourceFile: z.string(),
    /** The official address of the document, and a note on where this copy comes from (sidecar). */
    sourceUrl: z.string().url().optional(),
    sourceNote: z.string().optional(),
    reference: citedWork,
    toc: z.array(z.object({ anchor: z.string().regex(/^[a-z0-9-]+$/), label: z.string(), depth: z.number().int() })),
  }),
});

/** A predecessor or successor named on an agency's page. */
const linkedAgency = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string() });

/** Agency pages written by scripts/build-content.ts. */
const agencies = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/agencies' }),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['agency', 'group']),
    name: z.string(),
    fullName: z.string().optional(),
    jurisdiction: z.string(),
    /** Country first: 全国 / 上海市 / 闵行区. */
    jurisdictionPath: z.array(z.object({ id: z.string(), name: z.string(), level: z.string() })),
    verified: z.boolean(),
    since: z.number().int().optional(),
    until: z.number().int().optional(),
    predecessors: z.array(linkedAgency),
    successors: z.array(linkedAgency),
    aliases: z.array(z.string()),
    lookupKeys: z.array(z.string()),
    leadCount: z.number().int(),
    participantCount: z.number().int(),
    responsibleCount: z.number().int(),
    guidanceCount: z.number().int(),
    taskCount: z.number().int(),
    issuedCount: z.number().int(),
    pageCount: z.number().int(),
  }),
});

export const collections = { docs, agencies };
