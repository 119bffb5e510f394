import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectScript } from './lib/chinese-script.ts';
import { readRegularFile } from './lib/read-regular-file.ts';
import { slugFromFileName } from './lib/slug.ts';
import { blocksToText, describePosition, type LeftOut, type SourcePosition } from './formats/blocks.ts';
import { FORMATS, formatOf, type ReadBlocks } from './formats/index.ts';
import type { Diagnostic, PolicyDocument } from './model.ts';
import { decodePolicyText } from './parse/decode.ts';
import { ParseError } from './parse/errors.ts';
import { parse } from './parse/index.ts';
import { readSidecar, type SidecarFile, sidecarPath } from './sidecar.ts';

/** A policy file's extension, whatever its case: `A.TXT`, `B.Md` and `c.HTM` are inputs as `d.txt` is. */
const POLICY_FILE = new RegExp(`\\.(?:txt|md|${[...FORMATS.keys()].join('|')})$`, 'i');
/** What the messages about a directory say it should hold. */
export const EXPECTED_INPUTS = `policy texts (.txt or .md in any encoding, ${[...FORMATS.keys()].map((extension) => `.${extension}`).join(', ')})`;
const SIDECAR = /\.meta\.yaml$/i;

/** A directory of inputs that cannot be read as one: missing, a file, or holding no policy text. */
export class InputDirectoryError extends Error {
  constructor(directory: string, problem: string) {
    super(`${directory}: ${problem}`);
    this.name = 'InputDirectoryError';
  }
}

/** The policy files of a directory (`.txt`, `.md` and the formats of scripts/formats/, in any case; sidecars and other files aside), as paths in name order. */
export function policyFiles(directory: string): string[] {
  if (!existsSync(directory)) throw new InputDirectoryError(directory, `no such directory; expected a folder of ${EXPECTED_INPUTS}, such as seeds/`);
  if (!statSync(directory).isDirectory()) throw new InputDirectoryError(directory, `is a file, not a directory; expected a folder of ${EXPECTED_INPUTS}, such as seeds/`);
  return readdirSync(directory).filter((name) => POLICY_FILE.test(name)).sort().map((name) => join(directory, name));
}

/** Sidecars (`x.meta.yaml`) of a directory that belong to no policy text there: a renamed or removed text left them behind. */
export function orphanSidecars(directory: string, files: readonly string[]): string[] {
  const owned = new Set(files.map(sidecarPath));
  return readdirSync(directory).filter((name) => SIDECAR.test(name)).map((name) => join(directory, name)).filter((path) => !owned.has(path)).sort();
}

/** What the parser reads of one file, and what reading it found. */
export interface PolicySource {
  /** The text the parser reads and the source page shows: the decoded text, or a document's blocks laid out. */
  text: string;
  /** What decoding found (undecodable bytes, invisible characters), at lines of `text`. */
  warnings: Diagnostic[];
  /** For a file read into blocks, where each line of `text` stands in the original (index 0 is line 1). */
  positions?: SourcePosition[];
  /** What the reader left out of `text` (a PDF's page numbers, running heads, repeated table headers), where it stood. */
  leftOut?: LeftOut[];
}

function textSource(bytes: Uint8Array, file: string): PolicySource {
  const { text, warnings } = decodePolicyText(bytes, file);
  return { text, warnings };
}

function blocksSource({ blocks, leftOut, warnings }: ReadBlocks): PolicySource {
  const laidOut = blocksToText(blocks);
  return { text: laidOut.text, warnings, positions: laidOut.positions, ...(leftOut.length > 0 ? { leftOut } : {}) };
}

/**
 * Reads one file into what the parser reads, without waiting: plain text and
 * the formats read synchronously. A format whose reader is asynchronous
 * (`.docx`) is refused with a ParseError; `loadPolicySource` reads every format.
 */
export function readPolicySource(file: string): PolicySource {
  const bytes = readRegularFile(file);
  const format = formatOf(file);
  if (!format) return textSource(bytes, file);
  if (format.mode === 'async') throw new ParseError(file, 1, 'this format is read asynchronously; read it with loadPolicySource or loadPolicyDocument');
  return blocksSource(format.read(bytes, file));
}

/** Reads one file of any format into what the parser reads; `bytes` when the caller has read them already. */
export async function loadPolicySource(file: string, bytes: Uint8Array = readRegularFile(file)): Promise<PolicySource> {
  const format = formatOf(file);
  return format ? blocksSource(await format.read(bytes, file)) : textSource(bytes, file);
}

/** `x.docx:57 (paragraph 14)`: a line of the text the parser read, and where it stands in the original file. */
export function locateLine(file: string, line: number, source: Pick<PolicySource, 'positions'>): string {
  const position = source.positions?.[line - 1];
  return position ? `${file}:${line} (${describePosition(position)})` : `${file}:${line}`;
}

/**
 * Parses what was read of one policy file. What reading found (undecodable
 * bytes, invisible characters, the sidecar's) joins the parser's warnings,
 * in line order.
 */
export function parsePolicySource(source: PolicySource, file: string, sidecar?: SidecarFile): PolicyDocument {
  const document = parse(source.text, {
    file,
    slug: slugFromFileName(file),
    script: detectScript(source.text),
    ...(sidecar ? { sidecar: sidecar.facts } : {}),
  });
  document.warnings = [...source.warnings, ...(sidecar?.warnings ?? []), ...document.warnings].sort((a, b) => a.line - b.line);
  return document;
}

/** Decodes and parses the bytes of one plain-text policy file. */
export function parsePolicyBytes(bytes: Uint8Array, file: string, sidecar?: SidecarFile): PolicyDocument {
  return parsePolicySource(textSource(bytes, file), file, sidecar);
}

/** Reads one policy file from disk (plain text in any common encoding, or a synchronous format; with its sidecar) and parses it. */
export function readPolicyDocument(file: string): PolicyDocument {
  return parsePolicySource(readPolicySource(file), file, readSidecar(file));
}

/** Reads one policy file of any format from disk, with its sidecar, and parses it; the source is what the parser read. */
export async function loadPolicyDocument(file: string, bytes?: Uint8Array): Promise<{ document: PolicyDocument; source: PolicySource }> {
  const source = await loadPolicySource(file, bytes);
  return { document: parsePolicySource(source, file, readSidecar(file)), source };
}
