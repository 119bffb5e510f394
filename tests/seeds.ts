import { readFileSync } from 'node:fs';
import type { PolicyDocument, Task } from '../scripts/model.ts';
import { readPolicyDocument } from '../scripts/read-document.ts';

/** The five seed texts, by a short name used in test titles. */
export const SEEDS = {
  '000': 'seeds/xj-2013-innovation-task-division.txt',
  '001': 'seeds/xj-2011-science-work-plan.txt',
  '002': 'seeds/changji-2022-sci-tech-plan.txt',
  '003': 'seeds/xj-2017-sci-tech-reform-plan.txt',
  '004': 'seeds/city-innovation-plan-hant.txt',
} as const;

export type SeedName = keyof typeof SEEDS;

const cache = new Map<SeedName, PolicyDocument>();

export function seed(name: SeedName): PolicyDocument {
  let document = cache.get(name);
  if (!document) {
    document = readPolicyDocument(SEEDS[name]);
    cache.set(name, document);
  }
  return document;
}

export function seedText(name: SeedName): string {
  return readFileSync(SEEDS[name], 'utf8');
}

export function task(document: PolicyDocument, id: string): Task {
  const found = document.tasks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${document.sourceFile}: no task ${id}; tasks are ${document.tasks.map((t) => t.id).join(', ')}`);
  return found;
}

export const names = (agencies: { name: string }[]) => agencies.map((agency) => agency.name);
