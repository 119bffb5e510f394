import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a directory, as paths relative to it, sorted. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}
