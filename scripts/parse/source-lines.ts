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
  /** In the order reported; read them through `removedText`, which drops what a whole-line removal covers. */
  removed: Removed[];
  warnings: Diagnostic[];
  /** For each line removed whole, how many entries of `removed` came before: those of that line are covered. */
  wholeLines: Map<number, number>;
}

export function emptyFindings(): Findings {
  return { removed: [], warnings: [], wholeLines: new Map() };
}

/** Records a whole line as removed, at the column where its text starts. */
export function removeLine(findings: Findings, source: SourceLine, reason: Removed['reason']): void {
  // The whole line as written goes, syntax already reported on it included. Those reports are dropped
  // once, in `removedText`: filtering the list at each removed line cost its length each time.
  findings.wholeLines.set(source.line, findings.removed.length);
  const column = source.raw.search(/[^\s\u3000\u00a0]/) + 1;
  findings.removed.push({ line: source.line, column, text: source.raw.trim(), reason });
}

/** What was removed, without the reports a later whole-line removal covers. */
export function removedText(findings: Findings): Removed[] {
  return findings.removed.filter((removed, index) => index >= (findings.wholeLines.get(removed.line) ?? 0));
}
