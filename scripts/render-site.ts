/**
 * The build's page-rendering stage: `astro build`, in parts when the corpus is
 * large. Astro keeps a record of every page it has generated until its run
 * ends (about 2.6 KB a page at 10,000 documents), so one run over 100,000
 * documents would pass the 4 GB heap. Each part is a separate run with a
 * bounded number of documents (src/lib/render-part.ts says which pages each
 * renders), whose content layer holds only those documents
 * (src/lib/document-loader.ts); the parts' outputs are then moved into one site.
 *
 * The document parts run side by side, as many at once as the machine has
 * cores (each is one Node process, mostly single-threaded), each with its own
 * Astro cache so that no two runs write the same content store; the lists
 * part runs last, since its sitemap index names the document parts' sitemaps.
 *
 * public/ (open data, agency files, search assets) is put into the site by
 * hard links once every run has ended, never copied by Astro: at 100,000
 * documents its open data alone is 10 GB, which a copy would need again in
 * free space.
 *
 * RENDER_PART_DOCUMENTS sets how many documents one part renders (by default
 * scripts/lib/render-parts.ts decides from the corpus size and the cores);
 * RENDER_CONCURRENCY how many parts run at once (the cores).
 */
import { spawn } from 'node:child_process';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderPartValue } from '../src/lib/render-part.ts';
import { linkPublic, mergeInto, partDocuments, renderParts, type RenderRun, WITHOUT_PUBLIC } from './lib/render-parts.ts';

const DOCUMENT_DATA = 'content/docs';
/** Where each part keeps its own Astro cache (content store and bundles). */
const PART_CACHE = '.build/astro-cache';

/** The sitemap files a document part wrote, its own index removed. */
function documentSitemaps(directory: string, name: string): string[] {
  rmSync(join(directory, `${name}-index.xml`), { force: true });
  return readdirSync(directory).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.xml')).sort();
}

/** A whole-number setting from the environment, or its default; `example` goes into the message when it is not one. */
function countSetting(name: string, fallback: number, example: string): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name}=${value}: expected a whole number, such as ${example}`);
  return Number(value);
}

function astro(command: 'build' | 'sync', env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    spawn('astro', [command, '--silent'], { stdio: 'inherit', env: { ...process.env, ...env } })
      .on('error', reject)
      .on('exit', (status) => (status === 0 ? resolve() : reject(new Error(`astro ${command}${env.RENDER_PART ? ` (part ${env.RENDER_PART})` : ''} failed`))));
  });
}

const astroBuild = (env: NodeJS.ProcessEnv) => astro('build', env);

/**
 * Every run ends its content sync by writing the same files into the shared .astro/ directory,
 * each through one temporary file of a fixed name: two runs that write at once fail (ENOENT on
 * its rename). A run skips a file that already holds what it would write, so one sync of no
 * documents first writes them, and the runs side by side then leave them alone.
 */
const syncSharedFiles = () => astro('sync', { RENDER_PART: 'documents:0:0', ASTRO_CACHE_DIR: `${PART_CACHE}/sync` });

/** Runs `jobs` with at most `limit` at once; rejects with the first failure once the running ones have ended. */
async function runPooled(jobs: Array<() => Promise<void>>, limit: number): Promise<void> {
  const queue = [...jobs];
  const failures: unknown[] = [];
  const worker = async () => {
    for (let job = queue.shift(); job && failures.length === 0; job = queue.shift()) await job().catch((error: unknown) => failures.push(error));
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/** The base name of a part's sitemap files: the lists part writes the index that names every part's. */
const sitemapName = (part: RenderRun, index: number) => (part.kind === 'lists' ? 'sitemap' : `sitemap-part-${index}`);

function partEnv(part: RenderRun, index: number, directory: string, earlierSitemaps: string[]): NodeJS.ProcessEnv {
  return {
    RENDER_PART: renderPartValue(part),
    BUILD_OUT_DIR: directory,
    ASTRO_CACHE_DIR: `${PART_CACHE}/part-${index}`,
    SITEMAP_NAME: sitemapName(part, index),
    SITEMAP_EXTRA: earlierSitemaps.join(' '),
    ...WITHOUT_PUBLIC,
  };
}

async function main(): Promise<void> {
  const outDir = process.env.BUILD_OUT_DIR || 'dist';
  const documents = readdirSync(DOCUMENT_DATA).filter((file) => file.endsWith('.json')).length;
  const concurrency = countSetting('RENDER_CONCURRENCY', availableParallelism(), '2');
  const documentsPerPart = countSetting('RENDER_PART_DOCUMENTS', partDocuments(documents, concurrency), '10000');
  if (documents <= documentsPerPart) {
    await astroBuild(WITHOUT_PUBLIC);
    linkPublic('.', outDir);
    return;
  }
  const parts = renderParts(documents, documentsPerPart);
  const partDirectories = parts.map((_, index) => `${outDir}.part-${index}`);
  for (const directory of partDirectories) rmSync(directory, { recursive: true, force: true });
  const describe = (part: RenderRun, index: number) => `render: part ${index + 1} of ${parts.length} (${part.kind === 'lists' ? 'lists' : `documents ${part.from + 1}–${part.to}`})\n`;
  const documentParts = parts.slice(0, -1);
  await syncSharedFiles();
  await runPooled(
    documentParts.map((part, index) => () => {
      process.stderr.write(describe(part, index));
      return astroBuild(partEnv(part, index, partDirectories[index]!, []));
    }),
    concurrency,
  );
  // Each document part's own sitemap index is dropped: the lists part's index names their files.
  const sitemaps = documentParts.flatMap((part, index) => documentSitemaps(partDirectories[index]!, sitemapName(part, index)));
  const listsIndex = parts.length - 1;
  process.stderr.write(describe(parts[listsIndex]!, listsIndex));
  await astroBuild(partEnv(parts[listsIndex]!, listsIndex, partDirectories[listsIndex]!, sitemaps));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(partDirectories[listsIndex]!, outDir);
  for (const directory of partDirectories.slice(0, -1)) mergeInto(directory, outDir);
  linkPublic('.', outDir);
}

main().catch((error: unknown) => {
  process.stderr.write(`render: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
