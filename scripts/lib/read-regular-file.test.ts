import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicyDocument } from '../read-document.ts';
import { thrownBy } from '../../tests/thrown.ts';
import { NotAFileError } from './read-regular-file.ts';

const refusal = (run: () => unknown) => thrownBy(NotAFileError, run);

describe('reading a policy file', () => {
  it('refuses a FIFO at once, naming it, where reading it would wait for a writer forever', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'policy-atlas-')), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    expect(refusal(() => readPolicyDocument(fifo)).message).toBe(`${fifo}: a FIFO, not a regular file; expected a policy text (.txt, .md)`);
    expect(performance.now() - started).toBeLessThan(1_000);
  }, 2_000);

  it('refuses a directory and a device, naming each', () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-atlas-'));
    expect(refusal(() => readPolicyDocument(folder)).message).toBe(`${folder}: a directory, not a regular file; expected a policy text (.txt, .md)`);
    expect(refusal(() => readPolicyDocument('/dev/zero')).message).toBe('/dev/zero: a character device, not a regular file; expected a policy text (.txt, .md)');
  });
});
