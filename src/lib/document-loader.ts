/**
 * The content loader of document pages: each JSON file of `base` (written by
 * scripts/build-content.ts) is one entry, its id the file's name. Unlike the
 * glob loader, it loads only the documents this run renders
 * (`loadedDocumentIds`): Astro keeps every entry of a collection in memory,
 * so a part of 10,000 documents of a 100,000-document corpus would otherwise
 * hold all 100,000.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadedDocumentIds } from './render-part.ts';

export function documentPagesLoader(base: string): Loader {
  return {
    name: 'document-pages',
    load: async ({ store, parseData, generateDigest }) => {
      const ids = loadedDocumentIds(readdirSync(base).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)));
      const loaded = new Set(ids);
      // The store is kept between builds: entries of documents removed, or of another part, go.
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      for (const id of ids) {
        const filePath = join(base, `${id}.json`);
        const written = readFileSync(filePath, 'utf8');
        const digest = generateDigest(written);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: JSON.parse(written) as Record<string, unknown>, filePath });
        store.set({ id, data, digest, filePath });
      }
    },
  };
}
