/**
 * On a page opened from a search result (`?q=…`), marks where the query's
 * terms occur in the text, with the same matching as search itself.
 */
import { matchRanges } from '../lib/excerpt.ts';
import { queryTerms } from '../lib/search-text.ts';
import { loadFold } from './search-index.ts';

export async function highlightQuery(root: Element, query: string): Promise<number> {
  const fold = await loadFold();
  const terms = queryTerms(query, fold);
  if (terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const ranges = matchRanges(node.data, terms, fold);
    // From the end, so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marked += 1;
    }
  }
  return marked;
}
