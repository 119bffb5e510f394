import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Serves dist/ once for every site test; the site must have been built first. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` before the site tests');
  const port = await freePort();
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port }, logLevel: 'error' });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => server.stop();
}
