import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** A path that names something other than a file: reading it would block (a FIFO, a device) or fail (a directory). */
export class NotAFileError extends Error {
  readonly file: string;

  constructor(file: string, kind: string) {
    super(`${file}: ${kind}, not a regular file; expected a policy text (.txt, .md)`);
    this.name = 'NotAFileError';
    this.file = file;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Reads a regular file whole, refusing anything else at once. Opened without
 * blocking and checked on the open descriptor, so a FIFO with no writer is
 * refused rather than waited on, and nothing can swap the path in between.
 */
export function readRegularFile(file: string): Buffer {
  const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new NotAFileError(file, kindOf(stats));
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
