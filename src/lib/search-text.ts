/**
 * The one definition of what search matches, shared by the index build, the
 * browser and the search-quality test. Text is normalized (NFKC, lower case,
 * traditional folded to simplified character by character) and cut into
 * tokens: every CJK character is a token, a run of Latin letters or digits
 * (with a decimal point between digits) is a token, `%` is a token, and a run
 * of any other marks (`、`, `（`, `》`…) is one separator token, so
 * `重点实验室` does not match `（重点）实验室`. Whitespace and line breaks are
 * not tokens at all, so a term broken by a line or page break still matches.
 * A query term matches where its tokens occur consecutively: substring search
 * over characters, whitespace aside, with the index and the browser always
 * agreeing on the tokens.
 */

/** Traditional → simplified, per character; built at build time with OpenCC. */
export type FoldMap = ReadonlyMap<string, string>;

export interface Token {
  /** Normalized token text. */
  text: string;
  /** UTF-16 offsets of the token in the original text: `[start, end)`. */
  start: number;
  end: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

/** The token a run of punctuation and symbols becomes: whichever marks a text uses, they read alike. */
const SEPARATOR = '·';

/** Tokens of a text, with their place in the original so matches can be marked as written. */
export function tokenize(text: string, fold: FoldMap): Token[] {
  const tokens: Token[] = [];
  let word: Token | undefined;
  // The separator a run of marks is extending; whitespace inside the run does not end it.
  let separator: Token | undefined;
  const push = (token: Token) => {
    tokens.push(token);
    separator = undefined;
  };
  const endWord = () => {
    if (word) push(word);
    word = undefined;
  };
  let offset = 0;
  for (const codePoint of text) {
    const start = offset;
    offset += codePoint.length;
    for (const normalized of codePoint.normalize('NFKC').toLowerCase()) {
      const char = fold.get(normalized) ?? normalized;
      if (CJK.test(char)) {
        endWord();
        push({ text: char, start, end: offset });
      } else if (WORD.test(char)) {
        separator = undefined;
        if (word) {
          word.text += char;
          word.end = offset;
        } else word = { text: char, start, end: offset };
      } else if (char === '.' && word && /\d$/.test(word.text) && /^\d/.test(text.slice(offset, offset + 1).normalize('NFKC'))) {
        word.text += char;
        word.end = offset;
      } else {
        endWord();
        if (char === '%') push({ text: char, start, end: offset });
        else if (INVISIBLE.test(char)) continue;
        else if (separator) separator.end = offset;
        else {
          separator = { text: SEPARATOR, start, end: offset };
          tokens.push(separator);
        }
      }
    }
  }
  endWord();
  return tokens;
}

/** The parts of a query as typed: words split at spaces, quoted phrases whole. */
export function queryParts(query: string): string[] {
  return [...query.matchAll(/["“”「」『』]([^"“”「」『』]*)["“”「」『』]?|[^\s"“”「」『』]+/g)].map((match) => match[1] ?? match[0]);
}

/**
 * Terms of a query: quoted phrases kept whole, the rest split on whitespace.
 * Each term is its token texts without separators at either end (`科技厅、`
 * means 科技厅); a term with no tokens (only punctuation) is dropped.
 */
export function queryTerms(query: string, fold: FoldMap): string[][] {
  const terms = queryParts(query).map((part) => {
    const tokens = tokenize(part, fold).map((token) => token.text);
    while (tokens[0] === SEPARATOR) tokens.shift();
    while (tokens.at(-1) === SEPARATOR) tokens.pop();
    return tokens;
  }).filter((tokens) => tokens.length > 0);
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.join(' ')) && seen.add(term.join(' ')));
}

const pair = (first: string, second: string) => `${first} ${second}`;

/** Pair positions are kept modulo this: a 32-bit mask per block, enough to tell a term's run from its pairs scattered over a block. */
export const POSITION_MODULUS = 32;

/** The mask of a key whose positions are not kept (a token, a filter value): any start is possible. */
export const ANY_POSITION = 0xffffffff;

/**
 * The index keys of a block's tokens, each with a mask of where it starts.
 * A term of one token is looked up by its token (positions not kept); a
 * longer term by its pairs of neighbouring tokens, with the positions
 * (modulo 32) where each pair starts, which must line up (`termPairs`). A
 * lookup costs the pairs' posting lists, never a list of every place a
 * common character occurs.
 */
export function blockKeys(tokens: readonly string[]): Map<string, number> {
  const keys = new Map<string, number>(tokens.map((token) => [token, ANY_POSITION]));
  for (let index = 1; index < tokens.length; index++) {
    const key = pair(tokens[index - 1]!, tokens[index]!);
    keys.set(key, ((keys.get(key) ?? 0) | (1 << ((index - 1) % POSITION_MODULUS))) >>> 0);
  }
  return keys;
}

/** The pairs of a term of two or more tokens, each with its offset from the term's start. */
export function termPairs(term: readonly string[]): { key: string; offset: number }[] {
  return term.slice(1).map((token, index) => ({ key: pair(term[index]!, token), offset: index }));
}

/** Where a term's tokens occur consecutively in a text, as `[start, end)` offsets of the original. */
export function findTerm(tokens: Token[], term: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let index = 0; index + term.length <= tokens.length; index++) {
    if (term.every((text, offset) => tokens[index + offset]!.text === text)) found.push([tokens[index]!.start, tokens[index + term.length - 1]!.end]);
  }
  return found;
}

/** A fold map from its compact form: pairs of characters, traditional then simplified. */
export function parseFoldMap(pairs: string): FoldMap {
  const characters = [...pairs];
  const map = new Map<string, string>();
  for (let index = 0; index + 1 < characters.length; index += 2) map.set(characters[index]!, characters[index + 1]!);
  return map;
}
