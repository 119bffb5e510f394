/**
 * Text as a PDF's text layer gives it, made the text a reader sees: radical
 * code points back to the characters they stand for, dash glyphs back to the
 * dashes typed, and the spaces PDF
 * writers put between CJK characters (`科 技厅`, `2019 年`) taken out, while
 * the space between two Latin words stays.
 */

import { toSimplified } from '../lib/chinese-script.ts';

/**
 * CJK Radicals Supplement code points with the unified ideograph each stands
 * for as a whole character (Unicode's EquivalentUnifiedIdeograph.txt). Fonts
 * such as Noto CJK map glyphs like 门 and 车 to these radicals, so a text layer
 * written through them says ⻔ and ⻋. The 214 Kangxi radicals (⼤, ⼯) need no
 * table: NFKC maps them.
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺠': '民', '⺬': '示', '⺮': '竹', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车',
  '⻐': '钅', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食',
  '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

const KANGXI = /[\u2F00-\u2FD5]/g;
const SUPPLEMENT = /[\u2E80-\u2EF3]/g;

/**
 * NFKC gives a Kangxi radical's traditional character (⼾ → 戶, ⾨ → 門), but a
 * simplified font draws 户 and 门 with those radicals' glyphs: in a simplified
 * document these characters are their simplified forms.
 */
const SIMPLIFIED_OF_RADICAL: ReadonlyMap<string, string> = new Map(
  Array.from({ length: 0x2fd6 - 0x2f00 }, (_, offset) => String.fromCodePoint(0x2f00 + offset).normalize('NFKC'))
    .map((character) => [character, toSimplified(character)] as const)
    .filter(([character, simplified]) => simplified !== character),
);

/** In a simplified document, the traditional characters radicals became, simplified (`用戶` → `用户`). */
export function simplifyRadicalForms(text: string): string {
  return [...text].map((character) => SIMPLIFIED_OF_RADICAL.get(character) ?? character).join('');
}

/** Radicals written for whole characters, as the characters. */
export function replaceRadicals(text: string): string {
  return text.replace(KANGXI, (radical) => radical.normalize('NFKC')).replace(SUPPLEMENT, (radical) => RADICAL_SUPPLEMENT[radical] ?? radical);
}

/**
 * Dashes as a font's glyphs name them: the text layer says ⸺ where the writer
 * typed —— (an empty cell's mark), and ― (horizontal bar), the glyph CJK fonts
 * give the em dash, where the writer typed —.
 */
const DASH_GLYPHS: Readonly<Record<string, string>> = { '⸺': '——', '⸻': '———', '―': '—' };

/** Dash glyphs as the dashes they were typed as. */
export function expandDashLigatures(text: string): string {
  return text.replace(/[⸺⸻―]/g, (dash) => DASH_GLYPHS[dash]!);
}

/** Han characters and the full-width punctuation set among them. */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2014\\u2026\\u201C\\u201D\\u2018\\u2019';
const isCjk = (char: string) => new RegExp(`[${CJK}]`, 'u').test(char);

/** Spaces with CJK on one side and CJK or a digit on the other: a typesetter's, not the author's. */
const STRAY_SPACE = new RegExp(`(?<=[${CJK}])[ \\u00A0]+(?=[${CJK}0-9])|(?<=[${CJK}0-9])[ \\u00A0]+(?=[${CJK}])`, 'gu');

const HAN_PAIR = /\p{Script=Han}{2}/gu;
const SPACED_HAN = /\p{Script=Han}[ \u00A0]+(?=\p{Script=Han})/gu;
/** A space between two words of three or more Han characters: `科技部办公厅 教育部办公厅`. */
const WORD_SPACE = /(?<=\p{Script=Han}{3})[ \u00A0]+(?=\p{Script=Han}{3})/u;

/**
 * Takes out the spaces between CJK characters (and between them and digits);
 * Latin words keep theirs. In a line that is not spaced out character by
 * character (`九 龍 油 麻 地`), a space between two words of Han characters is
 * the author's, as between joint issuers (`科技部办公厅 教育部办公厅`), and stays.
 */
export function removeStraySpaces(text: string): string {
  const spaced = text.match(SPACED_HAN)?.length ?? 0;
  const letterSpaced = spaced * 4 > (text.match(HAN_PAIR)?.length ?? 0);
  return text.replace(STRAY_SPACE, (space, offset: number) => (!letterSpaced && WORD_SPACE.test(text.slice(Math.max(0, offset - 3), offset + space.length + 3)) ? ' ' : ''));
}

/**
 * Joins two pieces of one line or paragraph (a line's end and the next line's
 * start): nothing between them when either side is CJK, so a name broken at a
 * line end (`科` / `技厅`) comes back whole; a space between Latin words.
 */
export function joinPieces(left: string, right: string): string {
  if (left === '' || right === '') return left + right;
  const last = left.at(-1)!;
  const first = right[0]!;
  if (isCjk(last) || isCjk(first) || /\s/.test(last) || /\s/.test(first)) return left + right;
  return `${left} ${right}`;
}
