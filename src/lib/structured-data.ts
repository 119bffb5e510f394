import type { CitedWork } from './reference-format.ts';

/** What schema.org `Legislation` data says of a document. */
export interface LegislationFacts {
  work: CitedWork;
  /** The full title as the document prints it. */
  title: string;
  /** Name of the jurisdiction (新疆维吾尔自治区, 全国). */
  jurisdiction: string;
  /** `zh-CN` or `zh-Hant`. */
  language: string;
  /** Absolute address, when the site's public address is known. */
  url?: string;
}

/**
 * schema.org `Legislation` for a document page: 文号 as `legislationIdentifier`,
 * its date, its issuers as `legislationPassedBy`, its jurisdiction and language.
 */
export function legislationData(facts: LegislationFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: facts.title,
    ...(facts.work.docNumber ? { legislationIdentifier: facts.work.docNumber } : {}),
    ...(facts.work.date ? { legislationDate: facts.work.date } : {}),
    legislationPassedBy: facts.work.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    ...(facts.jurisdiction ? { legislationJurisdiction: facts.jurisdiction } : {}),
    inLanguage: facts.language,
    ...(facts.url ? { url: facts.url } : {}),
  };
}

/** schema.org data for one clause: a `Legislation` that `isPartOf` its document. */
export function clauseData(clause: { name: string; text: string; url?: string }, document: LegislationFacts): Record<string, unknown> {
  const { '@context': context, ...parent } = legislationData(document);
  return {
    '@context': context,
    '@type': 'Legislation',
    name: clause.name,
    text: clause.text,
    inLanguage: document.language,
    ...(clause.url ? { url: clause.url } : {}),
    isPartOf: parent,
  };
}
