import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectScript } from './lib/chinese-script.ts';
import { slugFromFileName } from './lib/slug.ts';
import type { PolicyDocument } from './model.ts';
import { decodePolicyText } from './parse/decode.ts';
import { parse } from './parse/index.ts';
import { readSidecar, type SidecarFile, sidecarPath } from './sidecar.ts';

/** A policy text's extension, whatever its case: `A.TXT` and `B.Md` are texts as `c.txt` is. */
const POLICY_TEXT = /\.(?:txt|md)$/i;
const SIDECAR = /\.meta\.yaml$/i;

/** A directory of inputs that cannot be read as one: missing, a file, or holding no policy text. */
export class InputDirectoryError extends Error {
  constructor(directory: string, problem: string) {
    super(`${directory}: ${problem}`);
    this.name = 'InputDirectoryError';
  }
}

/** The policy texts of a directory (`.txt`, `.md` in any case; sidecars and other files aside), as paths in name order. */
export function policyFiles(directory: string): string[] {
  if (!existsSync(directory)) throw new InputDirectoryError(directory, 'no such directory; expected a folder of policy texts (.txt or .md), such as seeds/');
  if (!statSync(directory).isDirectory()) throw new InputDirectoryError(directory, 'is a file, not a directory; expected a folder of policy texts (.txt or .md), such as seeds/');
  return readdirSync(directory).filter((name) => POLICY_TEXT.test(name)).sort().map((name) => join(directory, name));
}

/** Sidecars (`x.meta.yaml`) of a directory that belong to no policy text there: a renamed or removed text left them behind. */
export function orphanSidecars(directory: string, files: readonly string[]): string[] {
  const owned = new Set(files.map(sidecarPath));
  return readdirSync(directory).filter((name) => SIDECAR.test(name)).map((name) => join(directory, name)).filter((path) => !owned.has(path)).sort();
}

/**
 * Decodes and parses the bytes of one policy file. What decoding found
 * (undecodable bytes, invisible characters, the sidecar's) joins the
 * parser's warnings, in line order.
 */
export function parsePolicyBytes(bytes: Uint8Array, file: string, sidecar?: SidecarFile): PolicyDocument {
  const { text, warnings } = decodePolicyText(bytes, file);
  const document = parse(text, {
    file,
    slug: slugFromFileName(file),
    script: detectScript(text),
    ...(sidecar ? { sidecar: sidecar.facts } : {}),
  });
  document.warnings = [...warnings, ...(sidecar?.warnings ?? []), ...document.warnings].sort((a, b) => a.line - b.line);
  return document;
}

/** Reads one policy file from disk (any common encoding, with its sidecar) and parses it. */
export function readPolicyDocument(file: string): PolicyDocument {
  return parsePolicyBytes(readFileSync(file), file, readSidecar(file));
}
