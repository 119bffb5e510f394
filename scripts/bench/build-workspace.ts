import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs the whole build (content, Astro, search) in a workspace; throws with the build's own message on failure. */
export function buildWorkspace(workspace: string, seedsDir: string): void {
  const bin = (name: string) => join(workspace, 'node_modules/.bin', name);
  for (const command of [[bin('tsx'), 'scripts/build-content.ts'], [bin('astro'), 'build', '--silent'], [bin('tsx'), 'scripts/build-search.ts']]) {
    const result = spawnSync(command[0]!, command.slice(1), { cwd: workspace, env: { ...process.env, SEEDS_DIR: seedsDir }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.slice(1).join(' ')} failed:\n${result.stderr.slice(-3000)}`);
  }
}
