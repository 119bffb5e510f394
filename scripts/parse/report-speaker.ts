import { z } from 'zod';
import { readParserData } from './data.ts';

/** Heads of government by office, and how the government each heads is named; from data/heads-of-government.yaml. */
const HEADS: ReadonlyMap<string, string> = new Map(
  readParserData(
    'heads-of-government',
    z.array(z.object({ office: z.string().regex(/^\p{Script=Han}+$/u, 'expected an office in Chinese characters'), government: z.string().regex(/^\p{Script=Han}*$/u) }).strict()),
  ).map(({ office, government }) => [office, government]),
);

const OFFICES = [...HEADS.keys()].sort((a, b) => b.length - a.length).join('|');
/** `…会议上国务院总理 李强`: after the meeting, the place or body, the office, and the speaker's name (a · in a transliterated one). */
const SPEAKER = new RegExp(`(?:会议上|會議上)[\\s\\u3000]*(?<place>\\p{Script=Han}{2,20}?)(?<office>${OFFICES})[\\s\\u3000]*[\\p{Script=Han}·]{2,8}$`, 'u');

/**
 * The government a work report speaks for, from the subtitle that says who gave it:
 * `——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强` → 国务院.
 */
export function governmentOfSpeaker(subtitle: string): string | undefined {
  const match = SPEAKER.exec(subtitle.trim());
  return match ? match.groups!.place! + HEADS.get(match.groups!.office!)! : undefined;
}
