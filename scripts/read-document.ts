import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectScript } from './lib/chinese-script.ts';
import { readRegularFile } from './lib/read-regular-file.ts';
import { slugFromFileName } from './lib/slug.ts';
import type { PolicyDocument } from './model.ts';
import { decodePolicyText } from './parse/decode.ts';
import { parse } from './parse/index.ts';
import { readSidecar } from './sidecar.ts';

/** The policy texts of a directory (`.txt`, `.md`; sidecars and other files aside), as paths in name order. */
export function policyFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => /\.(?:txt|md)$/.test(name)).sort().map((name) => join(directory, name));
}

/** Reads one policy file from disk (any common encoding, with its sidecar) and parses it; anything but a regular file is refused with NotAFileError. */
export function readPolicyDocument(file: string): PolicyDocument {
  const { text } = decodePolicyText(readRegularFile(file), file);
  const sidecar = readSidecar(file);
  return parse(text, {
    file,
    slug: slugFromFileName(file),
    script: detectScript(text),
    ...(sidecar ? { sidecar } : {}),
  });
}
