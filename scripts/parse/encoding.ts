import { analyse } from 'chardet';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** How messages name each encoding. */
export const ENCODING_LABEL: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GBK/GB18030',
  big5: 'Big5',
};

/** chardet's names for the encodings it tells apart for us. */
export const CHARDET_NAME: Partial<Record<Encoding, string>> = { gb18030: 'GB18030', big5: 'Big5', 'utf-8': 'UTF-8' };

/** Bytes looked at to choose the encoding; enough for any detector, cheap on a 50 MB file. */
const SAMPLE_BYTES = 1 << 20;

/** Share of characters a right UTF-16 reading gives in the ranges Chinese documents use. */
const MIN_PLAUSIBLE_SHARE = 0.9;

/** ASCII, Latin-1, punctuation, symbols, CJK punctuation and ideographs, full-width forms. */
const PLAUSIBLE = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u27bf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g;

function bom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return undefined;
}

function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(PLAUSIBLE)?.length ?? 0) / text.length;
}

/**
 * UTF-16 without a BOM: its line ends and digits hold NUL bytes, and only
 * the right byte order reads as Chinese text (the wrong one swaps 国 U+56FD
 * into U+FD56, an Arabic form). Mostly Chinese text has too few NULs for a
 * count of them alone to tell.
 */
function bomlessUtf16(sample: Uint8Array): Encoding | undefined {
  if (!sample.includes(0)) return undefined;
  const even = sample.subarray(0, sample.length - (sample.length % 2));
  const readings = (['utf-16le', 'utf-16be'] as const)
    .map((encoding) => ({ encoding, share: plausibleShare(new TextDecoder(encoding).decode(even)) }))
    .sort((a, b) => b.share - a.share);
  return readings[0]!.share >= MIN_PLAUSIBLE_SHARE ? readings[0]!.encoding : undefined;
}

function undecodable(sample: Uint8Array, encoding: Encoding): number {
  return new TextDecoder(encoding).decode(sample).match(/\ufffd/g)?.length ?? 0;
}

/**
 * UTF-8 when it decodes with no more errors than the others (bytes of GBK
 * or Big5 are rarely valid UTF-8). GBK and Big5 both decode each other's
 * bytes, into mojibake: chardet tells them apart by which one's common
 * characters the text is made of.
 */
function eightBit(sample: Uint8Array): Encoding {
  const errors = { 'utf-8': undecodable(sample, 'utf-8'), gb18030: undecodable(sample, 'gb18030'), big5: undecodable(sample, 'big5') };
  if (errors['utf-8'] <= Math.min(errors.gb18030, errors.big5)) return 'utf-8';
  const matches = analyse(sample);
  const confidence = (name: string) => matches.find((match) => match.name === name)?.confidence ?? 0;
  const gb = confidence('GB18030');
  const big5 = confidence('Big5');
  if (gb !== big5) return gb > big5 ? 'gb18030' : 'big5';
  // A line or two leaves chardet undecided: Big5 read as GBK turns its commonest characters
  // into kana and Cyrillic (市科技局 → カмЫ), GBK read as Big5 stays Han.
  const share = { gb18030: plausibleShare(new TextDecoder('gb18030').decode(sample)), big5: plausibleShare(new TextDecoder('big5').decode(sample)) };
  if (share.gb18030 !== share.big5) return share.gb18030 > share.big5 ? 'gb18030' : 'big5';
  return errors.gb18030 <= errors.big5 ? 'gb18030' : 'big5';
}

/** The encoding of a text file, and the length of its byte order mark (0 without one). */
export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  const marked = bom(bytes);
  if (marked) return marked;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return { encoding: bomlessUtf16(sample) ?? eightBit(sample), bomLength: 0 };
}
