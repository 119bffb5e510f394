import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../scripts/agencies/registry.ts';
import { resolveAgencies } from '../scripts/agencies/resolve.ts';
import { agencyHistory } from '../scripts/graph/agency-facts.ts';
import { pageLinks } from '../scripts/graph/open-data.ts';
import { agencyToMdast } from '../scripts/markdown/agency-to-mdast.ts';
import { documentToMdast } from '../scripts/markdown/document-to-mdast.ts';
import { stringifyMarkdown } from '../scripts/markdown/stringify.ts';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { type LinkedCorpus, linkCorpus } from './linked-corpus.ts';
import { SEEDS } from './seeds.ts';

const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));

const buildAll = () => linkCorpus(Object.values(SEEDS).map((file) => resolveAgencies(readPolicyDocument(file), registry)), registry);

const agencyPage = (corpus: LinkedCorpus, id: string) => {
  const agency = corpus.agencies.find((candidate) => candidate.entry.id === id)!;
  return stringifyMarkdown(agencyToMdast(agency, corpus.itemsOf(agency), corpus.issuedOf(agency), registry.places, agencyHistory(corpus.agencies)));
};

describe('cross-links', () => {
  const corpus = buildAll();
  const { documents, agencies } = corpus;

  it('gives 科技厅 every task naming it in both the 2013 and the 2017 documents', () => {
    const id = 'xj-science-technology-department';
    const naming = documents.flatMap((document) =>
      document.tasks
        .filter((task) => [...task.lead, ...task.participants, ...task.responsible, ...task.guidance].some((agency) => agency.id === id))
        .map((task) => `${document.slug}#${task.id}`),
    );
    const linked = corpus.itemsOf(agencies.find((agency) => agency.entry.id === id)!).map((item) => `${item.doc}#${item.taskId}`);
    expect(new Set(linked)).toEqual(new Set(naming));
    expect(new Set(linked.map((key) => key.split('#')[0]))).toEqual(new Set(['xj-2013-innovation-task-division', 'xj-2017-sci-tech-reform-plan']));
  });

  it('lists an agency page grouped by document with the lead tasks first', () => {
    const page = agencyPage(corpus, 'changji-shi-science-technology-bureau');
    expect(page).toContain('leadCount: 7\nparticipantCount: 5\nresponsibleCount: 0\nguidanceCount: 0\ntaskCount: 12');
    expect(page.indexOf('**牵头**')).toBeLessThan(page.indexOf('**参加**'));
  });

  it('writes tasks.csv with a BOM so Excel reads UTF-8', () => {
    const files = corpus.openData();
    expect(files.get('data/tasks.csv')!.startsWith('\uFEFF文件标识,文件标题,文号,任务编号,任务序号,网址,任务内容,牵头单位')).toBe(true);
    expect(files.get('data/tasks.ndjson')!.trim().split('\n')).toHaveLength(238);
  });

  it('builds byte-identical content from the same input', () => {
    const again = buildAll();
    const render = (built: ReturnType<typeof buildAll>) => [
      ...built.documents.map((document) => stringifyMarkdown(documentToMdast(document, pageLinks(built.documents)(document)))),
      ...built.agencies.map((agency) => agencyPage(built, agency.entry.id)),
      ...built.openData().values(),
    ];
    expect(render(again)).toEqual(render(corpus));
  });
});
