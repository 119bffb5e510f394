/**
 * Ground truth for search, computed from the source texts and never written
 * by hand: a document contains a query when every term of it (quotes and
 * whitespace removed) is a substring of the document's source text with
 * whitespace removed, NFKC-normalized, lower-cased and folded from
 * traditional to simplified with OpenCC. Text the build reports as removed
 * (site chrome, page-break duplicates) is cut out first — a page-break
 * duplicate otherwise splits a term the reader sees whole — and the raw text
 * is kept as a second reading, so a result is correct under either.
 *
 * A term that is the name of an agency (a name the registry gives it, alone
 * or after its level word: 自治区人社厅) stands for that agency: a document
 * also contains it where it names the agency under another of its names or
 * assigns it a task.
 */
import { readFileSync } from 'node:fs';
import { toSimplified } from '../../scripts/lib/chinese-script.ts';
import { loadRegistry } from '../../scripts/agencies/registry.ts';
import { mergeBuiltAgencies, resolveAgencies } from '../../scripts/agencies/resolve.ts';
import { taskAgencies } from '../../scripts/graph/cross-links.ts';
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
  tasks: { anchor: string; text: string; agencies: Set<string> }[];
  /** Registry ids of the agencies its tasks are assigned to. */
  agencies: Set<string>;
}

/** Every agency's names, normalized, and its jurisdiction's name, by id: the registry's entries and those the seeds' names built. */
let agencyNames = new Map<string, { names: string[]; place: string }>();

/** The agencies a term names by the registry's names: alone, after the level word of their own jurisdiction (市 for a 市's), or after its name. */
function agenciesOfTerm(term: string): string[] {
  return [...agencyNames].filter(([, { names, place }]) => {
    const level = ['自治区', '省', '市', '区', '县', '州'].find((word) => place.endsWith(word));
    return names.some((name) => name === term || (level && `${level}${name}` === term) || (level && name === `${level}${term}`) || `${place}${name}` === term);
  }).map(([id]) => id);
}

export function loadTruth(files: string[]): TruthDocument[] {
  const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
  const resolved = files.map((file) => resolveAgencies(readPolicyDocument(file), registry));
  agencyNames = new Map([...registry.agencies, ...mergeBuiltAgencies(resolved.map((entry) => entry.built))]
    .map((agency) => [agency.id, { names: [agency.name, agency.fullName, ...agency.aliases].map(normalize), place: normalize(registry.places.byId.get(agency.jurisdiction)?.name ?? '') }]));
  return files.map((file, position) => {
    const document = resolved[position]!.document;
    // A sidecar supplies facts the text lacks (an editorial title, the issuer); the pages show them, so they count as source.
    const sidecar = readSidecar(file);
    const supplied = sidecar ? [sidecar.facts.title, sidecar.facts.issuer, sidecar.facts.docNumber].filter((value): value is string => Boolean(value)) : [];
    const lines = [...decodePolicyText(readFileSync(file), file).text.split('\n'), ...supplied];
    const edited = withoutRemovals(lines, document);
    return {
      slug: document.slug,
      document,
      text: normalize(edited.join('\n')),
      raw: normalize(lines.join('\n')),
      tasks: document.tasks
        .filter((task) => !document.tasks.some((other) => other !== task && other.sourceLines.start <= task.sourceLines.end && task.sourceLines.start <= other.sourceLines.end))
        .map((task) => ({
          anchor: task.anchor,
          text: normalize(edited.slice(task.sourceLines.start - 1, task.sourceLines.end).join('\n')),
          agencies: new Set(taskAgencies(task).flatMap(([agency]) => (agency.id ? [agency.id] : []))),
        })),
      agencies: new Set(document.tasks.flatMap((task) => taskAgencies(task).flatMap(([agency]) => (agency.id ? [agency.id] : [])))),
    };
  });
}

/** A text (with the agencies assigned there) contains a term: its words, or any name of an agency it names. */
function contains(text: string, assigned: Set<string>, term: string): boolean {
  if (text.includes(term)) return true;
  return agenciesOfTerm(term).some((id) => assigned.has(id) || agencyNames.get(id)!.names.some((name) => name.length > 1 && text.includes(name)));
}

const containsAll = (text: string, assigned: Set<string>, terms: string[]) => terms.every((term) => contains(text, assigned, term));

/** Documents that contain the query (removals cut out), and those that contain it under either reading. */
export function relevantDocuments(truth: TruthDocument[], query: string): { required: Set<string>; acceptable: Set<string> } {
  const terms = truthTerms(query);
  return {
    required: new Set(truth.filter((entry) => containsAll(entry.text, entry.agencies, terms)).map((entry) => entry.slug)),
    acceptable: new Set(truth.filter((entry) => containsAll(entry.text, entry.agencies, terms) || containsAll(entry.raw, entry.agencies, terms)).map((entry) => entry.slug)),
  };
}

/** Tasks whose own source lines contain every term, as `slug#anchor`. */
export function relevantTasks(truth: TruthDocument[], query: string): Set<string> {
  const terms = truthTerms(query);
  return new Set(truth.flatMap((entry) => entry.tasks.filter((task) => containsAll(task.text, task.agencies, terms)).map((task) => `${entry.slug}#${task.anchor}`)));
}
