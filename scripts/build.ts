/**
 * `npm run build`: the build's three stages in order (content, Astro, search
 * index), stopping at the first that fails. `--strict` (or STRICT=1) makes
 * the content stage fail on agency names nothing recognizes. SITE_URL is the
 * site's public address.
 */
import { spawnSync } from 'node:child_process';
import { BUILD_STAGES } from './bench/build-workspace.ts';

const strict = process.argv.includes('--strict') || process.env.STRICT === '1';

function main(): number {
  if (!process.env.SITE_URL) {
    process.stderr.write('build: SITE_URL is not set, so pages carry no canonical link or og:url, there is no sitemap, and the feed and CSV files use site-relative addresses. Set SITE_URL=https://… to publish.\n');
  }
  for (const { stage, command } of BUILD_STAGES) {
    const [program, ...args] = command;
    const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, ...(strict ? { STRICT: '1' } : {}) } });
    if (result.status !== 0) {
      process.stderr.write(`build: the ${stage} stage failed\n`);
      return result.status ?? 1;
    }
  }
  return 0;
}

process.exitCode = main();
