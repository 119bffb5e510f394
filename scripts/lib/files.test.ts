import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirectory } from '../../tests/scratch.ts';
import { filesUnder, linkTree } from './files.ts';

describe('linking public/ into a built site', () => {
  it('puts every file at its path as a hard link, so open data takes no second copy on disk', () => {
    const root = scratchDirectory('link-tree');
    const from = join(root, 'public');
    const to = join(root, 'dist');
    mkdirSync(join(from, 'data', 'docs'), { recursive: true });
    writeFileSync(join(from, 'data', 'docs', 'a.json'), '{"title":"关于印发…的通知"}');
    writeFileSync(join(from, 'favicon.svg'), '<svg/>');
    mkdirSync(join(to, 'docs'), { recursive: true });
    linkTree(from, to);
    expect(filesUnder(to)).toEqual(['data/docs/a.json', 'favicon.svg']);
    expect(statSync(join(to, 'data', 'docs', 'a.json')).ino).toBe(statSync(join(from, 'data', 'docs', 'a.json')).ino);
    expect(readFileSync(join(to, 'favicon.svg'), 'utf8')).toBe('<svg/>');
  });

  it('refuses to replace a file the site already has at that path', () => {
    const root = scratchDirectory('link-tree');
    mkdirSync(join(root, 'public'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'public', 'index.html'), 'public');
    writeFileSync(join(root, 'dist', 'index.html'), 'page');
    expect(() => linkTree(join(root, 'public'), join(root, 'dist'))).toThrow(/EEXIST/);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('page');
  });
});
