import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS } from './seeds.ts';

const TSX = 'node_modules/.bin/tsx';

describe('npm run extract', () => {
  it('prints a JSON array of models on stdout and warnings as file:line on stderr', () => {
    const run = spawnSync(TSX, ['scripts/extract.ts', SEEDS['000'], SEEDS['003']], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const documents = JSON.parse(run.stdout) as { slug: string; tasks: unknown[] }[];
    expect(documents.map((document) => [document.slug, document.tasks.length])).toEqual([
      ['xj-2013-innovation-task-division', 63],
      ['xj-2017-sci-tech-reform-plan', 119],
    ]);
    expect(run.stderr).toMatch(/^seeds\/xj-2017-sci-tech-reform-plan\.txt:271: warning: row 92/m);
  });

  it('exits non-zero with a file:line error for a file it cannot model', () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-atlas-'));
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const run = spawnSync(TSX, ['scripts/extract.ts', empty, SEEDS['002']], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${empty}:1: empty document`);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('writes nothing but JSON on stdout', () => {
    const stdout = execFileSync(TSX, ['scripts/extract.ts', SEEDS['004']], { encoding: 'utf8' });
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});
