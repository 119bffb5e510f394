/**
 * The build's page-rendering stage: `astro build`, in parts when the corpus is
 * large. Astro keeps a record of every page it has generated until its run
 * ends (about 2.6 KB a page at 10,000 documents), so one run over 100,000
 * documents would pass the 4 GB heap. Each part is a separate run with a
 * bounded number of documents (src/lib/render-part.ts says which pages each
 * renders); the parts' outputs are then moved into one site.
 *
 * RENDER_PART_DOCUMENTS sets how many documents one part renders (10,000).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderPartValue } from '../src/lib/render-part.ts';
import { DEFAULT_PART_DOCUMENTS, mergeInto, renderParts } from './lib/render-parts.ts';

const DOCUMENT_DATA = 'content/docs';

/** The sitemap files a document part wrote (its own index is dropped: the lists part's index names them). */
function documentSitemaps(directory: string, name: string): string[] {
  rmSync(join(directory, `${name}-index.xml`), { force: true });
  return readdirSync(directory).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.xml')).sort();
}

function partDocumentsSetting(): number {
  const value = process.env.RENDER_PART_DOCUMENTS;
  if (value === undefined || value === '') return DEFAULT_PART_DOCUMENTS;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`RENDER_PART_DOCUMENTS=${value}: expected a whole number of documents, such as 10000`);
  return Number(value);
}

function astroBuild(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('astro', ['build', '--silent'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`astro build${env.RENDER_PART ? ` (part ${env.RENDER_PART})` : ''} failed`);
}

function main(): void {
  const outDir = process.env.BUILD_OUT_DIR || 'dist';
  const documents = readdirSync(DOCUMENT_DATA).filter((file) => file.endsWith('.json')).length;
  const partDocuments = partDocumentsSetting();
  if (documents <= partDocuments) {
    astroBuild({});
    return;
  }
  const parts = renderParts(documents, partDocuments);
  const sitemaps: string[] = [];
  const partDirectories = parts.map((_, index) => `${outDir}.part-${index}`);
  parts.forEach((part, index) => {
    const directory = partDirectories[index]!;
    rmSync(directory, { recursive: true, force: true });
    process.stderr.write(`render: part ${index + 1} of ${parts.length} (${part.kind === 'lists' ? 'lists' : `documents ${part.from + 1}–${part.to}`})\n`);
    const sitemapName = part.kind === 'lists' ? 'sitemap' : `sitemap-part-${index}`;
    astroBuild({
      RENDER_PART: renderPartValue(part),
      BUILD_OUT_DIR: directory,
      SITEMAP_NAME: sitemapName,
      SITEMAP_EXTRA: sitemaps.join(' '),
      // public/ (open data included) is copied once, by the lists part.
      RENDER_PUBLIC: part.kind === 'lists' ? '1' : '0',
    });
    if (part.kind === 'documents') sitemaps.push(...documentSitemaps(directory, sitemapName));
  });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(partDirectories.at(-1)!, outDir);
  for (const directory of partDirectories.slice(0, -1)) mergeInto(directory, outDir);
}

try {
  main();
} catch (error) {
  process.stderr.write(`render: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
