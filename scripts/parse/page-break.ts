/**
 * PDF extractions repeat a word across a page break (`改革\n\n改革`,
 * `丝绸之路经\n\n经济带`). These are legitimate doublings that must survive.
 */
const REDUPLICATIONS = new Set('人天个年常层步处时事家户一项条件次样般般'.split(''));

const MAX_OVERLAP = 8;

/**
 * Length of the text at the start of `next` that repeats the end of
 * `previous`: the debris of a page break. 0 when there is none.
 */
export function pageBreakOverlap(previous: string, next: string): number {
  const limit = Math.min(MAX_OVERLAP, previous.length, next.length);
  for (let length = limit; length >= 1; length--) {
    const tail = previous.slice(-length);
    if (tail !== next.slice(0, length)) continue;
    if (!/^[\u3400-\u9fff]+$/.test(tail)) continue;
    if (length === 1 && REDUPLICATIONS.has(tail)) continue;
    return length;
  }
  return 0;
}
