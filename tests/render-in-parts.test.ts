import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../scripts/bench/workspace.ts';
import { SITE_DIR } from '../scripts/build-outputs.ts';
import { filesUnder } from '../scripts/lib/files.ts';
import { scratchDirectory } from './scratch.ts';

/** Every file of a built site, by path, with its content. */
const siteFiles = (root: string): Map<string, string> => new Map(filesUnder(root).map((path) => [path, readFileSync(join(root, path), 'utf8')]));

describe('rendering in parts (scripts/render-site.ts)', () => {
  it('gives the site one run gives: each part loads only its own documents, the lists part the pages every run renders', () => {
    const workspace = createWorkspace(scratchDirectory('render-parts'));
    const build = (env: Record<string, string>) => {
      const result = spawnSync(join(workspace, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: workspace, env: { ...process.env, SEEDS_DIR: join(process.cwd(), 'seeds'), SITE_URL: '', ...env }, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return { files: siteFiles(join(workspace, SITE_DIR)), log: result.stderr };
    };
    const { files: whole } = build({});
    // Five seeds, two a part: three parts of documents side by side, then the lists.
    const { files: inParts, log } = build({ RENDER_PART_DOCUMENTS: '2' });
    expect(log).toContain('render: part 4 of 4 (lists)');
    expect([...inParts.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, content] of whole) expect(inParts.get(path), path).toBe(content);
  }, 600_000);
});
