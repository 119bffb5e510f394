import type { Reference } from '../model.ts';
import { DOC_NUMBER } from './doc-number.ts';
import { closeCjkGaps, stripSpaces } from './text.ts';

const DOC_NUMBER_GLOBAL = new RegExp(DOC_NUMBER.source, 'g');

/** Finds the closing 》 that matches the 《 at `open`, honouring nested 〈〉 and 《》. */
function closingTitleMark(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '《') depth++;
    else if (text[index] === '》' && --depth === 0) return index;
  }
  return -1;
}

/**
 * Documents a paragraph cites: `《…意见》(新党发〔2013〕7号)` gives one reference
 * with both title and 文号; a bare 《title》 or a bare 文号 gives one each.
 */
export function findReferences(text: string, line: number): Reference[] {
  const references: Reference[] = [];
  const cited = new Set<string>();
  for (let index = text.indexOf('《'); index >= 0; index = text.indexOf('《', index + 1)) {
    const close = closingTitleMark(text, index);
    if (close < 0) break;
    const title = stripSpaces(closeCjkGaps(text.slice(index + 1, close)));
    const after = /^[(（]([^()（）]*?)[)）]/.exec(text.slice(close + 1));
    const docNumber = after ? DOC_NUMBER.exec(after[1]!)?.[0] : undefined;
    const reference: Reference = { title, line };
    if (docNumber) {
      reference.docNumber = docNumber;
      cited.add(docNumber);
    }
    references.push(reference);
    index = close;
  }
  for (const match of text.matchAll(DOC_NUMBER_GLOBAL)) {
    if (cited.has(match[0])) continue;
    references.push({ docNumber: match[0], line });
  }
  return references;
}
