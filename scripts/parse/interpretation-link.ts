import { z } from 'zod';
import { readParserData } from './data.ts';
import { isTitle } from './title.ts';
import type { Paragraph } from '../model.ts';
import type { SourceLine } from './source-lines.ts';

/** Words an interpretation's link puts before the title it explains; from data/interpretation-kinds.yaml. */
const KINDS: readonly string[] = readParserData('interpretation-kinds', z.array(z.string().regex(/^[^\s:：|｜]+$/, 'expected a word without spaces or colons')));

/** `一图读懂：…的通知`, `海报｜…的通知`: a kind of interpretation, a colon or a bar, and the explained document's title. */
const INTERPRETATION = new RegExp(`^(?:${[...KINDS].sort((a, b) => b.length - a.length).join('|')})[\\s\\u3000]*[:：|｜丨](.+)$`);
/** The text of a Markdown link, `- [text](url "title")`, or the line itself when it links nothing. */
const LINK_TEXT = /^(?:[-*+][\s\u3000]*)?\[([^[\]]+)\]\(/;
/** Longest line worth reading as a link: a title and its address; a longer line is text. */
const LONGEST_LINK_LINE = 600;

/**
 * The title a page's link to an interpretation of the document names it by
 * (`- [一图读懂：北京市生态环境局等10部门关于调整《…》有关事项的通知](https://…)` under 相关解读), when that
 * reads as a title: a page that prints no title of its own, or only its plan's, is known by it. Its spaces are
 * kept: they part joint issuers (`国家发展改革委 财政部关于…`).
 */
export function readInterpretedTitle(lines: readonly SourceLine[]): Paragraph | undefined {
  for (const { text, line } of lines) {
    if (text.length > LONGEST_LINK_LINE) continue;
    const trimmed = text.trim();
    const explained = INTERPRETATION.exec((LINK_TEXT.exec(trimmed)?.[1] ?? trimmed).trim())?.[1]?.trim();
    if (explained && isTitle(explained)) return { text: explained, lines: { start: line, end: line } };
  }
  return undefined;
}
