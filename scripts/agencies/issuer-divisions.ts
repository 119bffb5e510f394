import { pinyinSlug } from '../lib/slug.ts';
import { BODY_KINDS, endingOf, namesSeveral } from './body-kinds.ts';
import { readDepartmentName, readPlaceOfName } from './department-names.ts';
import type { Places } from './places.ts';
import type { RegistryAgency } from './registry.ts';

/**
 * Is the body that issued a document one department (a 卫健委, a 市场监管局),
 * whose own divisions its text names bare? A government or its general
 * office is not: their documents' bare names are departments.
 */
export function isDepartment(places: Places, issuerName: string, jurisdiction: string): boolean {
  const reading = readDepartmentName(places, issuerName, jurisdiction);
  return reading !== undefined && !BODY_KINDS.divisions.wholeGovernment.includes(reading.functionId);
}

/**
 * A bare division name (医政处, 信统处, 执法稽查局), no place before it, in a
 * document a department issued: that department's division, under its id and
 * full name (广州市卫生健康委员会医政处), with the department as parent.
 */
export function readIssuerDivision(places: Places, name: string, issuer: RegistryAgency): RegistryAgency | undefined {
  const ending = endingOf(name, BODY_KINDS.divisions.endings);
  if (!ending || name.length <= ending.length + 1 || namesSeveral(name)) return undefined;
  if (readPlaceOfName(places, name, issuer.jurisdiction).rest !== name) return undefined;
  return {
    id: `${issuer.id}-${pinyinSlug(name)}`,
    name: `${issuer.fullName}${name}`,
    fullName: `${issuer.fullName}${name}`,
    jurisdiction: issuer.jurisdiction,
    type: 'division',
    aliases: [name],
    origin: 'form',
    parent: issuer.id,
  };
}
