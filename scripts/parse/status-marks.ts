import { z } from 'zod';
import { readParserData } from './data.ts';

/** Validity words a portal sets in brackets around a title; from data/status-marks.yaml. */
const STATUS_WORDS: readonly string[] = readParserData('status-marks', z.array(z.string().regex(/^[^\s（）()【】[\]［］]+$/, 'expected a word without spaces or brackets')));

const MARK = `[（(【[［]\\s*(?:${[...STATUS_WORDS].sort((a, b) => b.length - a.length).join('|')})\\s*[）)】\\]］]`;
const LEADING_MARK = new RegExp(`^\\s*${MARK}\\s*`);
const TRAILING_MARK = new RegExp(`\\s*${MARK}\\s*$`);

/** `（失效）北京市城市管理委员会关于印发…的通知` → the title without the portal's mark of its validity, before or after it. */
export function withoutStatusMark(title: string): string {
  return title.replace(LEADING_MARK, '').replace(TRAILING_MARK, '');
}
