import type { Paragraph, SectionNode } from '../model.ts';
import { stripSpaces } from './text.ts';

/**
 * `各地区、各相关部门要按照本通知要求，…` (商务部等7部门), `各单位要认真落实本通知要求，…` (嘉定 下立交防汛):
 * everyone addressed and told to carry out the notice as a whole. Such a paragraph closes the covering
 * notice after its last item; it is no part of that item.
 */
const CLOSING_WORDS = /^[^，。；;]{2,30}?(?:要|应当|应)(?:认真)?(?:按照|落实|对照|贯彻落实|贯彻|执行)本(?:通知|意见|方案)的?(?:要求|精神|部署)/;

/** Whether a paragraph is the notice's closing words rather than the text of the item above it. */
export function closesNotice(paragraph: Paragraph): boolean {
  return CLOSING_WORDS.test(stripSpaces(paragraph.text));
}

/** The paragraphs of an item up to the notice's closing words: the item's own, where its duties may be read. */
export function itemParagraphs(node: SectionNode): Paragraph[] {
  const closing = node.paragraphs.findIndex(closesNotice);
  return closing < 0 ? node.paragraphs : node.paragraphs.slice(0, closing);
}
