/**
 * Ground truth for search, computed from the source texts and never written
 * by hand: a document contains a query when every term of it (quotes and
 * whitespace removed) is a substring of the document's source text with
 * whitespace removed, NFKC-normalized, lower-cased and folded from
 * traditional to simplified with OpenCC. Text the build reports as removed
 * (site chrome, page-break duplicates) is cut out first — a page-break
 * duplicate otherwise splits a term the reader sees whole — and the raw text
 * is kept as a second reading, so a result is correct under either.
 */
import { readFileSync } from 'node:fs';
import { toSimplified } from '../../scripts/lib/chinese-script.ts';
import type { PolicyDocument } from '../../scripts/model.ts';
import { decodePolicyText } from '../../scripts/parse/decode.ts';
import { readPolicyDocument } from '../../scripts/read-document.ts';
import { readSidecar } from '../../scripts/sidecar.ts';

const normalize = (text: string) => toSimplified(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, '');

/** Terms as a reader means them: quoted phrases whole, the rest split on whitespace. */
export function truthTerms(query: string): string[] {
  return [...query.matchAll(/"([^"]*)"|[^\s"]+/g)].map((match) => normalize(match[1] ?? match[0])).filter(Boolean);
}

/** The source lines with the build's reported removals cut out. */
function withoutRemovals(lines: string[], document: PolicyDocument): string[] {
  const edited = [...lines];
  for (const removal of [...document.removed].sort((a, b) => b.line - a.line || b.column - a.column)) {
    const line = edited[removal.line - 1] ?? '';
    const at = line.indexOf(removal.text, Math.max(0, removal.column - 1));
    if (at >= 0) edited[removal.line - 1] = line.slice(0, at) + line.slice(at + removal.text.length);
  }
  return edited;
}

export interface TruthDocument {
  slug: string;
  document: PolicyDocument;
  /** Normalized text, removals cut out. */
  text: string;
  /** Normalized raw source. */
  raw: string;
  /**
   * Each task's anchor and normalized source lines, removals cut out. Tasks
   * that share a source line with another task (clauses glued onto one line)
   * cannot be told apart by line and are left out of task-level truth.
   */
  tasks: { anchor: string; text: string }[];
}

export function loadTruth(files: string[]): TruthDocument[] {
  return files.map((file) => {
    const document = readPolicyDocument(file);
    // A sidecar supplies facts the text lacks (an editorial title, the issuer); the pages show them, so they count as source.
    const sidecar = readSidecar(file);
    const supplied = sidecar ? [sidecar.title, sidecar.issuer, sidecar.docNumber].filter((value): value is string => Boolean(value)) : [];
    const lines = [...decodePolicyText(readFileSync(file), file).text.split(/\r\n|\r|\n/), ...supplied];
    const edited = withoutRemovals(lines, document);
    return {
      slug: document.slug,
      document,
      text: normalize(edited.join('\n')),
      raw: normalize(lines.join('\n')),
      tasks: document.tasks
        .filter((task) => !document.tasks.some((other) => other !== task && other.sourceLines.start <= task.sourceLines.end && task.sourceLines.start <= other.sourceLines.end))
        .map((task) => ({ anchor: task.anchor, text: normalize(edited.slice(task.sourceLines.start - 1, task.sourceLines.end).join('\n')) })),
    };
  });
}

const containsAll = (text: string, terms: string[]) => terms.every((term) => text.includes(term));

/** Documents that contain the query (removals cut out), and those that contain it under either reading. */
export function relevantDocuments(truth: TruthDocument[], query: string): { required: Set<string>; acceptable: Set<string> } {
  const terms = truthTerms(query);
  return {
    required: new Set(truth.filter((entry) => containsAll(entry.text, terms)).map((entry) => entry.slug)),
    acceptable: new Set(truth.filter((entry) => containsAll(entry.text, terms) || containsAll(entry.raw, terms)).map((entry) => entry.slug)),
  };
}

/** Tasks whose own source lines contain every term, as `slug#anchor`. */
export function relevantTasks(truth: TruthDocument[], query: string): Set<string> {
  const terms = truthTerms(query);
  return new Set(truth.flatMap((entry) => entry.tasks.filter((task) => containsAll(task.text, terms)).map((task) => `${entry.slug}#${task.anchor}`)));
}
