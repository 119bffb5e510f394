import type { Diagnostic } from '../model.ts';

/**
 * Characters that show as nothing: zero-width spaces and joiners, the word
 * joiner, a BOM inside the text, bidi marks, embeddings and isolates, and the
 * soft hyphen. Pasted from web pages into a name (`市科\u200b技局`), they make
 * two names that look identical differ.
 */
const NAMES: Record<string, string> = {
  '\u00ad': 'SOFT HYPHEN',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
};

const CLASS = `[${Object.keys(NAMES).join('')}]`;
const INVISIBLE = new RegExp(CLASS, 'g');
const ANY_INVISIBLE = new RegExp(CLASS);

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function listed(chars: string[]): string {
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].map(([char, count]) => `${codePoint(char)} ${NAMES[char]}${count > 1 ? ` ×${count}` : ''}`).join(', ');
}

/**
 * Removes invisible characters from LF-separated text, so names match the
 * registry and the reader sees what was matched. Each line that held some is
 * named in a warning with the characters removed. Columns after a removed
 * character move left by one; line numbers do not change.
 */
export function removeInvisibleCharacters(text: string): { text: string; warnings: Diagnostic[] } {
  if (!ANY_INVISIBLE.test(text)) return { text, warnings: [] };
  const warnings: Diagnostic[] = [];
  const lines = text.split('\n').map((lineText, index) => {
    const found = lineText.match(INVISIBLE);
    if (!found) return lineText;
    warnings.push({
      line: index + 1,
      message: `removed ${found.length} invisible character${found.length > 1 ? 's' : ''} (${listed(found)})`,
    });
    return lineText.replace(INVISIBLE, '');
  });
  return { text: lines.join('\n'), warnings };
}
