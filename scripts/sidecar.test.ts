import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from './parse/errors.ts';
import { readSidecar } from './sidecar.ts';

/** Reads `yaml` as the sidecar of a text; returns the facts or the ParseError. */
function read(yaml: string): { error?: ParseError; facts?: unknown; path: string } {
  const directory = mkdtempSync(join(tmpdir(), 'sidecar-'));
  const text = join(directory, 'plan.txt');
  const path = join(directory, 'plan.meta.yaml');
  writeFileSync(text, '昌吉市科技创新工作方案\n');
  writeFileSync(path, yaml);
  try {
    return { facts: readSidecar(text)?.facts, path };
  } catch (error) {
    if (error instanceof ParseError) return { error, path };
    throw error;
  }
}

describe('sidecar values of the wrong type', () => {
  it('a list given as a block is reported at its key, not at its first item (found by the hostile-input harness)', () => {
    const { error, path } = read('title: 昌吉市科技创新工作方案\nyear:\n  - 2022\n');
    expect(error?.file).toBe(path);
    expect(error?.line).toBe(2);
    expect(error?.message).toMatch(/:2: year: /);
  });

  it('a map given as a block is reported at its key', () => {
    expect(read('# 人工核对\n\ntitle:\n  zh: 昌吉市科技创新工作方案\n').error?.line).toBe(3);
  });

  it('an empty value is reported at its key', () => {
    expect(read('issuer: 昌吉市人民政府\nsignedDate:\nyear: 2022\n').error?.line).toBe(2);
  });

  it('a number, a date and a null where text is expected, each at its own line', () => {
    expect(read('title: 方案\ndocNumber: 18\n').error?.line).toBe(2);
    expect(read('title: 方案\nsignedDate: 2022-02-30\n').error?.message).toMatch(/:2: signedDate: no such day/);
    expect(read('title: ~\n').error?.line).toBe(1);
  });

  it('a value YAML reads as a date stays the text it looks like', () => {
    expect(read('docNumber: 2022-06-17\n').facts).toEqual({ docNumber: '2022-06-17' });
  });

  it('an alias to no anchor is a ParseError at its line, not a ReferenceError (found by the hostile-input harness)', () => {
    const { error, path } = read('title: 方案\nissuer: *undefined\n');
    expect(error?.file).toBe(path);
    expect(error?.line).toBe(2);
    expect(error?.message).toMatch(/:2: invalid YAML: Unresolved alias/);
  });

  it('aliases that expand past reason are refused at the first alias', () => {
    const yaml = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    expect(read(yaml).error?.message).toMatch(/:2: invalid YAML: /);
  });
});
