import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../scripts/agencies/registry.ts';
import { resolveAgencies } from '../scripts/agencies/resolve.ts';
import { collectMaterial, generateCorpus } from '../scripts/corpus/generate.ts';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';
import { seed, SEEDS, type SeedName } from './seeds.ts';

const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
const material = collectMaterial((Object.keys(SEEDS) as SeedName[]).map((name) => resolveAgencies(seed(name), registry).document), registry);

/** Reads generated files as the build does (sidecars included) and resolves their agencies. */
function build(files: { name: string; content: string }[]) {
  const directory = mkdtempSync(join(tmpdir(), 'policy-atlas-corpus-'));
  for (const file of files) writeFileSync(join(directory, file.name), file.content);
  return files.filter((file) => file.name.endsWith('.txt')).map((file) => {
    const document = readPolicyDocument(join(directory, file.name));
    const { document: resolved, unverified } = resolveAgencies(document, registry);
    return { file, document: resolved, unverified };
  });
}

describe('synthetic corpus', () => {
  const files = generateCorpus(material, 40, 7);

  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus(material, 40, 7)).toEqual(files);
    expect(generateCorpus(material, 40, 8)).not.toEqual(files);
  });

  it('parses every document in every format, with every agency resolved and nothing lost', () => {
    for (const { file, document, unverified } of build(files)) {
      expect(unverified.map((mention) => `${file.name}:${mention.line}: ${mention.name}`)).toEqual([]);
      expect(findLostText(file.content, document), file.name).toBeUndefined();
      expect(document.tasks.length, file.name).toBeGreaterThan(0);
      expect(document.tasks.every((task) => task.lead.length + task.responsible.length > 0), file.name).toBe(true);
    }
    expect(new Set(build(files).map(({ document }) => document.script))).toEqual(new Set(['zh-Hans', 'zh-Hant']));
  });

  it('keeps every other task\'s anchor when a document is added or one task\'s text is edited', () => {
    const anchors = (built: ReturnType<typeof build>) => new Map(built.flatMap(({ document }) => document.tasks.map((task) => [`${document.slug}/${task.id}`, task.anchor] as const)));
    const before = anchors(build(files));
    const added = anchors(build([...files, ...generateCorpus(material, 3, 99).map((file) => ({ ...file, name: `added-${file.name}` }))]));
    for (const [key, anchor] of before) expect(added.get(key), key).toBe(anchor);
    const target = files.find((file) => file.name.endsWith('-paren.txt'))!;
    const edited = files.map((file) => (file === target ? { ...file, content: file.content.replace(/\n3\.[^（\n]{4}/, (clause) => `${clause}（修订）`) } : file));
    expect(edited).not.toEqual(files);
    expect(anchors(build(edited))).toEqual(before);
  });
});
