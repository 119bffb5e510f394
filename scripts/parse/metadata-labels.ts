import { z } from 'zod';
import { readParserData } from './data.ts';

export const METADATA_KINDS = ['docNumber', 'issuer', 'body', 'source', 'signedDate', 'publishedDate', 'date', 'validity', 'title', 'other'] as const;
export type MetadataKind = (typeof METADATA_KINDS)[number];

const labelsSchema = z.record(z.enum(METADATA_KINDS), z.array(z.string().regex(/^\S+$/, 'expected a label without spaces')));

/** Label (spaces removed) → the kind of value it promises; from data/metadata-labels.yaml. */
export const METADATA_LABELS: ReadonlyMap<string, MetadataKind> = new Map(
  Object.entries(readParserData('metadata-labels', labelsSchema))
    .flatMap(([kind, labels]) => labels.map((label) => [label, kind as MetadataKind] as const)),
);
