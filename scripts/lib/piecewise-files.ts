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

/** A JSON array written to one of `files` an element at a time: the same bytes as `JSON.stringify(array)` and a newline. */
export function jsonArrayFile(files: PiecewiseFiles, path: string): { add(value: unknown): void; close(): void } {
  let count = 0;
  return {
    add(value) {
      files.append(path, `${count++ === 0 ? '[' : ','}${JSON.stringify(value)}`);
    },
    close() {
      files.append(path, count === 0 ? '[]\n' : ']\n');
    },
  };
}
