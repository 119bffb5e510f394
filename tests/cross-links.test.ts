import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../scripts/agencies/registry.ts';
import { resolveAgencies } from '../scripts/agencies/resolve.ts';
import { agencyHistory } from '../scripts/graph/agency-facts.ts';
import { agencyPages } from '../scripts/graph/cross-links.ts';
import { openDataFiles, pageLinks } from '../scripts/graph/open-data.ts';
import { agencyToMdast, corpusOf } from '../scripts/markdown/agency-to-mdast.ts';
import { documentToMdast } from '../scripts/markdown/document-to-mdast.ts';
import { stringifyMarkdown } from '../scripts/markdown/stringify.ts';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { SEEDS } from './seeds.ts';

const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));

function buildAll() {
  const resolved = Object.values(SEEDS).map((file) => resolveAgencies(readPolicyDocument(file), registry));
  const documents = resolved.map((document) => document.document);
  const agencies = agencyPages(documents, resolved, registry);
  return { documents, agencies };
}

describe('cross-links', () => {
  const { documents, agencies } = buildAll();

  it('gives 科技厅 every task naming it in both the 2013 and the 2017 documents', () => {
    const id = 'xj-science-technology-department';
    const naming = documents.flatMap((document) =>
      document.tasks
        .filter((task) => [...task.lead, ...task.participants, ...task.responsible, ...task.guidance].some((agency) => agency.id === id))
        .map((task) => `${document.slug}#${task.id}`),
    );
    const linked = agencies.find((agency) => agency.entry.id === id)!.tasks.map((link) => `${link.doc}#${link.taskId}`);
    expect(new Set(linked)).toEqual(new Set(naming));
    expect(new Set(linked.map((key) => key.split('#')[0]))).toEqual(new Set(['xj-2013-innovation-task-division', 'xj-2017-sci-tech-reform-plan']));
  });

  it('lists an agency page grouped by document with the lead tasks first', () => {
    const page = stringifyMarkdown(agencyToMdast(agencies.find((agency) => agency.entry.id === 'changji-shi-science-technology-bureau')!, corpusOf(documents), registry.places, agencyHistory(agencies)));
    expect(page).toContain('leadCount: 7\nparticipantCount: 5\nresponsibleCount: 0\nguidanceCount: 0\ntaskCount: 12');
    expect(page.indexOf('**牵头**')).toBeLessThan(page.indexOf('**参加**'));
  });

  it('writes tasks.csv with a BOM so Excel reads UTF-8', () => {
    const files = new Map(openDataFiles(documents, agencies, registry.places));
    expect(files.get('data/tasks.csv')!.startsWith('\uFEFF文件标识,文件标题,文号,任务编号,任务序号,网址,任务内容,牵头单位')).toBe(true);
    expect(files.get('data/tasks.ndjson')!.trim().split('\n')).toHaveLength(238);
  });

  it('builds byte-identical content from the same input', () => {
    const again = buildAll();
    const render = (built: ReturnType<typeof buildAll>) => [
      ...built.documents.map((document) => stringifyMarkdown(documentToMdast(document, pageLinks(built.documents)(document)))),
      ...built.agencies.map((agency) => stringifyMarkdown(agencyToMdast(agency, corpusOf(built.documents), registry.places, agencyHistory(built.agencies)))),
      ...[...openDataFiles(built.documents, built.agencies, registry.places)].map(([, content]) => content),
    ];
    expect(render(again)).toEqual(render({ documents, agencies }));
  });
});
