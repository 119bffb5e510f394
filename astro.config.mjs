// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

// The public base URL: canonical links and the sitemap are built from it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://policy-atlas.example.org',
  integrations: [sitemap()],
  build: { format: 'directory' },
  // Policy text is shown as written: no typographic quotes or dashes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
});
