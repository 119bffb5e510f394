/**
 * `npm run bench:big`: one 50 MB document, made by repeating the real
 * documents under tests/fixtures/real/ one after another, read and parsed as
 * the build reads a file (`readPolicyDocument`), in a process of its own so
 * that GNU time gives its peak memory. Prints seconds, peak RSS and tasks.
 * Issue 16's target: under a minute and under 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIZE = 50_000_000;
const REAL = 'tests/fixtures/real';

function bigDocument(): string {
  const texts = readdirSync(REAL).filter((name) => /^\d+_.*\.(?:md|txt)$/.test(name)).sort().map((name) => readFileSync(join(REAL, name), 'utf8'));
  const round = texts.join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'policy-atlas-big-')), 'big.md');
  writeFileSync(file, round.repeat(Math.ceil(SIZE / Buffer.byteLength(round))));
  return file;
}

if (process.argv[2]) {
  // The measured child: read and parse one file.
  const { readPolicyDocument } = await import('../read-document.ts');
  const started = performance.now();
  const document = readPolicyDocument(process.argv[2]);
  process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s to read and parse, ${document.tasks.length} tasks\n`);
} else {
  const file = bigDocument();
  const result = spawnSync('/usr/bin/time', ['-f', 'peak %M KB', 'node_modules/.bin/tsx', 'scripts/bench/big-document.ts', file], { encoding: 'utf8' });
  const peak = Number(/peak (\d+) KB/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  process.stdout.write(`${(Buffer.byteLength(readFileSync(file)) / 1e6).toFixed(1)} MB document: ${result.stdout.trim()}; peak RSS ${peak.toFixed(0)} MB (target: under a minute and 1,024 MB)\n`);
}
