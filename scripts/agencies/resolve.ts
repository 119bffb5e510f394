import { pinyinSlug } from '../lib/slug.ts';
import { type Agency, type Diagnostic, type PolicyDocument, TASK_ROLES } from '../model.ts';
import { readPlaceOfName } from './department-names.ts';
import { issuerNames, jurisdictionOfDocument } from './document-jurisdiction.ts';
import { isDepartment, readIssuerDivision } from './issuer-divisions.ts';
import { UNKNOWN } from './places.ts';
import { aliasKey, type Registry, type RegistryAgency, resolveAgencyName, resolveByForm } from './registry.ts';

/** One use of a name nothing recognizes, for the build's summary and `npm run agencies -- unverified`. */
export interface UnverifiedMention {
  id: string;
  name: string;
  line: number;
}

export interface ResolvedDocument {
  document: PolicyDocument;
  /** Entries made for this document's names: jurisdictions' departments and unverified names. */
  built: RegistryAgency[];
  unverified: UnverifiedMention[];
  warnings: Diagnostic[];
}

/**
 * A name nothing recognizes, as an agency of the jurisdiction it names or the
 * document's own, marked unverified. Its id comes from the jurisdiction and
 * the name, so the same name in the same jurisdiction is one entry across
 * documents, and the id survives when someone verifies it by hand under that id.
 */
function unverifiedAgency(registry: Registry, name: string, jurisdictionId: string): RegistryAgency {
  const { jurisdiction, rest } = readPlaceOfName(registry.places, aliasKey(name), jurisdictionId);
  const id = `${jurisdiction.id}-${pinyinSlug(rest) || 'agency'}`;
  return { id, name, fullName: name, jurisdiction: jurisdiction.id, type: 'other', aliases: [name], origin: 'unverified' };
}

/**
 * The department that issued a document, first of its issuers (a joint
 * document's drafter is named first), when it is one department and not a
 * government: the body a bare 医政处 of its text belongs to.
 */
function leadDepartment(registry: Registry, issuer: string | undefined, jurisdictionId: string): RegistryAgency | undefined {
  const name = issuerNames(issuer)[0];
  if (!name || !isDepartment(registry.places, aliasKey(name), jurisdictionId)) return undefined;
  const found = resolveAgencyName(registry, name, jurisdictionId);
  return found?.built ?? registry.agencies.find((agency) => agency.id === found?.id);
}

/**
 * Gives every agency named in a document, and every body of its issuer, an
 * id. Decides the document's jurisdiction first; a name no entry, department
 * function or national agency explains becomes an unverified agency of that
 * jurisdiction, never a failure; a name of a kind its form says (a zone's
 * 管委会, an enterprise, a class; a bare 医政处 in a department's document, that
 * department's division) is that body, verified by its form. Groups (各地区, 有关部门) get an id only when
 * the hand-kept registry has a page for them.
 */
export function resolveAgencies(document: PolicyDocument, registry: Registry): ResolvedDocument {
  const { jurisdiction, source } = jurisdictionOfDocument(registry, document);
  const warnings: Diagnostic[] = [];
  if (document.jurisdiction && source !== 'sidecar') {
    warnings.push({ line: 1, message: `sidecar jurisdiction "${document.jurisdiction}" is not a registry jurisdiction id; decided from the ${source} instead` });
  }
  if (jurisdiction === UNKNOWN) {
    warnings.push({ line: 1, message: 'jurisdiction not decided: expected a sidecar `jurisdiction`, an issuer or 文号 that names a division or a central body, or a division named in the title' });
  }
  const built = new Map<string, RegistryAgency>();
  const unverified: UnverifiedMention[] = [];
  const issuingDepartment = leadDepartment(registry, document.issuer, jurisdiction.id);
  const resolve = (agency: Agency, line: number): Agency => {
    const found = resolveAgencyName(registry, agency.name, jurisdiction.id);
    if (found?.built) built.set(found.id, found.built);
    if (found) return { ...agency, id: found.id };
    if (agency.group) return agency;
    const ofKind = resolveByForm(registry, agency.name, jurisdiction.id);
    const division = issuingDepartment && readIssuerDivision(registry.places, aliasKey(agency.name), issuingDepartment);
    const kindEntry = ofKind?.built ?? (division && { ...division, aliases: [agency.name] });
    if (kindEntry) {
      built.set(kindEntry.id, kindEntry);
      return { ...agency, id: kindEntry.id };
    }
    const entry = unverifiedAgency(registry, agency.name, jurisdiction.id);
    built.set(entry.id, entry);
    unverified.push({ id: entry.id, name: agency.name, line });
    return { ...agency, id: entry.id };
  };
  const tasks = document.tasks.map((task) => {
    const resolved = { ...task };
    for (const role of TASK_ROLES) resolved[role] = task[role].map((agency) => resolve(agency, task.sourceLines.start));
    return resolved;
  });
  // A ministry's 办公厅 issues in the ministry's name: 科技部办公厅 is listed under 科技部.
  const issuers = issuerNames(document.issuer).map((name): Agency => {
    const own = resolveAgencyName(registry, name, jurisdiction.id) ?? resolveAgencyName(registry, name.replace(/(?:办公厅|办公室)$/, ''), jurisdiction.id) ?? resolveByForm(registry, name, jurisdiction.id);
    if (own?.built) built.set(own.id, own.built);
    return own ? { name, id: own.id } : resolve({ name }, 1);
  });
  return {
    document: { ...document, jurisdiction: jurisdiction.id, tasks, issuers },
    built: [...built.values()],
    unverified,
    warnings,
  };
}

/**
 * Adds one document's built entries to `merged`, in place: one entry per id,
 * the first document's (in build order) name, every spelling any document
 * used as aliases. A build merges as it goes, so it never holds every
 * document's list.
 */
export function mergeBuiltAgency(merged: Map<string, RegistryAgency>, built: readonly RegistryAgency[]): void {
  for (const entry of built) {
    const known = merged.get(entry.id);
    if (!known) merged.set(entry.id, entry);
    else if (entry.aliases.some((alias) => !known.aliases.includes(alias))) merged.set(entry.id, { ...known, aliases: [...new Set([...known.aliases, ...entry.aliases])] });
  }
}

/** The entries each document's resolution built, merged (`mergeBuiltAgency`), by id. */
export function mergeBuiltAgencies(lists: RegistryAgency[][]): RegistryAgency[] {
  const merged = new Map<string, RegistryAgency>();
  for (const built of lists) mergeBuiltAgency(merged, built);
  return [...merged.values()].sort((a, b) => a.id.localeCompare(b.id));
}
