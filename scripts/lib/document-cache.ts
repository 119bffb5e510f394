/**
 * Work kept between builds (parsed documents, rendered pages), so a rebuild
 * after one document is added or changed redoes only that one's. An entry's key is a hash
 * of everything its model depends on: the file's name and bytes, its
 * sidecar's, the agency registry, and the code that reads them (every file
 * under scripts/ and the lockfile). Entries no build used are pruned after a
 * build, so the cache holds one corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from './files.ts';

export interface DocumentCache<T> {
  /** The key of an entry made from these parts (a file's name and bytes, its sidecar's bytes…), under this code version. */
  keyOf(...parts: (string | Uint8Array)[]): string;
  get(key: string): T | undefined;
  /** An entry this build already read or wrote, read again (not counted): what a build lets go of between its phases. */
  reread(key: string): T;
  set(key: string, value: T): void;
  /** Drops every entry this build neither read nor wrote. */
  prune(): void;
  /** Entries read, and entries made, in this build. */
  readonly counts: { reused: number; made: number };
}

/** A hash of the inputs every document's model depends on besides its own file. */
export function codeVersion(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const files = statSync(input).isDirectory() ? filesUnder(input).map((file) => join(input, file)) : [input];
    for (const file of files) hash.update(relative('.', file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function documentCache<T>(directory: string, version: string): DocumentCache<T> {
  mkdirSync(directory, { recursive: true });
  const used = new Set<string>();
  const counts = { reused: 0, made: 0 };
  const pathOf = (key: string) => join(directory, `${key}.json`);
  return {
    keyOf(...parts) {
      const hash = createHash('sha256').update(version);
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex');
    },
    get(key) {
      if (!existsSync(pathOf(key))) return undefined;
      used.add(key);
      counts.reused++;
      return JSON.parse(readFileSync(pathOf(key), 'utf8')) as T;
    },
    reread(key) {
      return JSON.parse(readFileSync(pathOf(key), 'utf8')) as T;
    },
    set(key, value) {
      used.add(key);
      counts.made++;
      writeFileSync(pathOf(key), JSON.stringify(value));
    },
    prune() {
      for (const name of readdirSync(directory)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(directory, name), { force: true });
    },
    counts,
  };
}
