import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // Against the built site in dist/, served by `astro preview`, in Debian's Chromium.
        test: {
          name: 'site',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
