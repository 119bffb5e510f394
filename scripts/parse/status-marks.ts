import { z } from 'zod';
import { readParserData } from './data.ts';

/** Validity words a portal sets in brackets around a title; from data/status-marks.yaml. */
const STATUS_WORDS: readonly string[] = readParserData('status-marks', z.array(z.string().regex(/^[^\s（）()【】[\]［］]+$/, 'expected a word without spaces or brackets')));

// No spaces around a mark in the patterns: a run of spaces before one would be rescanned from each of its characters.
const MARK = `[（(【[［](?:${[...STATUS_WORDS].sort((a, b) => b.length - a.length).join('|')})[）)】\\]］]`;
const LEADING_MARK = new RegExp(`^${MARK}`);
const TRAILING_MARK = new RegExp(`${MARK}$`);

/** `（失效）北京市城市管理委员会关于印发…的通知` → the title without the portal's mark of its validity, before or after it. */
export function withoutStatusMark(title: string): string {
  return title.trim().replace(LEADING_MARK, '').trimStart().replace(TRAILING_MARK, '').trimEnd();
}
