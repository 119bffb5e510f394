import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { ui } from '../i18n/ui.ts';
import { urls } from './urls.ts';

/** What the feed says of a document. */
export interface FeedDocument {
  slug: string;
  title: string;
  docNumber?: string;
  issuer?: string;
  publishedDate?: string;
  signedDate?: string;
  year?: number;
}

/** A document's day for the feed: published, else signed, else 1 January of its year. */
function documentDay(document: FeedDocument): string {
  return document.publishedDate ?? document.signedDate ?? (document.year ? `${document.year}-01-01` : '1970-01-01');
}

const timestamp = (day: string) => `${day}T00:00:00Z`;

/**
 * The Atom feed of the documents, newest first, built as an xast tree. Entry
 * ids are URNs of the slug, so they never change with the host; links are
 * absolute when the site's public address is known, and otherwise relative,
 * which readers resolve against the feed's own address. Dated by the newest
 * document, not the build, so the same corpus gives the same feed.
 */
export function atomFeed(documents: FeedDocument[], site: URL | undefined): string {
  const address = (path: string) => (site ? new URL(path, site).href : path);
  const dated = [...documents].sort((a, b) => documentDay(b).localeCompare(documentDay(a)) || a.slug.localeCompare(b.slug));
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' }, [
      x('id', 'urn:policy-atlas:documents'),
      x('title', ui.feed.title),
      x('subtitle', ui.feed.subtitle),
      x('updated', timestamp(dated[0] ? documentDay(dated[0]) : '1970-01-01')),
      x('link', { rel: 'self', type: 'application/atom+xml', href: address(urls.feed) }),
      x('link', { rel: 'alternate', type: 'text/html', href: address(urls.home) }),
      x('rights', ui.footer.authority),
      x('author', [x('name', ui.siteName)]),
      ...dated.map((document) => x('entry', [
        x('id', `urn:policy-atlas:doc:${document.slug}`),
        x('title', document.title),
        x('link', { rel: 'alternate', type: 'text/html', href: address(urls.document(document.slug)) }),
        x('updated', timestamp(documentDay(document))),
        ...(document.issuer ? [x('author', [x('name', document.issuer)])] : []),
        x('summary', [document.docNumber, document.issuer].filter(Boolean).join(' · ') || document.title),
      ])),
    ]),
  ]);
  return `${toXml(tree)}\n`;
}
