import { ParseError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Share of control characters above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;

function bomEncoding(bytes: Uint8Array): { encoding: Encoding; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** UTF-16 without a BOM shows NUL in every other byte of ASCII-range text. */
function bomlessUtf16(bytes: Uint8Array): Encoding | undefined {
  const sample = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const pairs = sample.length / 2;
  if (oddNuls > pairs * 0.2 && evenNuls === 0) return 'utf-16le';
  if (evenNuls > pairs * 0.2 && oddNuls === 0) return 'utf-16be';
  return undefined;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls / text.length;
}

/**
 * Decodes a policy file as archives really hold them: UTF-8 with or without
 * BOM, UTF-16 with BOM (or plainly without), GBK/GB18030. Rejects binary data
 * with a message naming the file.
 */
export function decodePolicyText(bytes: Uint8Array, file: string): { text: string; encoding: Encoding } {
  const bom = bomEncoding(bytes);
  const candidates: { encoding: Encoding; skip: number }[] = bom
    ? [bom]
    : [
        ...(bomlessUtf16(bytes) ? [{ encoding: bomlessUtf16(bytes)!, skip: 0 }] : []),
        { encoding: 'utf-8', skip: 0 },
        { encoding: 'gb18030', skip: 0 },
      ];
  for (const { encoding, skip } of candidates) {
    const text = tryDecode(bytes.subarray(skip), encoding);
    if (text !== undefined && controlShare(text) <= MAX_CONTROL_SHARE) return { text, encoding };
  }
  throw new ParseError(file, 1, 'binary data, not text; expected a policy document in UTF-8, UTF-16 or GBK');
}
