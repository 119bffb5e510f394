import type { PolicyDocument } from '../model.ts';
import { issuerOfDocNumber } from '../parse/issuer-codes.ts';
import { COUNTRY, type Jurisdiction, placeAtStart, placeInText, UNKNOWN } from './places.ts';
import { aliasKey, type Registry } from './registry.ts';

export type JurisdictionSource = 'sidecar' | 'issuer' | 'doc-number' | 'title' | 'unknown';

/** The bodies of a joint issuer line: `国家发展改革委、财政部` → two names. */
export function issuerNames(issuer: string | undefined): string[] {
  return (issuer ?? '').split(/[、，,;；\s]+/).map((name) => name.trim()).filter(Boolean);
}

/** Central bodies' names begin so: 国务院, 中共中央, 全国人大, 中央网信办. */
const CENTRAL = /^(?:国务院|中共中央|中央|全国)/;

/** The jurisdiction an issuing body belongs to: the division its name begins with, or the country for a central body. */
function jurisdictionOfIssuerName(registry: Registry, name: string): Jurisdiction | undefined {
  const folded = aliasKey(name).replace(/^中共/, '');
  const place = placeAtStart(registry.places, folded, [COUNTRY]);
  if (place) return place.jurisdiction;
  const central = CENTRAL.test(aliasKey(name)) || registry.nationalByAlias.has(folded) || registry.nationalByAlias.has(folded.replace(/(?:办公厅|办公室)$/, ''));
  return central ? COUNTRY : undefined;
}

/**
 * The jurisdiction a document belongs to, and what decided it, in this order:
 * its sidecar's `jurisdiction`; its issuer (the first body that names a place
 * or is central); the body whose 机关代字 its 文号 carries; the first division
 * its title names in full. Else `unknown`.
 */
export function jurisdictionOfDocument(registry: Registry, document: PolicyDocument): { jurisdiction: Jurisdiction; source: JurisdictionSource } {
  const sidecar = document.jurisdiction && registry.places.byId.get(document.jurisdiction);
  if (sidecar) return { jurisdiction: sidecar, source: 'sidecar' };
  for (const name of issuerNames(document.issuer)) {
    const found = jurisdictionOfIssuerName(registry, name);
    if (found) return { jurisdiction: found, source: 'issuer' };
  }
  const codeHolder = document.docNumber && issuerOfDocNumber(document.docNumber);
  const byCode = codeHolder && jurisdictionOfIssuerName(registry, codeHolder);
  if (byCode) return { jurisdiction: byCode, source: 'doc-number' };
  const inTitle = placeInText(registry.places, aliasKey(document.title));
  if (inTitle) return { jurisdiction: inTitle, source: 'title' };
  return { jurisdiction: UNKNOWN, source: 'unknown' };
}
