// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

// The site's public address (SITE_URL at build time): canonical links, og:url,
// the sitemap, the feed and open-data URLs are built from it. Without it no
// page names a host, and there is no sitemap (scripts/build.ts says so once).
const site = process.env.SITE_URL || undefined;

// scripts/render-site.ts renders a large corpus in parts: each part names its
// own sitemap files, a document part's list only its documents' pages, the
// last part's sitemap index also lists the earlier parts' files. Document parts
// run side by side. No build run copies public/ (RENDER_PUBLIC=0): the script
// hard-links it into the site afterwards; `astro dev` serves it as it is.
const sitemapName = process.env.SITEMAP_NAME || 'sitemap';
const earlierSitemaps = (process.env.SITEMAP_EXTRA || '').split(' ').filter(Boolean);
const documentPart = (process.env.RENDER_PART || '').startsWith('documents:');
const documentPages = site ? new URL('docs/', site).pathname : '/docs/';

export default defineConfig({
  site,
  integrations: site ? [sitemap({
    filenameBase: sitemapName,
    customSitemaps: earlierSitemaps.map((file) => new URL(file, site).href),
    ...(documentPart ? { filter: (page) => new URL(page).pathname.startsWith(documentPages) } : {}),
  })] : [],
  publicDir: process.env.RENDER_PUBLIC === '0' ? './.build/no-public' : './public',
  // scripts/build.ts builds the new site beside the old one and swaps it in only when every stage has succeeded.
  outDir: process.env.BUILD_OUT_DIR || 'dist',
  // Parts that run side by side each keep their own content store and bundles.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // Policy text is shown as written: no typographic quotes or dashes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
});
