import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory of its own under the system's temp folder: test runs side by side (two checkouts, two workers) never share one. */
export function scratchDirectory(name: string): string {
  return mkdtempSync(join(tmpdir(), `policy-atlas-${name}-`));
}
