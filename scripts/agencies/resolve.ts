import { type Agency, type Diagnostic, type PolicyDocument, TASK_ROLES } from '../model.ts';
import { jurisdictionOfIssuer, type Registry, resolveAgencyName, suggestAlias } from './registry.ts';

/**
 * Gives every agency named in a document its registry id. Returns the
 * document with ids filled in and one diagnostic per name the registry does
 * not know, with a suggestion, so that a new document grows the registry
 * instead of silently splitting an agency.
 */
export function resolveAgencies(document: PolicyDocument, registry: Registry): { document: PolicyDocument; unknown: Diagnostic[] } {
  const jurisdiction = document.jurisdiction ?? jurisdictionOfIssuer(registry, document.issuer);
  const unknown: Diagnostic[] = [];
  if (!jurisdiction) {
    const named = document.tasks.some((task) => TASK_ROLES.some((role) => task[role].length > 0));
    if (named) unknown.push({ line: 1, message: `no jurisdiction for issuer "${document.issuer ?? ''}"; expected a sidecar \`jurisdiction\` or an issuer the registry's jurisdictions name` });
    return { document, unknown };
  }
  const resolve = (agency: Agency, line: number): Agency => {
    const found = resolveAgencyName(registry, agency.name, jurisdiction);
    if (found) return { ...agency, id: found.id };
    const suggestion = suggestAlias(registry, agency.name, jurisdiction);
    unknown.push({
      line,
      message: `unknown agency "${agency.name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; add it to content/agencies.yaml under ${jurisdiction}`,
    });
    return agency;
  };
  const tasks = document.tasks.map((task) => {
    const resolved = { ...task };
    for (const role of TASK_ROLES) resolved[role] = task[role].map((agency) => resolve(agency, task.sourceLines.start));
    return resolved;
  });
  return { document: { ...document, jurisdiction, tasks }, unknown };
}
