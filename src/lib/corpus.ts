import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument } from '../../scripts/model.ts';
import { readPolicyDocument } from '../../scripts/read-document.ts';

const SEEDS_DIR = 'seeds';

/** Every policy document in `seeds/`, newest first. */
export function loadCorpus(directory = SEEDS_DIR): PolicyDocument[] {
  return readdirSync(directory)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .map((name) => readPolicyDocument(join(directory, name)))
    .sort((a, b) => (b.signedDate ?? b.publishedDate ?? String(b.year ?? '')).localeCompare(a.signedDate ?? a.publishedDate ?? String(a.year ?? '')));
}
