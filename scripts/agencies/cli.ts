/**
 * `npm run agencies -- unverified`: parses every document of seeds/ (or
 * SEEDS_DIR), resolves its agencies, and prints a YAML entry for each name
 * nothing recognizes, ready to paste into content/agencies.yaml.
 */
import { readFileSync } from 'node:fs';
import { loadPolicyDocument, policyFiles } from '../read-document.ts';
import { loadRegistry } from './registry.ts';
import { mergeBuiltAgencies, resolveAgencies } from './resolve.ts';
import { unverifiedEntries } from './unverified.ts';

const REGISTRY_FILE = 'content/agencies.yaml';
const USAGE = 'usage: npm run agencies -- unverified';

async function main(args: string[]): Promise<number> {
  if (args[0] !== 'unverified') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const registry = loadRegistry(readFileSync(REGISTRY_FILE, 'utf8'), REGISTRY_FILE);
  const resolved = await Promise.all(policyFiles(process.env.SEEDS_DIR ?? 'seeds').map(async (file) => ({ file, ...resolveAgencies((await loadPolicyDocument(file)).document, registry) })));
  const mentions = resolved.flatMap(({ file, unverified }) => unverified.map((mention) => ({ ...mention, file })));
  if (mentions.length === 0) {
    process.stderr.write('agencies: every name is verified\n');
    return 0;
  }
  process.stdout.write(`# Unverified agency names, most used first. Check each, correct it, and paste it under \`agencies:\` in ${REGISTRY_FILE}.\n`);
  process.stdout.write(unverifiedEntries(registry, mentions, mergeBuiltAgencies(resolved.map(({ built }) => built))));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
