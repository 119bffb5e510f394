/**
 * `npm run bench:agencies`: how well the registry knows the agencies real
 * documents name. Parses and resolves the seeds, tests/fixtures/real/ and
 * ../shared/corpus/real/ (when present; identical texts counted once) and
 * reports: how each document's jurisdiction was decided, the share of agency
 * mentions that resolve to a verified entry, the most frequent unverified
 * names, and the identity checks of issue 12 (one page for 财政部 across
 * documents and forms; 市民政局 of different cities apart). `-- --write`
 * also writes the report to docs/agency-resolution.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRegistry } from '../agencies/registry.ts';
import { resolveAgencies, type ResolvedDocument } from '../agencies/resolve.ts';
import { jurisdictionOfDocument } from '../agencies/document-jurisdiction.ts';
import { taskAgencies } from '../graph/cross-links.ts';
import { loadPolicyDocument, policyFiles } from '../read-document.ts';

const SOURCES = ['seeds', 'tests/fixtures/real', '../shared/corpus/real'];
const REPORT = 'docs/agency-resolution.md';

interface Resolved {
  file: string;
  resolved: ResolvedDocument;
  source: string;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

async function main(): Promise<void> {
  const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
  const seen = new Set<string>();
  const documents: Resolved[] = [];
  // A folder's README describes the folder; it is not a policy document.
  for (const file of SOURCES.filter(existsSync).flatMap(policyFiles).filter((path) => !path.endsWith('README.md'))) {
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    const { document: parsed } = await loadPolicyDocument(file);
    documents.push({ file, resolved: resolveAgencies(parsed, registry), source: jurisdictionOfDocument(registry, parsed).source });
  }
  const origins = new Map((registry.agencies).map((agency) => [agency.id, agency.origin]));
  for (const { resolved } of documents) for (const entry of resolved.built) origins.set(entry.id, entry.origin);
  const mentions = documents.flatMap(({ file, resolved }) =>
    resolved.document.tasks.flatMap((task) => taskAgencies(task).map(([agency]) => ({ file, agency }))).filter(({ agency }) => !agency.group));
  const verified = mentions.filter(({ agency }) => agency.id && origins.get(agency.id) !== 'unverified');
  const byOrigin = new Map<string, number>();
  for (const { agency } of mentions) {
    const origin = agency.id ? (origins.get(agency.id) ?? 'group') : 'none';
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + 1);
  }
  const sources = new Map<string, number>();
  for (const { source } of documents) sources.set(source, (sources.get(source) ?? 0) + 1);
  const unverified = new Map<string, { count: number; files: Set<string> }>();
  for (const { file, agency } of mentions.filter(({ agency }) => origins.get(agency.id!) === 'unverified')) {
    const known = unverified.get(agency.name) ?? { count: 0, files: new Set<string>() };
    known.count++;
    known.files.add(file.split('/').at(-1)!);
    unverified.set(agency.name, known);
  }
  const idsNamed = (names: string[]) => {
    const ids = new Map<string, Set<string>>();
    for (const { file, agency } of mentions.filter(({ agency }) => names.includes(agency.name))) {
      ids.set(agency.id!, (ids.get(agency.id!) ?? new Set()).add(file.split('/').at(-1)!));
    }
    return [...ids].map(([id, files]) => `\`${id}\` (${files.size} documents)`).join(', ') || 'not named';
  };
  const lines = [
    '# Agency resolution',
    '',
    `${documents.length} documents (seeds, tests/fixtures/real, ../shared/corpus/real; identical texts once). Written by \`npm run bench:agencies -- --write\`.`,
    '',
    '## Jurisdiction of a document, decided by',
    '',
    ...[...sources].sort((a, b) => b[1] - a[1]).map(([source, count]) => `- ${source}: ${count}`),
    '',
    '## Agency mentions in tasks (groups excluded)',
    '',
    `- ${mentions.length} mentions; **${percent(verified.length, mentions.length)} resolve to a verified entry** (target ≥ 95%).`,
    ...[...byOrigin].sort((a, b) => b[1] - a[1]).map(([origin, count]) => `- ${origin}: ${count} (${percent(count, mentions.length)})`),
    '',
    '## Identity checks',
    '',
    `- 财政部: ${idsNamed(['财政部'])}`,
    `- 国家发展改革委 / 发展改革委 / 国家发展和改革委员会: ${idsNamed(['国家发展改革委', '发展改革委', '国家发展和改革委员会'])}`,
    `- 市民政局: ${idsNamed(['市民政局'])}`,
    '',
    `## Most frequent unverified names (${unverified.size} names)`,
    '',
    ...[...unverified].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, Number(process.env.UNVERIFIED_LIST ?? 40))
      .map(([name, { count, files }]) => `- ${name} ×${count} (${[...files].slice(0, 3).join(', ')}${files.size > 3 ? ', …' : ''})`),
    '',
  ];
  const report = lines.join('\n');
  process.stdout.write(report);
  if (process.argv.includes('--write')) writeFileSync(REPORT, report);
}

await main();
