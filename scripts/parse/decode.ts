import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../model.ts';
import { CHARDET_NAME, detectEncoding, ENCODING_LABEL, type Encoding } from './encoding.ts';
import { ParseError } from './errors.ts';
import { removeInvisibleCharacters } from './invisible-characters.ts';
import { normalizeLineBreaks } from './line-breaks.ts';

export type { Encoding } from './encoding.ts';

export interface DecodedText {
  /** The text with LF line ends and no invisible characters: what the parser reads and the source page shows. */
  text: string;
  encoding: Encoding;
  /** Lines in another encoding, undecodable bytes, unusual line breaks, invisible characters removed. */
  warnings: Diagnostic[];
}

/** Share of control characters and undecodable bytes above which bytes are not text... */
const MAX_BAD_SHARE = 0.02;
/** ...unless there are no more than this: a cut-off last character or a few flipped bytes in a short text. */
const FEW_BAD = 8;

const BAD = /[\0-\x08\x0b\x0e-\x1f\x7f\ufffd]/g;

/** Encodings a file may mix line by line (a GBK file with lines pasted in as UTF-8). */
const EIGHT_BIT: readonly Encoding[] = ['utf-8', 'gb18030', 'big5'];

/** Where decoding a line went other than planned, as an offset into the decoded text. */
type Trouble = { offset: number; kind: 'undecodable' } | { offset: number; kind: 'other-encoding'; encoding: Encoding };

function strictDecoder(encoding: Encoding): TextDecoder {
  // The BOM is skipped by detection; one further on is text, reported as invisible.
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return hongKongCharacters(decoder.decode(bytes), bytes, decoder.encoding);
  } catch {
    return undefined;
  }
}

/**
 * Node's Big5 is ICU's, which turns the Hong Kong characters of Big5-HKSCS
 * (羣 is 8E C4) into private-use code points a reader sees as nothing;
 * iconv-lite's big5hkscs table reads them as the characters they are.
 */
function hongKongCharacters(text: string, bytes: Uint8Array, encoding: string): string {
  return encoding === 'big5' && /[\ue000-\uf8ff]/.test(text) ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs') : text;
}

function refuseBinary(text: string, file: string): void {
  const bad = text.match(BAD)?.length ?? 0;
  if (bad > FEW_BAD && bad > text.length * MAX_BAD_SHARE) {
    const percent = Math.round((bad / text.length) * 100);
    throw new ParseError(file, 1, `binary data, not text (${percent}% of it is control characters or undecodable bytes); expected a policy document in UTF-8, UTF-16, GBK/GB18030 or Big5`);
  }
}

/** The file cut after each LF, the LF kept: no byte of a GB18030, Big5 or UTF-8 character is 0x0A, nor a half of a UTF-16 one. */
function lineSegments(bytes: Uint8Array, encoding: Encoding): Uint8Array[] {
  const segments: Uint8Array[] = [];
  let start = 0;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const [first, second] = encoding === 'utf-16le' ? [0x0a, 0x00] : [0x00, 0x0a];
    for (let index = 0; index + 1 < bytes.length; index += 2) {
      if (bytes[index] === first && bytes[index + 1] === second) {
        segments.push(bytes.subarray(start, index + 2));
        start = index + 2;
      }
    }
  } else {
    for (let index = bytes.indexOf(0x0a); index !== -1; index = bytes.indexOf(0x0a, start)) {
      segments.push(bytes.subarray(start, index + 1));
      start = index + 1;
    }
  }
  segments.push(bytes.subarray(start));
  return segments;
}

/**
 * A line the file's encoding cannot read, in another one: UTF-8 when it is
 * valid UTF-8 (GBK and Big5 bytes rarely are), GBK or Big5 only when chardet
 * names it too, as each decodes the other's bytes into mojibake.
 */
function otherEncoding(segment: Uint8Array, encoding: Encoding): { encoding: Encoding; text: string } | undefined {
  if (!EIGHT_BIT.includes(encoding)) return undefined;
  const named = analyse(segment)[0]?.name;
  for (const other of EIGHT_BIT) {
    if (other === encoding || (other !== 'utf-8' && named !== CHARDET_NAME[other])) continue;
    const text = tryDecode(strictDecoder(other), segment);
    if (text !== undefined) return { encoding: other, text };
  }
  return undefined;
}

/** Decodes line by line, so that a damaged line or one in another encoding spoils no other. */
function decodeByLine(bytes: Uint8Array, encoding: Encoding): { raw: string; troubles: Trouble[] } {
  const strict = strictDecoder(encoding);
  const lenient = new TextDecoder(encoding, { ignoreBOM: true });
  const pieces: string[] = [];
  const troubles: Trouble[] = [];
  let offset = 0;
  for (const segment of lineSegments(bytes, encoding)) {
    let text = tryDecode(strict, segment);
    if (text === undefined) {
      const other = otherEncoding(segment, encoding);
      if (other) {
        text = other.text;
        troubles.push({ offset, kind: 'other-encoding', encoding: other.encoding });
      } else {
        text = lenient.decode(segment);
        for (const match of text.matchAll(/\ufffd/g)) troubles.push({ offset: offset + match.index, kind: 'undecodable' });
      }
    }
    pieces.push(text);
    offset += text.length;
  }
  return { raw: pieces.join(''), troubles };
}

function troubleWarnings(troubles: Trouble[], lineAt: (offset: number) => number, encoding: Encoding, rawLength: number): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const undecodable = new Map<number, { count: number; atEnd: boolean }>();
  // Lines in another encoding are reported as runs: `lines 11–24 are UTF-8`.
  const runs: { first: number; last: number; encoding: Encoding }[] = [];
  for (const trouble of troubles) {
    const line = lineAt(trouble.offset);
    if (trouble.kind === 'undecodable') {
      const seen = undecodable.get(line) ?? { count: 0, atEnd: false };
      seen.count++;
      seen.atEnd ||= trouble.offset === rawLength - 1;
      undecodable.set(line, seen);
      continue;
    }
    const run = runs.at(-1);
    if (run && run.encoding === trouble.encoding && run.last + 1 >= line) run.last = line;
    else runs.push({ first: line, last: line, encoding: trouble.encoding });
  }
  const label = ENCODING_LABEL[encoding];
  for (const [line, { count, atEnd }] of undecodable) {
    const what = count === 1 ? 'an undecodable byte sequence' : `${count} undecodable byte sequences`;
    warnings.push({ line, message: `${what} (not valid ${label}) shown as U+FFFD REPLACEMENT CHARACTER${atEnd ? '; the file ends mid-character' : ''}` });
  }
  for (const run of runs) {
    const lines = run.first === run.last ? 'this line is' : `lines ${run.first}–${run.last} are`;
    warnings.push({ line: run.first, message: `${lines} in ${ENCODING_LABEL[run.encoding]}, the rest of the file in ${label}; read as ${ENCODING_LABEL[run.encoding]}` });
  }
  return warnings;
}

/**
 * Decodes a policy file (or its sidecar) as archives really hold them:
 * UTF-8, UTF-16 with or without a BOM, GBK/GB18030 or Big5, even mixed line
 * by line or with a few damaged bytes, each named in a warning at its line.
 * Line breaks become LF, so the lines counted are those the parser reports.
 * Refuses binary data with a message naming the file.
 */
export function decodePolicyText(bytes: Uint8Array, file: string): DecodedText {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const whole = tryDecode(strictDecoder(encoding), body);
  // Refused before the line-by-line reading, which would otherwise work through every "line" of a binary file.
  if (whole === undefined) refuseBinary(normalizeLineBreaks(new TextDecoder(encoding, { ignoreBOM: true }).decode(body)).text, file);
  const { raw, troubles } = whole === undefined ? decodeByLine(body, encoding) : { raw: whole, troubles: [] };
  const lines = normalizeLineBreaks(raw);
  refuseBinary(lines.text, file);
  const visible = removeInvisibleCharacters(lines.text);
  return {
    text: visible.text,
    encoding,
    warnings: [...troubleWarnings(troubles, lines.lineAt, encoding, raw.length), ...lines.warnings, ...visible.warnings].sort((a, b) => a.line - b.line),
  };
}
