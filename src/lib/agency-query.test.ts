import { describe, expect, it } from 'vitest';
import { agenciesNamed, type FinderAgency } from './agency-query.ts';
import { parseFoldMap } from './search-text.ts';

const agency = (id: string, jurisdiction: string, names: string[]): FinderAgency => ({
  id, url: `/agencies/${id}/`, name: names[0]!, fullName: null, jurisdiction, taskCount: 1, roleCounts: { lead: 1, participant: 0, responsible: 0, guidance: 0 }, names, keys: [],
});
const hrss = agency('xj-hrss', '新疆维吾尔自治区', ['人社厅', '人力资源和社会保障厅', '新疆维吾尔自治区人力资源和社会保障厅']);
const changji = agency('changji-sti', '昌吉市', ['市科技局']);
const other = agency('baotou-sti', '包头市', ['包头市科学技术局', '市科技局']);
const fold = parseFoldMap('廳厅會会');

describe('agenciesNamed', () => {
  it('knows an agency by any of its names, with or without its jurisdiction, in either script', () => {
    for (const query of ['人社厅', '人力资源和社会保障厅', '自治区人社厅', '新疆维吾尔自治区人力资源和社会保障厅', '新疆维吾尔自治区人社厅', '人社廳']) {
      expect(agenciesNamed(query, [hrss, changji], fold).map((found) => found.id), query).toEqual(['xj-hrss']);
    }
  });

  it('offers every agency a shared name may mean, and nothing for a word that names none', () => {
    expect(agenciesNamed('市科技局', [hrss, changji, other], fold).map((found) => found.id)).toEqual(['changji-sti', 'baotou-sti']);
    expect(agenciesNamed('科技', [hrss, changji, other], fold)).toEqual([]);
  });
});
