// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

// The site's public address (SITE_URL at build time): canonical links, og:url,
// the sitemap, the feed and open-data URLs are built from it. Without it no
// page names a host, and there is no sitemap (scripts/build.ts says so once).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  integrations: site ? [sitemap()] : [],
  // scripts/build.ts builds the new site beside the old one and swaps it in only when every stage has succeeded.
  outDir: process.env.BUILD_OUT_DIR || 'dist',
  build: { format: 'directory' },
  // Policy text is shown as written: no typographic quotes or dashes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
});
