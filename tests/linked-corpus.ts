import type { Registry } from '../scripts/agencies/registry.ts';
import type { ResolvedDocument } from '../scripts/agencies/resolve.ts';
import { agencyIndex, type AgencyEntry, type AgencyTaskItem, agencyTaskItems, agencyTaskLinks, publishedAgencies } from '../scripts/graph/cross-links.ts';
import { agencyTaskLines, corpusOpenData, documentOpenData, documentRecord } from '../scripts/graph/open-data.ts';
import { memorySpool } from '../scripts/lib/spool.ts';
import type { IssuedDocument } from '../scripts/markdown/agency-to-mdast.ts';
import type { PolicyDocument } from '../scripts/model.ts';

export interface LinkedCorpus {
  documents: PolicyDocument[];
  agencies: AgencyEntry[];
  itemsOf(agency: AgencyEntry): AgencyTaskItem[];
  issuedOf(agency: AgencyEntry): IssuedDocument[];
  /** The open-data files the content stage writes, whole, by path under public/ (model files left out). */
  openData(): Map<string, string>;
}

/**
 * A few resolved documents linked to their agencies in memory, by the same
 * steps the content stage takes a document at a time (scripts/build-content.ts):
 * what tests of agency pages and open data read.
 */
export function linkCorpus(resolved: ResolvedDocument[], registry: Registry): LinkedCorpus {
  const sorted = [...resolved].sort((a, b) => a.document.slug.localeCompare(b.document.slug));
  const documents = sorted.map(({ document }) => document);
  const index = agencyIndex(registry);
  for (const { document, built } of sorted) index.add(document, built);
  const agencies = publishedAgencies(index.entries());
  const items = memorySpool<AgencyTaskItem>();
  for (const document of documents) {
    const links = agencyTaskLinks(document);
    agencyTaskItems(document, links).forEach((item, at) => items.append(links[at]!.agency, item));
  }
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  return {
    documents,
    agencies,
    itemsOf: (agency) => items.read(agency.entry.id),
    issuedOf: (agency) => agency.issued.map((slug) => bySlug.get(slug)!),
    openData() {
      const files = new Map<string, string>();
      const append = (path: string, content: string) => files.set(path, (files.get(path) ?? '') + content);
      documents.forEach((document, position) => {
        for (const [path, content] of documentOpenData(document, position === 0)) append(path, content);
      });
      for (const agency of agencies) append('data/agency-tasks.ndjson', agencyTaskLines(agency.entry.id, items.read(agency.entry.id)));
      append('data/documents.json', `${JSON.stringify(documents.map((document) => documentRecord(document, registry.places)))}\n`);
      for (const [path, content] of corpusOpenData(agencies, registry.places)) append(path, content);
      return files;
    },
  };
}
