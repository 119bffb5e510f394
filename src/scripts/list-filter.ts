/**
 * Filters a server-rendered list in place. Each item carries what it is
 * matched on in data attributes; the script only hides and shows, so the
 * full list stays in the HTML for readers without JavaScript.
 */

export interface ListFilter {
  /** Items to show or hide. */
  items: HTMLElement[];
  /** Whether an item passes the current controls. */
  matches: (item: HTMLElement) => boolean;
  /** Element that announces how many items are shown. */
  status?: HTMLElement | null;
  describe?: (shown: number, total: number) => string;
  /** Containers to hide when none of their items is shown. */
  groups?: HTMLElement[];
}

export function applyFilter({ items, matches, status, describe, groups = [] }: ListFilter): number {
  let shown = 0;
  for (const item of items) {
    const visible = matches(item);
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
  if (status && describe) status.textContent = describe(shown, items.length);
  return shown;
}

/** Lower-cased, spaces removed: how typed text and item keys are compared. */
export const normalizeKey = (value: string) => value.toLowerCase().replace(/\s+/g, '');
