import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirectory } from '../../tests/scratch.ts';
import { filesUnder } from './files.ts';
import { MAX_PART_DOCUMENTS, mergeInto, ONE_RUN_DOCUMENTS, partDocuments, renderParts } from './render-parts.ts';

describe('rendering in parts', () => {
  it('cuts the documents into runs of a bounded size, the lists last', () => {
    expect(renderParts(5, 2)).toEqual([
      { kind: 'documents', from: 0, to: 2 },
      { kind: 'documents', from: 2, to: 4 },
      { kind: 'documents', from: 4, to: 5 },
      { kind: 'lists' },
    ]);
  });

  it('renders a small corpus in one run, a large one a share per core, never more than the most one run holds', () => {
    expect(partDocuments(ONE_RUN_DOCUMENTS, 2)).toBe(ONE_RUN_DOCUMENTS);
    expect(partDocuments(10_000, 2)).toBe(5_000);
    expect(partDocuments(10_000, 1)).toBe(10_000);
    expect(partDocuments(100_000, 2)).toBe(MAX_PART_DOCUMENTS);
    expect(partDocuments(7_001, 2)).toBe(3_501);
  });

  it("moves a part's pages into the site and keeps the site's copy of a page both rendered", () => {
    const site = scratchDirectory('merge-site');
    const part = scratchDirectory('merge-part');
    const write = (root: string, path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write(site, 'index.html', 'site home');
    write(site, 'docs/a/index.html', 'a');
    write(part, 'index.html', 'part home');
    write(part, 'docs/b/index.html', 'b');
    write(part, 'docs/b/t1/index.html', 'b t1');
    mergeInto(part, site);
    expect(filesUnder(site)).toEqual(['docs/a/index.html', 'docs/b/index.html', 'docs/b/t1/index.html', 'index.html']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('site home');
    expect(existsSync(part)).toBe(false);
  });
});
