import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feed.ts';
import { documentList } from '../lib/page-files.ts';

/** /feed.xml: the documents as an Atom feed, linked from every page's head. */
export const GET: APIRoute = ({ site }) => {
  return new Response(atomFeed(documentList(), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
