import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectScript } from './lib/chinese-script.ts';
import { slugFromFileName } from './lib/slug.ts';
import type { PolicyDocument } from './model.ts';
import { decodePolicyText } from './parse/decode.ts';
import { parse } from './parse/index.ts';
import { readSidecar, type SidecarFile } from './sidecar.ts';

/** The policy texts of a directory (`.txt`, `.md`; sidecars and other files aside), as paths in name order. */
export function policyFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => /\.(?:txt|md)$/.test(name)).sort().map((name) => join(directory, name));
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
