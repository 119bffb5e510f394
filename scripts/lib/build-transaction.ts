/**
 * A build as a transaction over its output paths: the previous outputs are
 * set aside (renamed, so nothing is copied), the new site is built beside the
 * published one, and only when every stage has succeeded is it swapped in.
 * A failure, or a build killed half way, puts the previous outputs back.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BuildTransaction {
  /** Where the stages write the new site. */
  readonly siteDraft: string;
  /** Publishes the new outputs and drops the previous ones. */
  commit(): void;
  /** Drops whatever the stages wrote and puts the previous outputs back. */
  rollBack(): void;
}

const moveTo = (from: string, to: string) => {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
};

/** Puts back outputs a killed build left set aside; true when there were any. */
export function recoverInterruptedBuild(root: string, outputs: readonly string[], staging: string): boolean {
  const previous = join(root, staging, 'previous');
  if (!existsSync(previous)) return false;
  for (const path of outputs) {
    if (!existsSync(join(previous, path))) continue;
    rmSync(join(root, path), { recursive: true, force: true });
    moveTo(join(previous, path), join(root, path));
  }
  rmSync(join(root, staging), { recursive: true, force: true });
  return true;
}

/**
 * Begins a build in `root`: `outputs` (paths the stages rewrite) are set aside
 * under `staging`; the site is built into a draft beside `site`.
 */
export function beginBuild(root: string, outputs: readonly string[], site: string, staging: string): BuildTransaction {
  const previous = join(root, staging, 'previous');
  const siteDraft = join(staging, 'site');
  rmSync(join(root, staging), { recursive: true, force: true });
  mkdirSync(previous, { recursive: true });
  for (const path of outputs) if (existsSync(join(root, path))) moveTo(join(root, path), join(previous, path));
  return {
    siteDraft,
    commit() {
      if (existsSync(join(root, site))) moveTo(join(root, site), join(root, staging, 'published'));
      moveTo(join(root, siteDraft), join(root, site));
      rmSync(join(root, staging), { recursive: true, force: true });
    },
    rollBack() {
      for (const path of outputs) rmSync(join(root, path), { recursive: true, force: true });
      recoverInterruptedBuild(root, outputs, staging);
    },
  };
}
