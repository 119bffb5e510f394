/**
 * `npm run bench:parser`: parses every real document under tests/fixtures/real/
 * and scores it against the truth written by reading it. Prints one row per
 * document and the totals of the training and held-back sets, as Markdown.
 * `-- --details 14_` lists instead the mismatches of the training documents
 * whose name starts with 14_ (never a held-back one's, nor the table);
 * `-- --write` also writes the table to docs/parser-quality.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readPolicyDocument } from '../read-document.ts';
import { addTallies, type DocumentScore, emptyTally, metadataAgrees, ratesOf, scoreDocument, type Tally } from '../verify/against-truth.ts';
import { readTruths } from '../verify/truth.ts';
import { findLostText } from '../verify/nothing-lost.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
const rate = (value: number, defined: boolean) => (defined ? `${(100 * value).toFixed(1)}%` : '—');

function row(name: string, tally: Tally, metadataOk: string, lost: string): string {
  const rates = ratesOf(tally);
  const agencies = tally.agencyTruePositives + tally.agencyFalsePositives + tally.agencyFalseNegatives > 0;
  return [
    name,
    `${tally.foundTasks}/${tally.truthTasks} (${percent(tally.foundTasks, tally.truthTasks)})`,
    String(tally.extraTasks),
    rate(rates.agencyPrecision, tally.agencyTruePositives + tally.agencyFalsePositives > 0),
    rate(rates.agencyRecall, tally.agencyTruePositives + tally.agencyFalseNegatives > 0),
    rate(rates.agencyF1, agencies),
    rate(rates.rolesExact, tally.roleTasks > 0),
    rate(rates.deadlinesExact, tally.deadlineTasks > 0),
    percent(tally.foundSections, tally.truthSections),
    metadataOk,
    lost,
  ].join(' | ').replace(/^/, '| ').concat(' |');
}

function main(): void {
  const detailsIndex = process.argv.indexOf('--details');
  const details = detailsIndex >= 0 ? process.argv[detailsIndex + 1] : undefined;
  const scores: (DocumentScore & { lost: number; error?: string })[] = [];
  for (const { file, truth } of readTruths()) {
    try {
      const document = readPolicyDocument(file);
      const lost = findLostText(readFileSync(file, "utf8"), document);
      scores.push({ ...scoreDocument(document, truth), lost: lost ? lost.line : 0 });
    } catch (error) {
      scores.push({ source: truth.source, set: truth.set, tally: { ...emptyTally(), truthTasks: truth.tasks.length }, metadata: [], mismatches: [], lost: 0, error: (error as Error).message });
    }
  }
  const lines = [
    '| document | tasks found | extra tasks | agency P | agency R | agency F1 | roles exact | deadlines exact | sections | metadata | lost |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const set of ['train', 'heldout'] as const) {
    let total = emptyTally();
    let metadataRight = 0;
    let metadataFields = 0;
    for (const score of scores.filter((candidate) => candidate.set === set)) {
      total = addTallies(total, score.tally);
      const right = score.metadata.filter(metadataAgrees).length;
      metadataRight += right;
      metadataFields += score.metadata.length || 4;
      const wrong = score.metadata.filter((field) => !metadataAgrees(field)).map((field) => field.field);
      const metadataCell = score.error ? `error: ${score.error.slice(0, 60)}` : wrong.length ? `✗ ${wrong.join(', ')}` : '✓';
      lines.push(row(`${score.source.slice(0, 24)} (${set})`, score.tally, metadataCell, score.lost ? `line ${score.lost} ✗` : '0'));
    }
    lines.push(row(`**${set} total**`, total, `${metadataRight}/${metadataFields}`, ''));
  }
  // Asking for one document's mismatches shows only them: the table would put held-back rows before the eyes of whoever tunes.
  if (!details) process.stdout.write(`${lines.join('\n')}\n`);
  if (process.argv.includes('--write')) {
    const page = [
      '# Parser quality on real documents',
      '',
      `Written by \`npm run bench:parser -- --write\` on ${new Date().toISOString().slice(0, 10)}: every document under \`tests/fixtures/real/\` parsed and scored against the truth written by reading it (see its README).`,
      'The held-back set is never tuned on; the gap between the two totals is the measure of how well the parser reads forms it has not been shown.',
      '',
      'Agency P/R/F1 count every name of every task (a name in a task the parser missed is a miss; a name on a task the truth does not list is a false positive). Roles exact: tasks whose lead, participants, responsible and guidance lists all equal the truth. Deadlines exact: raw words, due and start all equal.',
      '',
      ...lines,
      '',
    ];
    writeFileSync('docs/parser-quality.md', page.join('\n'));
  }
  if (details) {
    for (const score of scores.filter((candidate) => candidate.source.startsWith(details))) {
      if (score.set === 'heldout') {
        process.stdout.write(`\n## ${score.source}: held back, its mismatches are not shown (it is never tuned on)\n`);
        continue;
      }
      process.stdout.write(`\n## ${score.source}\n`);
      for (const field of score.metadata.filter((candidate) => !metadataAgrees(candidate))) {
        process.stdout.write(`metadata ${field.field}: expected ${field.expected} got ${field.actual}\n`);
      }
      for (const mismatch of score.mismatches) {
        process.stdout.write(`${mismatch.path} ${mismatch.what}: expected ${JSON.stringify(mismatch.expected)} got ${JSON.stringify(mismatch.actual)}\n`);
      }
    }
  }
}

main();
