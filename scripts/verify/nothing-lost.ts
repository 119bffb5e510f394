import type { LineRange, PolicyDocument, StructureNode } from '../model.ts';

/** A piece of model text with the source lines it may come from. */
interface Field {
  text: string;
  lines: LineRange;
}

export interface LostText {
  line: number;
  /** The source around the first character the model does not hold. */
  context: string;
  message: string;
}

function structureFields(nodes: StructureNode[]): Field[] {
  return nodes.flatMap((node): Field[] => {
    if (node.kind === 'table') {
      return [
        ...(node.caption ? [node.caption] : []),
        // A header copied one cell per line runs down to the first row.
        ...node.header.map((text) => ({ text, lines: { start: node.lines.start, end: node.rows[0]?.lines.start ?? node.lines.end } })),
        ...(node.headings ?? []),
        ...node.rows.flatMap((row) => [
          { text: row.number.marker, lines: row.lines },
          { text: row.text, lines: row.lines },
          ...row.cells.map((cell) => ({ text: cell.text, lines: row.lines })),
        ]),
        ...(node.notes ?? []),
      ];
    }
    // A table's assignment is its cells, a clause's is its own words: only split-off assignments are text of their own.
    const assignment = node.assignment && (node.assignment.form === 'paren' || node.assignment.form === 'lines') ? [{ text: node.assignment.raw, lines: node.assignment.lines }] : [];
    return [
      { text: node.number.marker, lines: { start: node.lines.start, end: node.lines.start } },
      { text: node.text, lines: node.lines },
      ...node.paragraphs,
      ...assignment,
      ...structureFields(node.children),
    ];
  });
}

/** Every text field of the model, in document order. */
export function modelFields(document: PolicyDocument): Field[] {
  const metadata = (document.metadataTable?.cells ?? []).flatMap((cell) => [
    { text: cell.label, lines: { start: cell.line, end: cell.line } },
    { text: cell.value, lines: { start: cell.line, end: cell.line } },
  ]);
  return [...metadata, ...document.preamble, ...structureFields(document.structure)];
}

const WHITESPACE = /[\s\u3000\u00a0\ufeff]/;
/** Characters looked at to choose between fields that begin alike. */
const AHEAD = 200;

/**
 * Checks that every non-whitespace character of the source appears, in
 * order, in the model's text fields, except what `removed` lists. Fields may
 * interleave only where the source does (a table row continued on the next
 * page); each field is consumed from its start, and every field must be used
 * up, so the model adds nothing either. Returns the first problem found.
 */
export function findLostText(source: string, document: PolicyDocument): LostText | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const removedAt = new Map<number, { column: number; length: number }[]>();
  for (const removed of document.removed) {
    const spans = removedAt.get(removed.line) ?? [];
    spans.push({ column: removed.column - 1, length: removed.text.length });
    removedAt.set(removed.line, spans);
  }
  const fields = modelFields(document)
    .map((field) => ({
      chars: [...field.text].filter((char) => !WHITESPACE.test(char)),
      lines: field.lines,
      position: 0,
    }))
    .filter((field) => field.chars.length > 0)
    .sort((a, b) => a.lines.start - b.lines.start);
  // In table lines `|` separates cells, as a tab does: it is syntax, not text.
  const tableRanges = [
    ...(document.metadataTable ? [document.metadataTable.lines] : []),
    ...document.structure.flatMap((node) => (node.kind === 'table' ? [node.lines] : [])),
  ];
  // Fields in document order start in source order: open them as their first line is reached.
  const open = new Set<number>();
  let nextToOpen = 0;
  let current = -1;
  for (const [index, lineText] of lines.entries()) {
    const lineNumber = index + 1;
    const inTable = tableRanges.some((range) => range.start <= lineNumber && lineNumber <= range.end);
    const spans = removedAt.get(lineNumber) ?? [];
    for (const span of spans) {
      const expected = document.removed.find((removed) => removed.line === lineNumber && removed.column - 1 === span.column)!.text;
      if (lineText.slice(span.column, span.column + span.length) !== expected) {
        return { line: lineNumber, context: lineText.slice(0, 40), message: `removed text "${expected}" is not at column ${span.column + 1}` };
      }
    }
    let cellStart = false;
    for (let column = 0; column < lineText.length; column++) {
      const char = lineText[column]!;
      if (inTable && /[\t|｜]/.test(char)) {
        // A cell boundary: the next character starts the row's next cell, even if the
        // cell before could go on with it (a row's text continued further down the page).
        cellStart = true;
        continue;
      }
      if (WHITESPACE.test(char)) continue;
      const span = spans.find((removed) => column >= removed.column && column < removed.column + removed.length);
      if (span) continue;
      const atCellStart = cellStart;
      cellStart = false;
      const active = fields[current];
      if (active && active.chars[active.position] === char && !atCellStart) {
        active.position++;
        if (active.position === active.chars.length) open.delete(current);
        continue;
      }
      while (fields[nextToOpen] && fields[nextToOpen]!.lines.start <= lineNumber) open.add(nextToOpen++);
      let next: number | undefined;
      if (atCellStart) {
        // Cells of one row may begin alike (`…用车27辆 | …用车24辆`): the cell is the field that matches furthest.
        const ahead = [...lineText.slice(column).split(inTable ? /[\t|｜]/ : /$^/)[0]!].filter((later) => !WHITESPACE.test(later));
        const reach = (fieldIndex: number) => {
          const chars = fields[fieldIndex]!.chars;
          let length = 0;
          while (length < ahead.length && chars[length] === ahead[length]) length++;
          return length;
        };
        const starting = [...open].filter((fieldIndex) => fields[fieldIndex]!.position === 0 && fields[fieldIndex]!.lines.start === lineNumber && fields[fieldIndex]!.chars[0] === char);
        next = starting.sort((a, b) => reach(b) - reach(a))[0];
      }
      const fresh: number[] = [];
      for (const fieldIndex of next === undefined ? open : []) {
        const field = fields[fieldIndex]!;
        if (field.chars[field.position] !== char || field.lines.end < lineNumber) continue;
        // Prefer a field already begun: a row's text continued after its other cells.
        if (field.position > 0) {
          next = fieldIndex;
          break;
        }
        fresh.push(fieldIndex);
      }
      if (next === undefined && fresh.length > 0) {
        // Fields that begin alike on one line (a clause's `（责任单位：…）` and the `（叁）…` paragraph after it):
        // the one that matches furthest along the line.
        const ahead = [...lineText.slice(column, column + AHEAD).split(inTable ? /[\t|｜]/ : /$^/)[0]!].filter((later) => !WHITESPACE.test(later));
        const reach = (fieldIndex: number) => {
          const chars = fields[fieldIndex]!.chars;
          let length = 0;
          while (length < ahead.length && chars[length] === ahead[length]) length++;
          return length;
        };
        next = fresh.length === 1 ? fresh[0] : fresh.reduce((best, candidate) => (reach(candidate) > reach(best) ? candidate : best));
      }
      if (next === undefined) {
        return {
          line: lineNumber,
          context: lineText.slice(Math.max(0, column - 15), column + 15),
          message: `"${char}" at column ${column + 1} is in no text field of the model and not listed as removed`,
        };
      }
      const field = fields[next]!;
      field.position++;
      if (field.position === field.chars.length) open.delete(next);
      current = next;
    }
  }
  const unused = fields.find((field) => field.position < field.chars.length);
  if (unused) {
    return {
      line: unused.lines.start,
      context: unused.chars.slice(unused.position, unused.position + 30).join(''),
      message: 'the model holds text that is not in the source',
    };
  }
  return undefined;
}
