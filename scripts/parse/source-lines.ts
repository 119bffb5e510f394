import type { Diagnostic, Removed } from '../model.ts';

/** One line of the source file with its 1-based line number. */
export interface SourceLine {
  line: number;
  text: string;
  /** The line as the file has it, before any recognizer blanked or cut syntax out of `text`. */
  raw: string;
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((lineText, index) => ({ line: index + 1, text: lineText, raw: lineText }));
}

export function isBlank(text: string): boolean {
  return /^[\s\u3000\u00a0]*$/.test(text);
}

/** What a recognizer reports besides the model fragment it returns. */
export interface Findings {
  removed: Removed[];
  warnings: Diagnostic[];
}

export function emptyFindings(): Findings {
  return { removed: [], warnings: [] };
}

/** Records a whole line as removed, at the column where its text starts. */
export function removeLine(findings: Findings, source: SourceLine, reason: Removed['reason']): void {
  // The whole line as written goes, syntax already reported on it included.
  findings.removed = findings.removed.filter((removed) => removed.line !== source.line);
  const column = source.raw.search(/[^\s\u3000\u00a0]/) + 1;
  findings.removed.push({ line: source.line, column, text: source.raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''), reason });
}
