import { cpSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildWorkspace } from '../../scripts/bench/build-workspace.ts';
import { createWorkspace } from '../../scripts/bench/workspace.ts';
import { scratchDirectory } from '../scratch.ts';

/**
 * The seeds plus `extraFiles`, as a user drops them into seeds/ (no sidecars
 * added), built as a whole site (a plain, not strict, build) in a workspace of
 * its own, its search index cut into ranges of `searchRangeSize` documents
 * when given. Returns the workspace and what the build printed.
 */
export function buildSeedsSite(name: string, extraFiles: readonly string[], options: { searchRangeSize?: number } = {}): { workspace: string; printed: string } {
  const seeds = scratchDirectory(`${name}-seeds`);
  for (const file of readdirSync('seeds')) cpSync(join('seeds', file), join(seeds, file));
  for (const file of extraFiles) cpSync(file, join(seeds, basename(file)));
  const workspace = createWorkspace(scratchDirectory(name));
  return { workspace, printed: buildWorkspace(workspace, seeds, options) };
}
