import type { NumberStyle, NumberToken } from '../model.ts';

const CJK_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a Chinese numeral up to 999 (`三十一` → 31), or undefined. */
export function cjkNumeralValue(numeral: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(numeral)) return undefined;
  let total = 0;
  let pending = 0;
  for (const char of numeral) {
    if (char === '百') {
      total += (pending || 1) * 100;
      pending = 0;
    } else if (char === '十') {
      total += (pending || 1) * 10;
      pending = 0;
    } else {
      pending = pending * 10 + (CJK_DIGITS[char] ?? 0);
    }
  }
  const value = total + pending;
  return value > 0 ? value : undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CJK_NUMERAL = '[零〇一二两三四五六七八九十百]{1,4}';
/** A numeral whose characters a copy's markup may have spaced apart. */
const SPACED_CJK_NUMERAL = '[零〇一二两三四五六七八九十百](?:[\\s\\u3000]*[零〇一二两三四五六七八九十百]){0,3}';
const withoutSpaces = (numeral: string) => numeral.replace(/[\s\u3000]/g, '');

interface MarkerPattern {
  style: NumberStyle;
  /** Anchored at the candidate position (sticky). Group 1 is the numeral. */
  pattern: RegExp;
  value: (numeral: string) => number | undefined;
  label: (numeral: string, value: number) => string;
}

/** Digits as written, full-width (`１２`) or not. */
const arabic = (numeral: string) => Number.parseInt(numeral.normalize('NFKC'), 10);

// Order matters: `（一）` must be tried before a bare numeral could match.
const MARKERS: MarkerPattern[] = [
  {
    style: 'chapter',
    pattern: new RegExp(`第(${CJK_NUMERAL}|\\d{1,3})章[\\s\\u3000]*`, 'y'),
    value: (n) => cjkNumeralValue(n) ?? arabic(n),
    label: (n) => `第${n}章`,
  },
  {
    style: 'article',
    // Spaced from its text as printed, or run into it by a copy (`第八条“十四五”期间，…`), but not a reference (`第八条规定`).
    pattern: new RegExp(`第(${CJK_NUMERAL}|\\d{1,3})条(?:[\\s\\u3000]+|(?=[“"（(])|(?=[\\u4e00-\\u9fff])(?!规定|所|的|之|中|第))`, 'y'),
    value: (n) => cjkNumeralValue(n) ?? arabic(n),
    label: (n) => `第${n}条`,
  },
  {
    style: 'cjk-paren',
    // A crawl's bold runs may split the numeral too (`**（十** **一** **）**` → `（十 一 ）`).
    pattern: new RegExp(`[（(][\\s\\u3000]*(${SPACED_CJK_NUMERAL})[\\s\\u3000]*[）)][\\s\\u3000]*`, 'y'),
    value: (n) => cjkNumeralValue(withoutSpaces(n)),
    label: (n) => `(${withoutSpaces(n)})`,
  },
  {
    // ㈠…㈩: one character for （一）…（十）.
    style: 'cjk-paren',
    pattern: /([㈠-㈩])[\s\u3000]*/y,
    value: (n) => n.charCodeAt(0) - 0x321f,
    label: (n) => `(${'一二三四五六七八九十'[n.charCodeAt(0) - 0x3220]})`,
  },
  {
    style: 'arabic-paren',
    pattern: /[（(][\s\u3000]*([\d０-９]{1,4})[\s\u3000]*[）)][\s\u3000]*/y,
    value: arabic,
    label: (_numeral, value) => `(${value})`,
  },
  {
    style: 'cjk',
    pattern: new RegExp(`(${CJK_NUMERAL})[、．][\\s\\u3000]*`, 'y'),
    value: cjkNumeralValue,
    label: (n) => n,
  },
  {
    // `2.4件` and `2017.6` are numbers, not markers: a dot must not be followed by a digit,
    // unless the digits are a year (`3.2018年要在全国推开…` is item 3) or a day or month that
    // leads the item as its time limit (`1.9月30日前，区建设管理委…`, `2.11月底前完成…`).
    style: 'arabic',
    // A crawl's bold runs may leave spaces around the dot (`**2** **.** **布局…**` → `2 . 布局…`).
    pattern: /([\d０-９]{1,4})(?:[ \u3000]*[.．](?![ \u3000]*(?![12]\d{3}年|[\d０-９]{1,2}月(?:[\d０-９]{1,2}日|底|末|份|上旬|中旬|下旬))[\d０-９.．])|、)[\s\u3000]*/y,
    value: arabic,
    label: (_numeral, value) => String(value),
  },
  {
    style: 'circled',
    pattern: new RegExp(`([${CIRCLED}])[\\s\\u3000]*`, 'y'),
    value: (n) => CIRCLED.indexOf(n) + 1,
    label: (n) => n,
  },
];

const CONTENT = /[^\s\u3000]/g;

export interface MarkerMatch {
  token: NumberToken;
  /** Length of the marker including trailing spaces. */
  length: number;
}

/** Recognizes a numbering marker starting exactly at `position` of `text`. */
export function matchMarker(text: string, position: number): MarkerMatch | undefined {
  for (const marker of MARKERS) {
    marker.pattern.lastIndex = position;
    const match = marker.pattern.exec(text);
    if (!match) continue;
    const numeral = match[1]!;
    const value = marker.value(numeral);
    if (value === undefined || Number.isNaN(value) || value <= 0) continue;
    // A marker must be followed by content, not end the text.
    CONTENT.lastIndex = position + match[0].length;
    if (!CONTENT.test(text)) continue;
    return {
      token: {
        style: marker.style,
        value,
        marker: match[0].trim(),
        label: marker.label(numeral, value),
      },
      length: match[0].length,
    };
  }
  return undefined;
}

/** `第五条` on a line of its own, as a gazette prints an article number above its text. */
const LONE_ARTICLE = new RegExp(`^第(${CJK_NUMERAL}|\\d{1,3})条$`);

/**
 * An article number standing alone on its line (`第五条` over `省发展改革委（省能源局）负责…`):
 * a marker all the same, whose text is the paragraph that follows. Other markers alone on a
 * line (`1.`) are too often a stray of a broken copy to be read so.
 */
export function matchLoneArticle(line: string): MarkerMatch | undefined {
  const match = LONE_ARTICLE.exec(line.trim());
  const value = match ? cjkNumeralValue(match[1]!) ?? arabic(match[1]!) : undefined;
  if (!match || value === undefined || Number.isNaN(value) || value <= 0) return undefined;
  return { token: { style: 'article', value, marker: match[0], label: `第${match[1]}条` }, length: line.length };
}

/** Characters after which a numbered item may begin in the middle of a line. */
const BOUNDARY_BEFORE = /[\s\u3000。；;：:！!？?）)”"’'|]/;

/**
 * Positions in `text` (after `from`) where a marker could start mid-line:
 * right after whitespace or the end of a sentence or parenthetical.
 */
export function* midLineCandidates(text: string, from: number): Generator<number> {
  for (let position = Math.max(from, 1); position < text.length; position++) {
    const char = text[position]!;
    // `（二）` opens with its own bracket, so it may follow a heading directly (`一、优化营商环境（一）深化改革`);
    // `第（一）项` and `（一）项` are references, not markers.
    const bracketed = /[（(]/.test(char) && /^[（(][一二三四五六七八九十]{1,3}[)）](?![项款条目])/.test(text.slice(position, position + 6)) && text[position - 1] !== '第';
    if (!bracketed && !BOUNDARY_BEFORE.test(text[position - 1]!)) continue;
    if (/[\d０-９（(第一二三四五六七八九十①-⑳㈠-㈩]/.test(char)) yield position;
  }
}

const ANCHOR_PREFIX: Record<NumberStyle, string> = {
  chapter: 'ch',
  article: 'art',
  cjk: 's',
  'cjk-paren': 'p',
  arabic: 't',
  'arabic-paren': 'n',
  circled: 'c',
  paragraph: 'para',
  row: 'row',
};

/** ASCII anchor segment for one number, e.g. `（三）` → `p3`, row 39 → `row39`. */
export function anchorSegment(token: Pick<NumberToken, 'style' | 'value'>): string {
  return `${ANCHOR_PREFIX[token.style]}${token.value}`;
}
