/** `npm run corpus -- <count> <dir> [seed]`: writes a synthetic corpus of <count> documents to <dir>. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../agencies/registry.ts';
import { resolveAgencies } from '../agencies/resolve.ts';
import { loadPolicyDocument, policyFiles } from '../read-document.ts';
import { collectMaterial, generateCorpus } from './generate.ts';

const [countArgument, directory, seedArgument] = process.argv.slice(2);
const count = Number(countArgument);
if (!Number.isInteger(count) || count < 1 || !directory) {
  process.stderr.write('usage: npm run corpus -- <count> <dir> [seed]\n');
  process.exit(2);
}
const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
const seeds = await Promise.all(policyFiles('seeds').map(async (file) => resolveAgencies((await loadPolicyDocument(file)).document, registry).document));
const files = generateCorpus(collectMaterial(seeds, registry), count, Number(seedArgument ?? 1));
rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
for (const file of files) writeFileSync(join(directory, file.name), file.content);
process.stderr.write(`corpus: ${count} documents → ${directory}\n`);
