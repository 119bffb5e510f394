/**
 * Each document's result blocks, kept between builds under the document's id
 * (a hash of what they show) and linked into the site: a rebuild writes only
 * the blocks of documents that changed, and placing the others in the new
 * site costs a link per file.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BlockStore {
  /** Puts a document's blocks (JSON texts, in order) in the site, writing them to the store first if it lacks them. */
  place(documentId: string, blocks: string[]): void;
  /** Removes from the store and from the site every document's blocks this build did not place. */
  prune(): void;
  readonly counts: { written: number; kept: number };
}

/** Fills a directory through a sibling that is renamed into place once whole, so an interrupted build never leaves half of one. */
function fillDirectory(directory: string, fill: (writing: string) => void): void {
  const writing = `${directory}.writing`;
  rmSync(writing, { recursive: true, force: true });
  mkdirSync(writing, { recursive: true });
  fill(writing);
  renameSync(writing, directory);
}

/** A hard link, or a copy where the two directories are on different file systems. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

export function blockStore(storeDirectory: string, siteDirectory: string): BlockStore {
  mkdirSync(storeDirectory, { recursive: true });
  mkdirSync(siteDirectory, { recursive: true });
  const placed = new Set<string>();
  const counts = { written: 0, kept: 0 };
  const fileOf = (number: number) => `${number}.json`;
  return {
    place(documentId, blocks) {
      placed.add(documentId);
      const stored = join(storeDirectory, documentId);
      if (existsSync(stored)) counts.kept += 1;
      else {
        fillDirectory(stored, (writing) => blocks.forEach((block, number) => writeFileSync(join(writing, fileOf(number)), block)));
        counts.written += 1;
      }
      const inSite = join(siteDirectory, documentId);
      if (!existsSync(inSite)) fillDirectory(inSite, (writing) => blocks.forEach((_, number) => linkOrCopy(join(stored, fileOf(number)), join(writing, fileOf(number)))));
    },
    prune() {
      for (const directory of [storeDirectory, siteDirectory]) {
        for (const name of readdirSync(directory)) if (!placed.has(name)) rmSync(join(directory, name), { recursive: true, force: true });
      }
    },
    counts,
  };
}
