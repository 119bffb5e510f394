/**
 * `npm run bench`: builds the seeds, 100 and 1,000 synthetic documents in
 * separate workspaces, measures every stage, search in Chromium against
 * stock Pagefind UI, and reading pages' JavaScript, and writes BENCHMARKS.md.
 * `-- --sizes 10000` adds whole builds of those sizes; `-- --parts 100000`
 * adds the content and search-index stages alone at those sizes (`--parts-only`:
 * only those, kept for the next run's report; `--report` writes BENCHMARKS.md
 * again from the last run's builds and the parts kept since, `--search-again`
 * measuring search on those sites again).
 * `npm run bench:search` measures search only (seeds and 1,000 documents).
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageScriptWeight } from './page-weight.ts';
import { READING_PAGES } from './page-weight-report.ts';
import { BENCH_QUERIES, buildStockPagefind, measureSearch, type SearchMeasure } from './search.ts';
import { type BuildMeasure, measureBuild, measureParts, measureRebuild, type StageMeasure } from './stages.ts';
import { createWorkspace } from './workspace.ts';
import { MAX_PART_DOCUMENTS, partDocuments, renderParts } from '../lib/render-parts.ts';

const BENCH_DIR = '/tmp/policy-atlas-bench';
const searchOnly = process.argv.includes('--search');
/** Sizes given after a flag: `--sizes 10000,20000`. */
const sizesAfter = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1]!.split(',').map(Number) : [];
};
const SIZES = [100, 1000, ...sizesAfter('--sizes')];
const PART_SIZES = sizesAfter('--parts');

interface CorpusRun {
  name: string;
  documents: number;
  build: BuildMeasure;
  search?: SearchMeasure[];
  /** The content and search stages again after one document is added. */
  rebuild?: StageMeasure[];
}

const corpusDirectory = (size: number) => join(BENCH_DIR, `corpus-${size}`);

function corpus(size: number): string {
  const directory = corpusDirectory(size);
  execFileSync(join('node_modules/.bin/tsx'), ['scripts/corpus/cli.ts', String(size), directory], { stdio: 'inherit' });
  return directory;
}

function buildCorpus(name: string, seedsDir: string, documents: number): CorpusRun {
  process.stderr.write(`bench: building ${name} (${documents} documents)\n`);
  const workspace = createWorkspace(join(BENCH_DIR, name));
  return { name, documents, build: measureBuild(workspace, seedsDir) };
}

/** End-to-end seconds: the three stages (parse and Markdown are phases of the content stage). */
const endToEnd = (run: CorpusRun) => run.build.stages.filter((stage) => !['parse', 'markdown'].includes(stage.stage)).reduce((sum, stage) => sum + stage.seconds, 0);
const peakMemory = (run: CorpusRun) => Math.max(...run.build.stages.map((stage) => stage.peakMemoryMb ?? 0));

const seconds = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

function buildTable(runs: CorpusRun[]): string[] {
  const stages = runs[0]!.build.stages.map((stage) => stage.stage);
  const perDocument = (run: CorpusRun, stage: string) => (1000 * run.build.stages.find((measure) => measure.stage === stage)!.seconds / run.documents).toFixed(1);
  const memory = (run: CorpusRun, stage: string) => run.build.stages.find((measure) => measure.stage === stage)!.peakMemoryMb?.toFixed(0) ?? '–';
  return [
    `| | ${runs.map((run) => `${run.name} (${run.documents})`).join(' | ')} |`,
    `| --- | ${runs.map(() => '---').join(' | ')} |`,
    ...stages.map((stage) => `| ${stage} (s) | ${runs.map((run) => seconds(run.build.stages.find((measure) => measure.stage === stage)!.seconds)).join(' | ')} |`),
    ...stages.map((stage) => `| ${stage} per document (ms) | ${runs.map((run) => perDocument(run, stage)).join(' | ')} |`),
    ...stages.filter((stage) => runs.some((run) => run.build.stages.find((measure) => measure.stage === stage)!.peakMemoryMb)).map((stage) => `| ${stage} peak RSS (MB) | ${runs.map((run) => memory(run, stage)).join(' | ')} |`),
    ...stages.filter((stage) => runs.some((run) => run.build.stages.find((measure) => measure.stage === stage)!.liveHeapMb)).map((stage) => `| ${stage} live heap after a full collection, largest (MB) | ${runs.map((run) => run.build.stages.find((measure) => measure.stage === stage)!.liveHeapMb?.toFixed(0) ?? '–').join(' | ')} |`),
    `| astro peak RSS per 1,000 pages (MB) | ${runs.map((run) => (1000 * (run.build.stages.find((measure) => measure.stage === 'astro')!.peakMemoryMb ?? 0) / run.build.pages).toFixed(1)).join(' | ')} |`,
    `| astro per page (ms) | ${runs.map((run) => (1000 * run.build.stages.find((measure) => measure.stage === 'astro')!.seconds / run.build.pages).toFixed(2)).join(' | ')} |`,
    `| **end to end (s)** | ${runs.map((run) => `**${seconds(endToEnd(run))}**`).join(' | ')} |`,
    `| per document (ms) | ${runs.map((run) => (1000 * endToEnd(run) / run.documents).toFixed(0)).join(' | ')} |`,
    `| peak memory of a stage (MB) | ${runs.map((run) => (peakMemory(run) > 0 ? peakMemory(run).toFixed(0) : '–')).join(' | ')} |`,
    `| pages | ${runs.map((run) => run.build.pages).join(' | ')} |`,
    `| bytes of dist/ (MB) | ${runs.map((run) => megabytes(run.build.bytes)).join(' | ')} |`,
  ];
}

const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** Each target of the issues against its figure, so the file says plainly what is met. */
function targetLines(runs: CorpusRun[]): string[] {
  const lines: string[] = [];
  const seeds = runs.find((run) => run.name === 'seeds');
  const large = runs.find((run) => run.documents === 1000);
  if (seeds && !searchOnly) lines.push(`- Seeds end to end: ${seconds(endToEnd(seeds))} s (target < 30 s): ${verdict(endToEnd(seeds) < 30)}.`);
  if (large && !searchOnly) {
    const peak = peakMemory(large);
    lines.push(`- 1,000 documents end to end: ${seconds(endToEnd(large))} s (target < 600 s): ${verdict(endToEnd(large) < 600)}; peak memory ${peak.toFixed(0)} MB (target < 4096 MB): ${verdict(peak < 4096)}.`);
  }
  for (const big of runs.filter((run) => run.documents >= 10000 && !searchOnly)) {
    const peak = peakMemory(big);
    lines.push(`- ${big.documents.toLocaleString('en')} documents end to end: ${seconds(endToEnd(big))} s (target < 600 s): ${verdict(endToEnd(big) < 600)}; peak memory of a stage ${peak.toFixed(0)} MB (target < 4096 MB): ${verdict(peak < 4096)}.`);
  }
  for (const big of runs.filter((run) => run.documents >= 10000)) {
    const measure = big.search?.find((candidate) => candidate.engine === 'ours');
    if (measure) lines.push(`- Search at ${big.documents.toLocaleString('en')} documents: first query ${kilobytes(measure.firstQueryBytes)} KB (target ≤ 150 KB): ${verdict(measure.firstQueryBytes <= 150 * 1024)}; ${measure.firstQueryMs.toFixed(0)} ms (target < 300 ms): ${verdict(measure.firstQueryMs < 300)}; later ${measure.laterQueryMsMedian.toFixed(0)} ms (target < 100 ms): ${verdict(measure.laterQueryMsMedian < 100)}.`);
  }
  const ours = large?.search?.find((measure) => measure.engine === 'ours');
  if (ours) {
    lines.push(`- Search at 1,000 documents, first query: ${kilobytes(ours.firstQueryBytes)} KB (target ≤ 150 KB): ${verdict(ours.firstQueryBytes <= 150 * 1024)}; ${ours.firstQueryMs.toFixed(0)} ms (target < 300 ms): ${verdict(ours.firstQueryMs < 300)}.`);
    lines.push(`- Search at 1,000 documents, later queries: ${ours.laterQueryMsMedian.toFixed(0)} ms median (target < 100 ms): ${verdict(ours.laterQueryMsMedian < 100)}.`);
  }
  return lines;
}

function searchTable(runs: CorpusRun[]): string[] {
  const rows = runs.flatMap((run) => (run.search ?? []).map((measure) => `| ${run.name} (${run.documents}) | ${measure.engine} | ${kilobytes(measure.firstQueryBytes)} | ${measure.firstQueryMs.toFixed(0)} | ${kilobytes(measure.laterQueryBytesMedian)} | ${measure.laterQueryMsMedian.toFixed(0)} |`));
  return [
    '| corpus | engine | first query: KB transferred (page included) | first query: ms to results | later query: KB (median) | later query: ms (median) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

/** The incremental rebuild beside the full build's same stages. */
function rebuildTable(runs: CorpusRun[]): string[] {
  const rebuilt = runs.filter((run) => run.rebuild);
  if (rebuilt.length === 0) return [];
  const full = (run: CorpusRun, stage: string) => run.build.stages.find((measure) => measure.stage.startsWith(stage))!;
  return [
    '## Incremental rebuild',
    '',
    'One real document (国办发〔2018〕79号) added to a built corpus; the content stage reads every other document and page from `.cache/` (keyed by content hash) and writes its outputs again; the search-index stage indexes only the ranges whose documents changed (ranges are cut where the documents\' slugs say, so the document changes the range it falls in) and writes only the new document\'s result blocks.',
    '',
    `| stage | ${rebuilt.map((run) => `${run.documents} documents: full build (s) | rebuild (s) | rebuild peak RSS (MB)`).join(' | ')} |`,
    `| --- | ${rebuilt.map(() => '--- | --- | ---').join(' | ')} |`,
    ...rebuilt[0]!.rebuild!.map(({ stage }) => `| ${stage} | ${rebuilt.map((run) => {
      const again = run.rebuild!.find((measure) => measure.stage === stage)!;
      return `${seconds(full(run, stage).seconds)} | ${seconds(again.seconds)} | ${again.peakMemoryMb?.toFixed(0) ?? '–'}`;
    }).join(' | ')} |`),
    '',
  ];
}

/** The content and search-index stages measured alone at one size, kept in the bench directory so a later run still reports them. */
interface PartsRun {
  documents: number;
  stages: StageMeasure[];
  /** When and on which commit they were measured. */
  measured: string;
}

const partsFile = (size: number) => join(BENCH_DIR, `parts-${size}.json`);

function measurePartsRun(size: number): PartsRun {
  process.stderr.write(`bench: content and search stages at ${size} documents\n`);
  // The workspace copies the code as it is now: name its commit before a long run.
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const stages = measureParts(createWorkspace(join(BENCH_DIR, `parts-${size}`)), corpus(size));
  const part = { documents: size, stages, measured: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}` };
  writeFileSync(partsFile(size), JSON.stringify(part, null, 2));
  return part;
}

/** Every parts run kept in the bench directory, smallest first. */
const keptParts = (): PartsRun[] => readdirSync(BENCH_DIR).filter((name) => /^parts-\d+\.json$/.test(name)).map((name) => JSON.parse(readFileSync(join(BENCH_DIR, name), 'utf8')) as PartsRun).sort((a, b) => a.documents - b.documents);

const stageOf = (stages: StageMeasure[], stage: string) => stages.find((measure) => measure.stage.startsWith(stage));

/**
 * The content and search-index stages at sizes too large to render every page
 * in a benchmark run, beside the same stages of the full builds, and the full
 * build projected at those sizes from the figures behind it.
 */
function partsSection(runs: CorpusRun[], parts: PartsRun[]): string[] {
  if (parts.length === 0) return [];
  const full = runs.filter((run) => run.documents >= 1000);
  const columns = [...full.map((run) => ({ documents: run.documents, stages: run.build.stages, label: `${run.documents} (full build)` })), ...parts.map((part) => ({ ...part, label: `${part.documents} (measured ${part.measured})` }))];
  const row = (stage: string) => `| ${stage} | ${columns.map((column) => {
    const measure = stageOf(column.stages, stage);
    if (!measure) return '–';
    // A render part renders a share of the documents: its pages say how much.
    const share = measure.pages !== undefined ? `${measure.pages.toLocaleString('en')} pages` : `${(1000 * measure.seconds / column.documents).toFixed(1)} ms/doc`;
    return `${seconds(measure.seconds)} s · ${share} · ${measure.peakMemoryMb?.toFixed(0) ?? '–'} MB${measure.liveHeapMb ? ` (live ${measure.liveHeapMb.toFixed(0)} MB)` : ''}`;
  }).join(' | ')} |`;
  const projection = parts.flatMap((part) => {
    const lists = stageOf(part.stages, 'render part: lists');
    const documentPart = stageOf(part.stages, 'render part: documents');
    if (!lists || !documentPart) return [];
    const cores = availableParallelism();
    const documentParts = renderParts(part.documents, partDocuments(part.documents, cores)).length - 1;
    // The document parts run side by side, one per core (scripts/render-site.ts).
    const rounds = Math.ceil(documentParts / cores);
    const content = stageOf(part.stages, 'content')!;
    const search = stageOf(part.stages, 'search')!;
    const astroSeconds = lists.seconds + rounds * documentPart.seconds;
    const pages = lists.pages! + documentParts * documentPart.pages!;
    const total = content.seconds + astroSeconds + search.seconds;
    const size = part.documents.toLocaleString('en');
    return [
      `- **${size} documents, projected end to end: ${(total / 60).toFixed(0)} min** = content ${seconds(content.seconds)} s (measured) + page rendering ${seconds(astroSeconds)} s (the lists part, ${seconds(lists.seconds)} s, + ${documentParts} document parts, ${cores} at a time on ${cores} cores: ${rounds} × ${seconds(documentPart.seconds)} s, the first part's time alone; about ${pages.toLocaleString('en')} pages) + search index ${seconds(search.seconds)} s (measured).`,
      `- Peak memory at ${size}, every stage measured: content ${content.peakMemoryMb?.toFixed(0)} MB, search index ${search.peakMemoryMb?.toFixed(0)} MB; page rendering runs in parts, each its own process: the lists part ${lists.peakMemoryMb?.toFixed(0)} MB for ${lists.pages!.toLocaleString('en')} pages, a part of ${documentPart.stage.replace('render part: ', '')} ${documentPart.peakMemoryMb?.toFixed(0)} MB for ${documentPart.pages!.toLocaleString('en')} pages (${(1024 * documentPart.peakMemoryMb! / documentPart.pages!).toFixed(1)} KB per page).`,
    ];
  });
  return [
    '## The stages at larger sizes, measured by parts',
    '',
    'Each cell: wall time · time per document · peak RSS. At the larger sizes (`npm run bench -- --parts 100000`) the content and search-index stages run whole; page rendering runs two of its parts (scripts/render-site.ts renders a large corpus in parts of at most ' + MAX_PART_DOCUMENTS.toLocaleString('en') + ' documents, each its own process, as many side by side as there are cores, then the lists part), since the whole site would not fit on this disk. A later run of the benchmark reports the last measure it kept.',
    '',
    `| stage | ${columns.map((column) => column.label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    row('parse'),
    row('markdown'),
    row('content'),
    row('search'),
    row('astro'),
    row('render part: lists'),
    row('render part: documents'),
    '',
    ...projection,
    '',
  ];
}

/** The full builds of the last run, kept so the report can be written again once a long parts run ends (`--report`). */
const RUNS_FILE = join(BENCH_DIR, 'runs.json');

/** Measures every corpus of this run: builds, rebuilds, search. */
async function measureRuns(): Promise<CorpusRun[]> {
  const runs: CorpusRun[] = [buildCorpus('seeds', join(process.cwd(), 'seeds'), 5)];
  for (const size of searchOnly ? [1000] : SIZES) runs.push(buildCorpus(`synthetic-${size}`, corpus(size), size));
  for (const run of runs.filter((candidate) => candidate.documents >= 1000)) {
    process.stderr.write(`bench: rebuild of ${run.name} after one document is added\n`);
    run.rebuild = measureRebuild(join(BENCH_DIR, run.name), corpusDirectory(run.documents), join('tests', 'fixtures', 'real', '01_guobanfa_fangguanfu_renwu_fengong_2018.txt'));
  }
  await measureSearchOf(runs);
  if (!searchOnly) writeFileSync(RUNS_FILE, JSON.stringify(runs));
  return runs;
}

/** Search in Chromium on each built site but the 100-document one. */
async function measureSearchOf(runs: CorpusRun[]): Promise<void> {
  for (const run of runs.filter((candidate) => candidate.documents !== 100)) {
    const dist = join(BENCH_DIR, run.name, 'dist');
    process.stderr.write(`bench: search on ${run.name} (${run.documents})\n`);
    // Stock Pagefind is the yardstick up to 1,000 documents; past that, indexing every page with it would dominate the run.
    const yardstick = run.documents <= 1000;
    if (yardstick) await buildStockPagefind(dist);
    run.search = await measureSearch(dist, yardstick ? ['ours', 'stock Pagefind UI'] : ['ours']);
  }
}

async function main() {
  for (const size of PART_SIZES) measurePartsRun(size);
  // The large parts take long: they may be measured on their own, and reported by the next full run, or by `--report` after it.
  if (process.argv.includes('--parts-only')) return;
  const runs = process.argv.includes('--report') ? JSON.parse(readFileSync(RUNS_FILE, 'utf8')) as CorpusRun[] : await measureRuns();
  // Search timings suffer most from a busy machine: `--report --search-again` measures them again on the sites the last run built.
  if (process.argv.includes('--search-again')) {
    await measureSearchOf(runs);
    writeFileSync(RUNS_FILE, JSON.stringify(runs));
  }
  const seedsDist = join(BENCH_DIR, 'seeds', 'dist');
  const weights = Object.entries(READING_PAGES).map(([name, path]) => `| ${name} | ${pageScriptWeight(seedsDist, path).gzipBytes} |`);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const node = process.version;
  const report = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${node}, Chromium from Debian.`,
    'Each corpus is built from scratch in its own workspace under /tmp. Synthetic corpora come from `scripts/corpus/generate.ts` (seed 1).',
    '',
    '## Build',
    '',
    'Wall time per stage; `parse` and `markdown` are the two phases of the content stage as it reports them. Peak memory is the largest resident set of one process of the stage (GNU time): page rendering runs its document parts side by side on a large corpus, one per core, so the machine then holds that many such processes at once. The live heap is what the stage really holds: the largest heap a full collection left in any of its Node processes (`--trace-gc`), where the resident set also counts garbage V8 lets pile up between collections, more of it the longer a process runs.',
    '',
    ...(searchOnly ? [] : buildTable(runs)),
    '',
    'Targets: seeds end to end under 30 s; 10,000 documents under 10 minutes with every stage under 4 GB of peak RSS; per-document cost and memory flat as N grows.',
    '',
    ...rebuildTable(runs),
    ...partsSection(runs, keptParts()),
    '## Search',
    '',
    `Chromium, served with gzip by \`scripts/bench/static-server.ts\`. First query: everything the visit to the search page fetches until the first results are rendered; later queries: median of ${BENCH_QUERIES.length - 1} further queries on the same page. Stock: Pagefind's default UI over the same document pages (jieba at index time, \`Intl.Segmenter\` on the query).`,
    '',
    ...searchTable(runs),
    '',
    'Targets (issue 5): first query at most 150 KB and under 300 ms at 1,000 documents; later queries under 100 ms.',
    '',
    '## Against the targets',
    '',
    ...targetLines(runs),
    '',
    '## JavaScript of reading pages (gzipped bytes, before any interaction)',
    '',
    '| page | bytes |',
    '| --- | --- |',
    ...weights,
    '',
  ].join('\n');
  if (searchOnly) {
    // Keep the build figures of the last full run; replace the search section.
    const previous = readFileSync('BENCHMARKS.md', 'utf8');
    const search = report.slice(report.indexOf('## Search'));
    writeFileSync('BENCHMARKS.md', `${previous.slice(0, previous.indexOf('## Search'))}${search}`);
  } else writeFileSync('BENCHMARKS.md', report);
  process.stderr.write('bench: BENCHMARKS.md written\n');
}

await main();
