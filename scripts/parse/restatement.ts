import type { SectionNode, TableRowNode } from '../model.ts';

const GRAM = 4;
/** Share of a row's character 4-grams that must occur in one section to call it a restatement. */
const MIN_COVERAGE = 0.5;
/**
 * Most sections a 4-gram may occur in and still be counted. A gram held by more says nothing of which
 * section a row restates, and counting it for every row made a very long document cost rows × sections;
 * a document of no more sections than this is read exactly as before.
 */
const MAX_HOLDERS = 1000;

function grams(text: string): Set<string> {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  const result = new Set<string>();
  for (let index = 0; index + GRAM <= letters.length; index++) result.add(letters.slice(index, index + GRAM));
  return result;
}

function ownText(section: SectionNode): string {
  return [section.text, ...section.paragraphs.map((paragraph) => paragraph.text)].join('');
}

/**
 * Links each table row to the body section whose sentences it restates: the
 * section that holds the largest share of the row's character 4-grams.
 */
export function linkRestatements(rows: TableRowNode[], sections: SectionNode[]): void {
  // `null` marks a gram held by too many sections to count.
  const index = new Map<string, number[] | null>();
  sections.forEach((section, position) => {
    for (const gram of grams(ownText(section))) {
      const holders = index.get(gram);
      if (holders === undefined) index.set(gram, [position]);
      else if (holders === null) continue;
      else if (holders.length === MAX_HOLDERS) index.set(gram, null);
      else holders.push(position);
    }
  });
  for (const row of rows) {
    const rowGrams = grams(row.text);
    if (rowGrams.size === 0) continue;
    const hits = new Map<number, number>();
    for (const gram of rowGrams) {
      for (const position of index.get(gram) ?? []) hits.set(position, (hits.get(position) ?? 0) + 1);
    }
    let best: [number, number] | undefined;
    for (const [position, count] of hits) {
      if (!best || count > best[1] || (count === best[1] && position < best[0])) best = [position, count];
    }
    if (best && best[1] / rowGrams.size >= MIN_COVERAGE) row.restates = sections[best[0]]!.id;
  }
}
