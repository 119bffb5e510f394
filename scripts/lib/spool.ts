/**
 * Records gathered under keys while a build streams through its documents,
 * read back one key at a time: each agency's task list, which for a large
 * corpus would not fit in memory all at once. Appends are buffered and written
 * to one newline-delimited JSON file per key when the buffer fills.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Spool<T> {
  append(key: string, record: T): void;
  /** Every record appended under the key, in the order appended. */
  read(key: string): T[];
  /** Removes what the spool wrote. */
  close(): void;
}

/** Records buffered before they are written out: a few megabytes. */
const BUFFERED_RECORDS = 20_000;

/** A spool on disk, in a directory of its own under the system's temporary directory. */
export function diskSpool<T>(): Spool<T> {
  const directory = mkdtempSync(join(tmpdir(), 'policy-atlas-spool-'));
  const pathOf = (key: string) => join(directory, `${encodeURIComponent(key)}.ndjson`);
  let buffered = new Map<string, string[]>();
  let count = 0;
  const flush = () => {
    for (const [key, lines] of buffered) appendFileSync(pathOf(key), lines.join(''));
    buffered = new Map();
    count = 0;
  };
  return {
    append(key, record) {
      const lines = buffered.get(key) ?? [];
      lines.push(`${JSON.stringify(record)}\n`);
      buffered.set(key, lines);
      if (++count >= BUFFERED_RECORDS) flush();
    },
    read(key) {
      flush();
      if (!existsSync(pathOf(key))) return [];
      return readFileSync(pathOf(key), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
    },
    close: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** A spool in memory, for a corpus small enough to hold (tests, single documents). */
export function memorySpool<T>(): Spool<T> {
  const records = new Map<string, T[]>();
  return {
    append(key, record) {
      const list = records.get(key);
      if (list) list.push(record);
      else records.set(key, [record]);
    },
    read: (key) => records.get(key) ?? [],
    close: () => records.clear(),
  };
}
