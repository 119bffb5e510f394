/**
 * A `<table>` as a grid of cell texts. Merged cells are laid on the grid the
 * way a reader sees them: the text stands in the first row and column the
 * cell covers, and every other position it covers is left empty, so each row
 * has one entry per column and no text is written twice. The task-table
 * reader already takes an empty cell under a merged 序号 or 牵头单位 as the
 * row above continuing.
 */
import type { Element } from 'hast';

/** One row of a table: its `<tr>` and the text of each column. */
export interface GridRow {
  element: Element;
  cells: string[];
}

/** A span attribute as a count: `rowspan="3"` → 3; absent, zero or garbage → 1. */
function span(value: unknown): number {
  const count = Number(value);
  return Number.isInteger(count) && count > 1 ? Math.min(count, 1000) : 1;
}

/** The rows of `table` (its own, not those of a table nested in a cell), merged cells placed as the module comment says. */
export function tableGrid(table: Element, cellText: (cell: Element) => string): GridRow[] {
  const rows = ownRows(table);
  // For each column, how many more rows a cell from above still covers.
  const covered: number[] = [];
  return rows.map((row) => {
    const cells: string[] = [];
    let column = 0;
    const skipCovered = () => {
      while ((covered[column] ?? 0) > 0) {
        covered[column]! -= 1;
        cells[column] = '';
        column += 1;
      }
    };
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      skipCovered();
      const rows = span(cell.properties.rowSpan);
      const columns = span(cell.properties.colSpan);
      for (let offset = 0; offset < columns; offset++) {
        cells[column + offset] = offset === 0 ? cellText(cell) : '';
        if (rows > 1) covered[column + offset] = rows - 1;
      }
      column += columns;
    }
    // Cells from above that reach past this row's last own cell.
    while (column < covered.length) {
      if ((covered[column] ?? 0) > 0) {
        covered[column]! -= 1;
        cells[column] = '';
      }
      column += 1;
    }
    return { element: row, cells: Array.from(cells, (cell) => cell ?? '') };
  });
}

/** The `<tr>`s of a table, through thead/tbody/tfoot, leaving a table nested in a cell to that cell. */
function ownRows(parent: Element): Element[] {
  return parent.children.flatMap((child) => {
    if (child.type !== 'element' || child.tagName === 'table') return [];
    return child.tagName === 'tr' ? [child] : ownRows(child);
  });
}
