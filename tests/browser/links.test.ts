import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/files.ts';
import { siteUrl } from './chromium.ts';

interface Crawled {
  status: number;
  ids: Set<string>;
  links: string[];
}

function readPage(html: string): Pick<Crawled, 'ids' | 'links'> {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      if ((name === 'a' || name === 'link') && attributes.href && attributes.rel !== 'canonical') links.push(attributes.href);
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links };
}

/**
 * Walks the built site from the home page the way a reader's clicks would,
 * checks every internal link and every `#anchor`, and that every page of
 * dist/ was reached and none names a placeholder host.
 */
describe('link integrity', () => {
  it('finds no broken internal link or anchor on any page', async () => {
    const origin = new URL(siteUrl('/')).origin;
    const pages = new Map<string, Crawled>();
    const queue = ['/'];
    const placeholders: string[] = [];
    const references: { from: string; href: string; path: string; fragment: string }[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      const response = await fetch(new URL(path, origin));
      const type = response.headers.get('content-type') ?? '';
      const crawled: Crawled = { status: response.status, ids: new Set(), links: [] };
      pages.set(path, crawled);
      if (!response.ok || !type.includes('text/html')) {
        await response.arrayBuffer();
        continue;
      }
      const html = await response.text();
      if (/example\.(?:org|com)|policy-atlas\.example/.test(html)) placeholders.push(path);
      Object.assign(crawled, readPage(html));
      for (const href of crawled.links) {
        const url = new URL(href, new URL(path, origin));
        if (url.origin !== origin) continue;
        references.push({ from: path, href, path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) });
        if (!pages.has(url.pathname)) queue.push(url.pathname);
      }
    }
    const broken = references.flatMap(({ from, href, path, fragment }) => {
      const target = pages.get(path)!;
      if (target.status !== 200) return [`${from} → ${href}: HTTP ${target.status}`];
      if (fragment && !target.ids.has(fragment)) return [`${from} → ${href}: no element with id "${fragment}"`];
      return [];
    });
    expect(broken).toEqual([]);
    // No page names a made-up host: without SITE_URL there is simply no absolute address.
    expect(placeholders).toEqual([]);
    // Every page of dist/ was reached (the 404 page answers for unknown paths instead).
    const htmlFiles = filesUnder('dist').filter((path) => path.endsWith('.html') && path !== '404.html');
    const reached = new Set([...pages].filter(([, page]) => page.status === 200).map(([path]) => path));
    expect(htmlFiles.filter((path) => !reached.has(`/${path.replace(/index\.html$/, '')}`))).toEqual([]);
  });
});
