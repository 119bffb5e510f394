import type { NumberStyle, SectionNode, StructureNode, TableNode, TableRowNode } from '../model.ts';
import { anchorSegment } from './numbering.ts';
import type { Findings } from './source-lines.ts';

type Numbered = SectionNode | TableRowNode;

interface Placed {
  node: Numbered;
  parent?: { id: string; anchor: string };
}

/** Latin multiplicatives, as legislation numbers an inserted provision: 5, 5bis, 5ter. */
const REPEATS = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

function collect(structure: StructureNode[]): { placed: Placed[]; tables: TableNode[] } {
  const placed: Placed[] = [];
  const tables = structure.filter((node): node is TableNode => node.kind === 'table');
  const walk = (nodes: StructureNode[], parent?: SectionNode) => {
    for (const node of nodes) {
      if (node.kind === 'table') {
        const index = tables.indexOf(node) + 1;
        node.id = tables.length > 1 ? `表${index}` : '表';
        node.anchor = tables.length > 1 ? `table${index}` : 'table';
        const groups = restartingGroups(node);
        node.rows.forEach((row, position) => {
          const group = groups?.[position];
          // Rows numbered anew under each heading row (`1. 分类投放` 1–5, `2. 分类运输与转运` 1–5) are numbered within it: 表.2.1.
          const parent = group === undefined ? (tables.length > 1 ? node : undefined) : { id: `${node.id}.${group}`, anchor: `${node.anchor}-g${group}` };
          placed.push(parent ? { node: row, parent } : { node: row });
        });
      } else {
        placed.push(parent ? { node, parent } : { node });
        walk(node.children, node);
      }
    }
  };
  walk(structure);
  return { placed, tables };
}

/**
 * For a table whose row numbers start again at 1 under a heading row, the
 * 1-based heading group of each row; undefined when the numbers run on.
 */
function restartingGroups(table: TableNode): number[] | undefined {
  const headings = table.headings ?? [];
  const restarts = headings.some((heading) => heading.beforeRow > 0 && table.rows[heading.beforeRow]?.number.value === 1);
  if (!restarts) return undefined;
  return table.rows.map((_, position) => headings.filter((heading) => heading.beforeRow <= position).length);
}

/**
 * Gives every numbered node an id and an ASCII anchor derived only from the
 * document's own numbering. A style numbered straight through the document
 * (items 1–63) keeps bare numbers (`27` → `t27`); a style that restarts in
 * each section is qualified by its parent (`三.(一).1` → `s3-p1-t1`). A number
 * that still repeats is a duplicate and becomes `5bis`, with a warning.
 */
export function assignIdentifiers(structure: StructureNode[], findings: Findings): void {
  const { placed } = collect(structure);
  // A style restarts when the same number stands under two different parents;
  // the same number twice under one parent is a duplicate, not a restart.
  const parentsOfLabel = new Map<string, Set<unknown>>();
  for (const { node, parent } of placed) {
    const key = `${node.number.style}\u0000${node.number.label}`;
    const parents = parentsOfLabel.get(key) ?? new Set();
    parents.add(parent);
    parentsOfLabel.set(key, parents);
  }
  const restarts = new Set<NumberStyle>();
  for (const { node } of placed) {
    if (parentsOfLabel.get(`${node.number.style}\u0000${node.number.label}`)!.size > 1) restarts.add(node.number.style);
  }

  const used = new Map<string, Numbered>();
  // Parents come before children in `placed`, so a parent's id is final when a child reads it.
  for (const { node, parent } of placed) {
    const segment = anchorSegment(node.number);
    // Rows and 职责分工 paragraphs are numbered only within their table or section.
    const qualify = parent !== undefined && (restarts.has(node.number.style) || node.number.style === 'row' || node.number.style === 'paragraph');
    let id = qualify ? `${parent.id}.${node.number.label}` : node.number.label;
    let anchor = qualify ? `${parent.anchor}-${segment}` : segment;
    const first = used.get(id);
    if (first && first.number.style !== node.number.style && parent && !qualify) {
      id = `${parent.id}.${node.number.label}`;
      anchor = `${parent.anchor}-${segment}`;
    }
    const baseId = id;
    const baseAnchor = anchor;
    for (let repeat = 0; used.has(id); repeat++) {
      const suffix = REPEATS[repeat] ?? `r${repeat + 2}`;
      id = `${baseId}${suffix}`;
      anchor = `${baseAnchor}${suffix}`;
    }
    if (id !== baseId) {
      findings.warnings.push({
        line: node.lines.start,
        message: `duplicate number ${node.number.marker} (first at line ${used.get(baseId)!.lines.start}); expected the next number in sequence, numbered ${id}`,
      });
    }
    node.id = id;
    node.anchor = anchor;
    used.set(id, node);
  }
}
