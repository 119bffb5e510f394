/**
 * Files a build writes a piece at a time (aggregates of every document, in
 * document order), each held open until the build closes them, so no
 * aggregate is ever held whole in memory.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PiecewiseFiles {
  /** Appends to the file at `path` (under the root), creating it and its directory on its first piece. */
  append(path: string, content: string): void;
  close(): void;
}

export function piecewiseFiles(root: string): PiecewiseFiles {
  const open = new Map<string, number>();
  return {
    append(path, content) {
      let descriptor = open.get(path);
      if (descriptor === undefined) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        descriptor = openSync(join(root, path), 'w');
        open.set(path, descriptor);
      }
      writeSync(descriptor, content);
    },
    close() {
      for (const descriptor of open.values()) closeSync(descriptor);
      open.clear();
    },
  };
}

/** A JSON array written an element at a time: `[`, the elements one per line, `]`. */
export function jsonArrayPieces(files: PiecewiseFiles, path: string): { push(elements: unknown[]): void; close(): void } {
  let count = 0;
  return {
    push(elements) {
      for (const element of elements) files.append(path, `${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(element)}`);
    },
    close: () => files.append(path, count === 0 ? '[]\n' : '\n]\n'),
  };
}
