/** Calendar dates as documents write them: `2018年11月20日`, `二〇一八年十一月二十日`, `2024-01-26`. */

// A year's zero is also typed as a letter O or a circle (`二○一三年`).
const CJK_DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', '○': '0', '◯': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `十一` → 11, `二十` → 20, `三十一` → 31 (months and days only). */
function smallNumeral(numeral: string): number | undefined {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const match = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral === '') return undefined;
  const tens = match[2] ? Number(CJK_DIGIT[match[1] ?? '一']) : 0;
  const ones = match[3] ? Number(CJK_DIGIT[match[3]]) : 0;
  return tens * 10 + ones || undefined;
}

const NUMERIC = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?/;
const WRITTEN = /([〇零一二三四五六七八九ＯO○◯]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

export interface DateReading {
  /** The ISO date, when the date exists. */
  iso?: string;
  /** The date as written, when it names a day the calendar lacks (2月30日). */
  invalid?: string;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Finds the first full date in `text`. A day the calendar lacks is reported, never moved to another. */
export function readDate(text: string): DateReading | undefined {
  const numeric = NUMERIC.exec(text.normalize('NFKC'));
  const written = numeric ? undefined : WRITTEN.exec(text);
  const match = numeric ?? written;
  if (!match) return undefined;
  const year = Number(numeric ? match[1] : [...match[1]!].map((char) => CJK_DIGIT[char]).join(''));
  const month = numeric ? Number(match[2]) : smallNumeral(match[2]!);
  const day = numeric ? Number(match[3]) : smallNumeral(match[3]!);
  if (!month || !day || month > 12 || day > daysIn(year, month)) return { invalid: match[0] };
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
