import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDirectory } from './scratch.ts';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../scripts/bench/workspace.ts';
import { filesUnder } from '../scripts/lib/files.ts';
import { BUILD_OUTPUTS, SITE_DIR, STAGING_DIR } from '../scripts/build-outputs.ts';
import { beginBuild, recoverInterruptedBuild } from '../scripts/lib/build-transaction.ts';

const OUTPUTS = Object.values(BUILD_OUTPUTS);

/** Every file of `root`'s build outputs and site, with its content: what a reader of the site would get. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const output of [...OUTPUTS, SITE_DIR]) {
    const full = join(root, output);
    if (!existsSync(full)) continue;
    const paths = statSync(full).isDirectory() ? filesUnder(full).map((path) => `${output}/${path}`) : [output];
    for (const path of paths) files[path] = readFileSync(join(root, path), 'utf8');
  }
  return files;
}

/** A published site as a previous build left it: one page, its data and its search file. */
function publishPreviousSite(root: string): void {
  for (const [path, content] of [
    ['dist/index.html', '<h1>旧站点</h1>'],
    ['dist/docs/a/index.html', '<h1>文件甲</h1>'],
    ['content/docs/a.json', '{"slug":"a"}'],
    ['content/lists/index.json', '{"targets":[],"deadlines":[]}'],
    ['public/data/documents.json', '[{"slug":"a"}]'],
  ] as const) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('the build transaction', () => {
  const root = scratchDirectory('transaction');
  const fresh = () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    publishPreviousSite(root);
    return snapshot(root);
  };

  it('puts every previous output back when a stage fails after writing some', () => {
    const before = fresh();
    const build = beginBuild(root, OUTPUTS, SITE_DIR, STAGING_DIR);
    mkdirSync(join(root, 'content/docs'), { recursive: true });
    writeFileSync(join(root, 'content/docs/b.json'), '{"slug":"b"}');
    mkdirSync(join(root, build.siteDraft), { recursive: true });
    writeFileSync(join(root, build.siteDraft, 'index.html'), '<h1>半成品</h1>');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('<h1>旧站点</h1>');
    build.rollBack();
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, STAGING_DIR))).toBe(false);
  });

  it('swaps the new site in only on commit', () => {
    fresh();
    const build = beginBuild(root, OUTPUTS, SITE_DIR, STAGING_DIR);
    mkdirSync(join(root, build.siteDraft), { recursive: true });
    writeFileSync(join(root, build.siteDraft, 'index.html'), '<h1>新站点</h1>');
    build.commit();
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('<h1>新站点</h1>');
    expect(existsSync(join(root, 'dist/docs/a/index.html'))).toBe(false);
    expect(existsSync(join(root, STAGING_DIR))).toBe(false);
  });

  it('recovers the previous outputs after a build killed half way', () => {
    const before = fresh();
    beginBuild(root, OUTPUTS, SITE_DIR, STAGING_DIR);
    mkdirSync(join(root, 'content/docs'), { recursive: true });
    writeFileSync(join(root, 'content/docs/half.json'), '{');
    expect(recoverInterruptedBuild(root, OUTPUTS, STAGING_DIR)).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('npm run build on bad input leaves the previous site exactly as it was', () => {
  const workspace = createWorkspace(scratchDirectory('failed-build'));
  const build = (seeds: string, siteUrl = '') =>
    spawnSync(join(workspace, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: workspace, env: { ...process.env, SEEDS_DIR: seeds, SITE_URL: siteUrl }, encoding: 'utf8' });

  it('a SITE_URL that is no address', () => {
    publishPreviousSite(workspace);
    const before = snapshot(workspace);
    const result = build(join(process.cwd(), 'seeds'), 'policy-atlas.example.org');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('SITE_URL=policy-atlas.example.org: not an address; expected the site\'s public address');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(workspace)).toEqual(before);
  });

  it.each([
    ['a missing directory', () => join(scratchDirectory('no-seeds'), 'missing'), /no such directory; expected a folder of policy texts/],
    ['an empty directory', () => scratchDirectory('empty-seeds'), /holds no policy text; expected policy texts \(\.txt or \.md in any encoding, \.html, \.htm, \.docx, \.pdf\), each with an optional \.meta\.yaml sidecar/],
    ['two files with one address', () => collidingSeeds(), /its page address \/docs\/same\/ is already taken by .*same\.md; rename one of the two files/],
  ])('%s', (_case, seeds, message) => {
    publishPreviousSite(workspace);
    const before = snapshot(workspace);
    const result = build(seeds());
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain('the previous site is left as it was');
    expect(snapshot(workspace)).toEqual(before);
  }, 60_000);
});

/** `same.md` and `same.txt`: the same real notice twice, one address. */
function collidingSeeds(): string {
  const path = scratchDirectory('colliding-seeds');
  const text = readFileSync('tests/fixtures/real/01_guobanfa_fangguanfu_renwu_fengong_2018.txt');
  writeFileSync(join(path, 'same.md'), text);
  cpSync(join(path, 'same.md'), join(path, 'same.txt'));
  return path;
}
