/**
 * A separate copy of the project for building another corpus (benchmarks,
 * determinism and hostile-input tests) without touching the working tree's
 * content/ and dist/: sources copied, node_modules linked.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const COPIED = ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'content/agencies.yaml', 'public/favicon.svg'];

export function createWorkspace(directory: string, projectRoot = process.cwd()): string {
  const root = resolve(directory);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  for (const path of COPIED) if (existsSync(join(projectRoot, path))) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  symlinkSync(join(resolve(projectRoot), 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
