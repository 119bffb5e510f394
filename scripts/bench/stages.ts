/**
 * Runs the build's stages in a workspace and measures each: wall time,
 * peak memory (GNU time's maximum resident set, when /usr/bin/time exists),
 * and for the content stage its parse and Markdown phases as it reports them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/files.ts';
import { BUILD_STAGES, stageCommand } from './build-workspace.ts';
import { urls } from '../../src/lib/urls.ts';
import { renderPartValue } from '../../src/lib/render-part.ts';
import { linkPublic, partDocuments, renderParts, WITHOUT_PUBLIC } from '../lib/render-parts.ts';
import { availableParallelism } from 'node:os';

export interface StageMeasure {
  stage: string;
  seconds: number;
  peakMemoryMb?: number;
  /** Pages written, for a render part. */
  pages?: number;
  /**
   * The largest heap a full (mark-compact) collection left in any of the stage's Node processes: what the
   * stage really holds, where peak RSS also counts garbage V8 let pile up before collecting it.
   */
  liveHeapMb?: number;
}

const GNU_TIME = '/usr/bin/time';
const TRACE_GC = fileURLToPath(new URL('./trace-gc.mjs', import.meta.url));
/** V8's line for each full collection under --trace-gc: `Mark-Compact 180.2 (200.1) -> 120.3 (210.4) MB, …`. */
const FULL_COLLECTION = /Mark-Compact[^\n]*? -> ([\d.]+) \(/g;

function liveHeap(trace: string): number | undefined {
  const sizes = [...trace.matchAll(FULL_COLLECTION)].map((match) => Number(match[1]));
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

function run(stage: string, command: string[], cwd: string, env: NodeJS.ProcessEnv): StageMeasure & { stderr: string } {
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  // Every Node process of the stage (tsx's, Astro's parts) reports its collections on stdout.
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${TRACE_GC}`].filter(Boolean).join(' ');
  const result = spawnSync(timed ? GNU_TIME : command[0]!, timed ? ['-f', 'peak-kb %M', ...command] : command.slice(1), { cwd, env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${stage} failed (${result.status}):\n${result.stderr.slice(-4000)}`);
  const peak = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  const live = liveHeap(result.stdout);
  return { stage, seconds, stderr: result.stderr, ...(peak ? { peakMemoryMb: Number(peak) / 1024 } : {}), ...(live ? { liveHeapMb: live } : {}) };
}

const stageMeasure = ({ stage, seconds, peakMemoryMb, liveHeapMb }: StageMeasure): StageMeasure => ({ stage, seconds, peakMemoryMb, liveHeapMb });

/** Seconds a stage reports for one of its phases (`parse: 5/5 done in 0.1 s`). */
const phaseSeconds = (stderr: string, phase: string) => Number(new RegExp(`^${phase}: \\d+/\\d+ done in ([\\d.]+) s`, 'm').exec(stderr)?.[1] ?? NaN);

export interface BuildMeasure {
  stages: StageMeasure[];
  pages: number;
  bytes: number;
}

/**
 * The content and search-index stages alone, for corpora too large to render
 * every page of in a benchmark run (100,000 documents): the index stage reads
 * the models the content stage wrote, as it would from dist/.
 */
export function measureParts(workspace: string, seedsDir: string): StageMeasure[] {
  const [content, , search] = BUILD_STAGES;
  const measured = run(content.stage, stageCommand(workspace, content.command), workspace, { SEEDS_DIR: seedsDir });
  mkdirSync(join(workspace, 'dist'), { recursive: true });
  rmSync(join(workspace, 'dist', 'data'), { recursive: true, force: true });
  symlinkSync(join(workspace, 'public', 'data'), join(workspace, 'dist', 'data'));
  mkdirSync(join(workspace, 'dist', 'search'), { recursive: true });
  // Astro would copy the header's agency finder, which the index stage reads, from public/ into the site.
  copyFileSync(join(workspace, 'public', urls.agencyFinderData), join(workspace, 'dist', urls.agencyFinderData));
  const indexed = run(search.stage, stageCommand(workspace, search.command), workspace, {});
  return [
    { stage: 'parse', seconds: phaseSeconds(measured.stderr, 'parse') },
    { stage: 'markdown', seconds: phaseSeconds(measured.stderr, 'markdown') },
    { ...stageMeasure(measured), stage: `${measured.stage} (whole stage)` },
    stageMeasure(indexed),
    ...renderPartMeasures(workspace, filesUnder(join(workspace, 'content', 'docs')).length),
  ];
}

/**
 * Two of the page-rendering stage's runs (scripts/render-site.ts) over the
 * whole corpus's content: the lists part, and the first part of documents.
 * Every other document part renders as many documents as the first. Each
 * run's pages are removed once counted: the whole site would not fit on disk.
 */
function renderPartMeasures(workspace: string, documents: number): StageMeasure[] {
  const [firstDocuments] = renderParts(documents, partDocuments(documents, availableParallelism()));
  return [{ kind: 'lists' } as const, firstDocuments!].map((part) => {
    const outDir = join(workspace, 'render-part');
    const stage = part.kind === 'lists' ? 'render part: lists' : `render part: documents (${part.to - part.from})`;
    const measured = run(stage, stageCommand(workspace, ['astro', 'build', '--silent']), workspace, { RENDER_PART: renderPartValue(part), BUILD_OUT_DIR: outDir, ...WITHOUT_PUBLIC });
    if (part.kind === 'lists') {
      // scripts/render-site.ts links public/ into the site once the lists part has ended.
      const started = performance.now();
      linkPublic(workspace, outDir);
      measured.seconds += (performance.now() - started) / 1000;
    }
    const pages = filesUnder(outDir).filter((path) => path.endsWith('.html')).length;
    rmSync(outDir, { recursive: true, force: true });
    return { ...stageMeasure(measured), pages };
  });
}

/**
 * The incremental rebuild: after a built corpus gains one document, the
 * content stage again (reading every other document and page from its cache)
 * and the search-index stage over the models it wrote. The document is
 * removed again afterwards, so the corpus is as it was.
 */
export function measureRebuild(workspace: string, seedsDir: string, added: string): StageMeasure[] {
  const [content, , search] = BUILD_STAGES;
  const copy = join(seedsDir, `zz-added-${basename(added)}`);
  copyFileSync(added, copy);
  try {
    const measured = run(content.stage, stageCommand(workspace, content.command), workspace, { SEEDS_DIR: seedsDir });
    // The search stage reads the models from the site; point it at the ones the content stage just wrote.
    rmSync(join(workspace, 'dist', 'data'), { recursive: true, force: true });
    symlinkSync(join(workspace, 'public', 'data'), join(workspace, 'dist', 'data'));
    return [stageMeasure(measured), stageMeasure(run(search.stage, stageCommand(workspace, search.command), workspace, {}))];
  } finally {
    rmSync(copy, { force: true });
  }
}

export function measureBuild(workspace: string, seedsDir: string): BuildMeasure {
  type Measured = ReturnType<typeof run>;
  const [content, astro, search] = BUILD_STAGES.map(({ stage, command }) => run(stage, stageCommand(workspace, command), workspace, { SEEDS_DIR: seedsDir })) as [Measured, Measured, Measured];
  const dist = join(workspace, 'dist');
  const files = filesUnder(dist);
  return {
    stages: [
      { stage: 'parse', seconds: phaseSeconds(content.stderr, 'parse') },
      { stage: 'markdown', seconds: phaseSeconds(content.stderr, 'markdown') },
      { ...stageMeasure(content), stage: `${content.stage} (whole stage)` },
      stageMeasure(astro),
      stageMeasure(search),
    ],
    pages: files.filter((path) => path.endsWith('.html')).length,
    bytes: files.reduce((sum, path) => sum + statSync(join(dist, path)).size, 0),
  };
}
