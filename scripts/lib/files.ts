import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under a directory, as paths relative to it, sorted. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Puts every file under `from` at the same path under `to` as a hard link, so
 * a site of many gigabytes of open data needs no second copy of them on disk;
 * a copy where `to` is on another file system. A file already at a path is an
 * error (EEXIST), never silently replaced. The build writes every output file
 * anew (scripts/lib/build-transaction.ts sets the previous ones aside), so no
 * write reaches a published file through its link.
 */
export function linkTree(from: string, to: string): void {
  for (const path of filesUnder(from)) {
    const target = join(to, path);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(join(from, path), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(join(from, path), target);
    }
  }
}
