import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDirectory } from './scratch.ts';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../scripts/bench/build-workspace.ts';
import { createWorkspace } from '../scripts/bench/workspace.ts';
import { filesUnder } from '../scripts/lib/files.ts';

/** Path → SHA-256 of every file under a directory. */
function digest(directory: string): Map<string, string> {
  return new Map(filesUnder(directory).map((path) => [path, createHash('sha256').update(readFileSync(join(directory, path))).digest('hex')]));
}

describe('whole build', () => {
  it('is byte-identical across two clean builds of the same input, and a rebuild from the cache', { timeout: 300_000 }, () => {
    const builds = ['a', 'b'].map((name) => {
      const workspace = createWorkspace(scratchDirectory(`determinism-${name}`));
      buildWorkspace(workspace, join(process.cwd(), 'seeds'));
      // The second build reads every document and page from the first one's cache.
      if (name === 'a') expect(buildWorkspace(workspace, join(process.cwd(), 'seeds'))).toMatch(/5 read from \.cache\/, 0 parsed[\s\S]*5 pages read from \.cache\/, 0 rendered; agencies: \d+ read, 0 rendered/);
      return digest(join(workspace, 'dist'));
    });
    const [first, second] = builds as [Map<string, string>, Map<string, string>];
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((path) => first.get(path) !== second.get(path));
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(400);
  });

  it('renders a corpus in parts into the same site as one run, with one sitemap index naming every page once', { timeout: 300_000 }, () => {
    const sites = [undefined, 2].map((renderPartDocuments) => {
      const workspace = createWorkspace(scratchDirectory(`render-parts-${renderPartDocuments ?? 'whole'}`));
      buildWorkspace(workspace, join(process.cwd(), 'seeds'), { siteUrl: 'https://atlas.example.cn', renderPartDocuments });
      return join(workspace, 'dist');
    });
    const [whole, inParts] = sites.map((site) => digest(site)) as [Map<string, string>, Map<string, string>];
    const pages = (files: Map<string, string>) => [...files.keys()].filter((path) => !path.startsWith('sitemap'));
    expect(pages(inParts)).toEqual(pages(whole));
    expect(pages(inParts).filter((path) => inParts.get(path) !== whole.get(path))).toEqual([]);
    // Three document parts (2 + 2 + 1 seeds) and the lists part.
    const index = readFileSync(join(sites[1]!, 'sitemap-index.xml'), 'utf8');
    expect(index.match(/<sitemap>/g)).toHaveLength(4);
    const listed = (site: string) => [...readdirSync(site).filter((file) => /^sitemap-(?!index).*\.xml$/.test(file)).map((file) => readFileSync(join(site, file), 'utf8')).join('').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
    expect(listed(sites[1]!)).toEqual(listed(sites[0]!));
    expect(new Set(listed(sites[1]!)).size).toBe(listed(sites[1]!).length);
  });

  it('builds a document naming an agency nothing recognizes, shown as 未核实, and summarizes it', { timeout: 120_000 }, () => {
    const seeds = scratchDirectory('unverified-agency');
    writeFileSync(join(seeds, 'odd.txt'), readFileSync('tests/fixtures/hostile.txt', 'utf8').replace('（财政厅负责）', '（自治区测绘地理信息局负责）'));
    const workspace = createWorkspace(scratchDirectory('unverified-agency-build'));
    const printed = buildWorkspace(workspace, seeds);
    expect(printed).toMatch(/agencies: 1 name\(s\) unverified \(1 mention\(s\)\)/);
    expect(printed).toMatch(/测绘地理信息局 ×1 \(.*odd\.txt:\d+\)/);
    const page = readFileSync(join(workspace, 'dist/agencies/xinjiang-ce-hui-di-li-xin-xi-ju/index.html'), 'utf8');
    expect(page).toContain('未核实');
    expect(page).toContain('新疆维吾尔自治区');
  });

  it('fails loudly in strict mode, naming file and line, on an unverified agency, and publishes nothing', { timeout: 120_000 }, () => {
    const seeds = scratchDirectory('unknown-agency');
    writeFileSync(join(seeds, 'bad.txt'), readFileSync('tests/fixtures/hostile.txt', 'utf8').replace('（财政厅负责）', '（市科枝局负责）'));
    const workspace = createWorkspace(scratchDirectory('unknown-agency-build'));
    expect(() => buildWorkspace(workspace, seeds, { strict: true })).toThrow(/bad\.txt:\d+: unverified agency "市科枝局"/);
    expect(existsSync(join(workspace, 'dist'))).toBe(false);
  });

  it('names the public address everywhere an absolute one is needed when SITE_URL is set', { timeout: 120_000 }, () => {
    const workspace = createWorkspace(scratchDirectory('site-url'));
    buildWorkspace(workspace, join(process.cwd(), 'seeds'), { siteUrl: 'https://atlas.example.cn' });
    const dist = (path: string) => readFileSync(join(workspace, 'dist', path), 'utf8');
    const permalinkPage = dist('docs/xj-2013-innovation-task-division/t27/index.html');
    expect(permalinkPage).toContain('<link rel="canonical" href="https://atlas.example.cn/docs/xj-2013-innovation-task-division/t27/">');
    expect(permalinkPage).toContain('<meta property="og:url" content="https://atlas.example.cn/docs/xj-2013-innovation-task-division/t27/">');
    expect(dist('sitemap-index.xml')).toContain('https://atlas.example.cn/');
    expect(dist('feed.xml')).toContain('href="https://atlas.example.cn/docs/');
    expect(dist('data/tasks.csv')).toContain(',https://atlas.example.cn/docs/');
  });
});
