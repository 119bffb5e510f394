import { cpSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWorkspace } from '../../scripts/bench/build-workspace.ts';
import { serveStatic } from '../../scripts/bench/static-server.ts';
import { createWorkspace } from '../../scripts/bench/workspace.ts';
import { scratchDirectory } from '../scratch.ts';
import { launchChromium } from './chromium.ts';

/**
 * The seeds plus `extraFiles`, as a user drops them into seeds/ (no sidecars
 * added), built as a whole site (a plain, not strict, build) in a workspace of
 * its own, its search index cut into ranges of `searchRangeSize` documents
 * when given, and its lists (documents, a year's targets) into pages of
 * `listPageSize`. Returns the workspace and what the build printed.
 */
function buildSeedsSite(name: string, extraFiles: readonly string[], options: { searchRangeSize?: number; listPageSize?: number } = {}): { workspace: string; printed: string } {
  const seeds = scratchDirectory(`${name}-seeds`);
  for (const file of readdirSync('seeds')) cpSync(join('seeds', file), join(seeds, file));
  for (const file of extraFiles) cpSync(file, join(seeds, basename(file)));
  const workspace = createWorkspace(scratchDirectory(name));
  return { workspace, printed: buildWorkspace(workspace, seeds, options) };
}

/** A seeds site built for a test file: Chromium open on it, and where it was built. */
export interface ServedSeedsSite {
  browser: Browser;
  origin: string;
  workspace: string;
  printed: string;
}

/**
 * Builds `buildSeedsSite` before the test file's tests, serves it and opens
 * Chromium, and closes both after them. The returned object is filled in when
 * the tests run.
 */
export function servedSeedsSite(name: string, extraFiles: readonly string[], options: { searchRangeSize?: number; listPageSize?: number; timeout: number }): ServedSeedsSite {
  const site = {} as ServedSeedsSite;
  let server: { origin: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    const built = buildSeedsSite(name, extraFiles, options);
    server = await serveStatic(join(built.workspace, 'dist'));
    Object.assign(site, built, { origin: server.origin, browser: await launchChromium() });
  }, options.timeout);
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
