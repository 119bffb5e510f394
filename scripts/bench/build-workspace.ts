import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The build's stages as `npm run build` runs them, each a command run in the project (or a workspace). */
export const BUILD_STAGES = [
  { stage: 'content', command: ['tsx', 'scripts/build-content.ts'] },
  { stage: 'astro', command: ['tsx', 'scripts/render-site.ts'] },
  { stage: 'search index', command: ['tsx', 'scripts/build-search.ts'] },
] as const;

/** A stage's command with its program from the workspace's node_modules/.bin. */
export const stageCommand = (workspace: string, command: readonly string[]) => [join(workspace, 'node_modules/.bin', command[0]!), ...command.slice(1)];

/**
 * Runs the whole build (content, Astro, search) in a workspace; throws with
 * the build's own message on failure. Returns what the build printed on
 * stderr (warnings and the unverified-agency summary).
 */
export function buildWorkspace(workspace: string, seedsDir: string, options: { strict?: boolean; siteUrl?: string; searchRangeSize?: number; listPageSize?: number; renderPartDocuments?: number } = {}): string {
  let stderr = '';
  for (const { command } of BUILD_STAGES) {
    const [program, ...args] = stageCommand(workspace, command);
    const result = spawnSync(program!, args, { cwd: workspace, env: { ...process.env, SEEDS_DIR: seedsDir, STRICT: options.strict ? '1' : '', SITE_URL: options.siteUrl ?? '', SEARCH_RANGE_SIZE: options.searchRangeSize ? String(options.searchRangeSize) : '', LIST_PAGE_SIZE: options.listPageSize ? String(options.listPageSize) : '', RENDER_PART_DOCUMENTS: options.renderPartDocuments ? String(options.renderPartDocuments) : '' }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.slice(1).join(' ')} failed:\n${result.stderr.slice(-3000)}`);
    stderr += result.stderr;
  }
  return stderr;
}
