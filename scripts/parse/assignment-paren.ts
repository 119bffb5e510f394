import { TRAILING_LABELS } from './assignment-labels.ts';
import { isBareAgencyList, looksLikeAssignment } from './assignment-text.ts';
import { isCloser, isOpener, isSpace, matchingOpener, matchingOpeners, tailLength } from './text.ts';

export interface TrailingAssignment {
  /** The clause without its assignment. */
  body: string;
  /** The parenthetical as written, with any punctuation after it. */
  raw: string;
  /** The words inside the parentheses. */
  content: string;
  /** True when the opening parenthesis never closes. */
  unclosed: boolean;
}

/** Spaces and clause punctuation that may follow an assignment: `…参加)。 `. */
function isTrailingPunctuation(char: string): boolean {
  return isSpace(char) || '。；;，,'.includes(char);
}

/**
 * Splits the assignment parenthetical off the end of a clause:
 * `…降耗。(经信委、科技厅牵头,发改委…等参加)`. Parentheses inside agency
 * names (`所在地政府(行署)`) stay inside. A parenthetical that assigns no work
 * (`(煤层气)`) is left alone; one that only lists bodies is an assignment
 * when it follows the item's last full stop. Labels after the last full stop
 * (`…。责任单位：区委宣传部。时间节点：2024年6月。`) are split off as one would be.
 */
export function splitTrailingAssignment(text: string): TrailingAssignment | undefined {
  const lastIndex = text.length - tailLength(text, isTrailingPunctuation) - 1;
  if (lastIndex < 0) return undefined;
  const labels = TRAILING_LABELS.exec(text);
  const labelsStart = labels ? labels.index + labels[0].length - labels[1]!.length : -1;
  // Labels inside a parenthesis (`（责任部门：…。时间节点：5月完成）`) are the parenthesis's own.
  if (labels && lastUnclosedOpener(text.slice(0, labelsStart)) < 0) {
    return { body: text.slice(0, labelsStart), raw: text.slice(labelsStart), content: labels[1]!.trimEnd(), unclosed: false };
  }
  if (isCloser(text[lastIndex]!)) {
    const opener = matchingOpener(text, lastIndex);
    if (opener < 0) return undefined;
    const content = text.slice(opener + 1, lastIndex);
    // Bodies alone in the last parenthesis, after the item's last full stop: `…回收机制。(区农业农村委)`.
    if (!looksLikeAssignment(content) && !(stopBefore(text, opener) && isBareAgencyList(content))) return undefined;
    return { body: text.slice(0, opener), raw: text.slice(opener), content, unclosed: false };
  }
  const opener = lastUnclosedOpener(text);
  if (opener < 0) return undefined;
  const rest = text.slice(opener + 1);
  const content = rest.slice(0, rest.length - tailLength(rest, isTrailingPunctuation));
  if (!looksLikeAssignment(content)) return undefined;
  return { body: text.slice(0, opener), raw: text.slice(opener), content, unclosed: true };
}

function lastUnclosedOpener(text: string): number {
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (isOpener(char)) open.push(index);
    else if (isCloser(char)) open.pop();
  }
  return open.at(-1) ?? -1;
}

/** Does a full stop end the text before `index`, spaces aside? */
function stopBefore(text: string, index: number): boolean {
  const before = text[index - 1 - tailLength(text, isSpace, index)];
  return before !== undefined && '。；;'.includes(before);
}

/**
 * Assignments that end sentences inside a clause: an item of several
 * sentences may give each its own (`…建设。（各市、县级政府负责，省管局配合）…`).
 * The parentheses stay in the text; only their words are read.
 */
export function findSentenceAssignments(text: string): string[] {
  const found: string[] = [];
  for (const [index, opener] of matchingOpeners(text)) {
    if (opener < 0) continue;
    // It ends a sentence: a full stop before it (`…建设。（X负责）`) or a stop after it (`…建设（X负责）。`).
    const endsSentence = stopBefore(text, opener) || /^[\s\u3000]*(?:[。；;]|$)/.test(text.slice(index + 1));
    if (!endsSentence) continue;
    const content = text.slice(opener + 1, index);
    if (looksLikeAssignment(content)) found.push(content);
  }
  return found;
}
