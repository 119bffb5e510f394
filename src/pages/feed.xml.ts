import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/feed.ts';

/** /feed.xml: the documents as an Atom feed, linked from every page's head. */
export const GET: APIRoute = async ({ site }) => {
  const documents = (await getCollection('docs')).map((entry) => entry.data);
  return new Response(atomFeed(documents, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
