/** One entry of a document's table of contents, as the build writes it in front matter. */
export interface TocEntry {
  anchor: string;
  label: string;
  depth: number;
}

export interface TocTreeEntry extends TocEntry {
  children: TocEntry[];
}

/**
 * Two levels are enough to find one's way in a policy document; deeper
 * entries are left to the page itself. Entries deeper than the first level
 * hang under the nearest shallower entry.
 */
export function nestToc(entries: TocEntry[]): TocTreeEntry[] {
  const top = Math.min(...entries.map((entry) => entry.depth));
  const tree: TocTreeEntry[] = [];
  for (const entry of entries) {
    if (entry.depth === top) tree.push({ ...entry, children: [] });
    else if (entry.depth === top + 1 && tree.length > 0) tree.at(-1)!.children.push(entry);
  }
  return tree;
}
