/**
 * `npm run build`: the build's three stages in order (content, Astro, search
 * index), stopping at the first that fails. `--strict` (or STRICT=1) makes
 * the content stage fail on agency names nothing recognizes. SITE_URL is the
 * site's public address.
 *
 * The build is all or nothing: the new site is built beside the published one
 * and swapped in when every stage has succeeded; a failed build leaves the
 * previous content/, public/data/ and dist/ exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import { BUILD_STAGES } from './bench/build-workspace.ts';
import { BUILD_OUTPUTS, SITE_DIR, STAGING_DIR } from './build-outputs.ts';
import { beginBuild, recoverInterruptedBuild } from './lib/build-transaction.ts';

const strict = process.argv.includes('--strict') || process.env.STRICT === '1';
const OUTPUTS = Object.values(BUILD_OUTPUTS);

/** SITE_URL as the site's address, or a message saying what was expected. */
function siteUrlProblem(value: string): string | undefined {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? undefined : `SITE_URL=${value}: expected an http:// or https:// address`;
  } catch {
    return `SITE_URL=${value}: not an address; expected the site's public address, such as https://policy-atlas.example.org/`;
  }
}

function main(): number {
  const problem = process.env.SITE_URL ? siteUrlProblem(process.env.SITE_URL) : undefined;
  if (problem) {
    process.stderr.write(`build: ${problem}\n`);
    return 1;
  }
  if (!process.env.SITE_URL) {
    process.stderr.write('build: SITE_URL is not set, so pages carry no canonical link or og:url, there is no sitemap, and the feed and CSV files use site-relative addresses. Set SITE_URL=https://… to publish.\n');
  }
  if (recoverInterruptedBuild('.', OUTPUTS, STAGING_DIR)) process.stderr.write(`build: an earlier build was interrupted; its previous outputs were put back from ${STAGING_DIR}/\n`);
  const build = beginBuild('.', OUTPUTS, SITE_DIR, STAGING_DIR);
  const env = { ...process.env, BUILD_OUT_DIR: build.siteDraft, ...(strict ? { STRICT: '1' } : {}) };
  for (const { stage, command } of BUILD_STAGES) {
    const [program, ...args] = command;
    const result = spawnSync(program, args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      build.rollBack();
      process.stderr.write(`build: the ${stage} stage failed; the previous site is left as it was\n`);
      return result.status ?? 1;
    }
  }
  build.commit();
  return 0;
}

process.exitCode = main();
