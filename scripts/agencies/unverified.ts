import { stringify as stringifyYaml } from 'yaml';
import { functionNamedIn } from './department-names.ts';
import { type Registry, type RegistryAgency, suggestAlias } from './registry.ts';
import type { UnverifiedMention } from './resolve.ts';

type Located = UnverifiedMention & { file: string };

/** Unverified ids by how often documents use them, most first, then by id. */
function byFrequency(mentions: Located[]): [string, Located[]][] {
  const byId = new Map<string, Located[]>();
  for (const mention of mentions) byId.set(mention.id, [...(byId.get(mention.id) ?? []), mention]);
  return [...byId].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** The build's short report: how many names are unverified, and the ten most frequent with where they occur. */
export function unverifiedSummary(mentions: Located[], shown = 10): string {
  const ranked = byFrequency(mentions);
  const lines = [`agencies: ${ranked.length} name(s) unverified (${mentions.length} mention(s)); shown as 未核实. Most frequent:`];
  for (const [, uses] of ranked.slice(0, shown)) {
    const places = [...new Set(uses.map((use) => `${use.file}:${use.line}`))];
    lines.push(`  ${uses[0]!.name} ×${uses.length} (${places.slice(0, 3).join(', ')}${places.length > 3 ? ', …' : ''})`);
  }
  lines.push('  `npm run agencies -- unverified` prints entries to add to content/agencies.yaml.');
  return `${lines.join('\n')}\n`;
}

/**
 * A YAML entry for each unverified name, ready to paste into
 * content/agencies.yaml under `agencies:`, keeping the id its page already
 * has; comments say where the name occurs and what it may be: a close
 * registered name, or the department the function table would guess.
 */
export function unverifiedEntries(registry: Registry, mentions: Located[], entries: RegistryAgency[]): string {
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  return byFrequency(mentions).map(([id, uses]) => {
    const entry = entryById.get(id)!;
    const places = [...new Set(uses.map((use) => `${use.file}:${use.line}`))];
    const notes = [`${uses.length} use(s): ${places.slice(0, 3).join(', ')}${places.length > 3 ? ', …' : ''}`];
    const suggestion = suggestAlias(registry, entry.name, entry.jurisdiction);
    if (suggestion) notes.push(`close to registered name "${suggestion}"`);
    const guess = functionNamedIn(entry.name);
    if (guess) notes.push(`function table guess: the ${guess.functionId} department ("${guess.word}"); if so, add this name to that department's entry instead`);
    const yaml = stringifyYaml([{ id, name: entry.name, fullName: entry.fullName, jurisdiction: entry.jurisdiction, type: entry.type, aliases: [...new Set(uses.map((use) => use.name))] }], { collectionStyle: 'block' });
    return `${notes.map((note) => `# ${note}`).join('\n')}\n${yaml.replace(/^/gm, '  ')}`;
  }).join('\n');
}
