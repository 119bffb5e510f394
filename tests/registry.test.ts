import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry, resolveAgencyName } from '../scripts/agencies/registry.ts';
import { resolveAgencies } from '../scripts/agencies/resolve.ts';
import { SEEDS, type SeedName, seed, task } from './seeds.ts';

const registry = loadRegistry(readFileSync('content/agencies.yaml', 'utf8'));
const resolved = (name: SeedName) => resolveAgencies(seed(name), registry);
const idOf = (name: string, jurisdiction: string) => resolveAgencyName(registry, name, jurisdiction)?.id;

describe('agency registry', () => {
  for (const name of Object.keys(SEEDS) as SeedName[]) {
    it(`${name}: every agency name resolves to one registry entry`, () => {
      expect(resolved(name).unverified).toEqual([]);
    });
  }

  it('merges the spellings of one agency', () => {
    const pairs: [string, string][] = [
      ['人社厅', '人力资源和社会保障厅'],
      ['中国人民银行乌鲁木齐中心支行', '人行乌中心支行'],
      ['科技兴新办', '科技兴新办公室'],
      ['自治区党委组织部', '党委组织部'],
      ['自治区人民政府法制办', '政府法制办'],
      ['新疆保监局', '保监局'],
    ];
    for (const [a, b] of pairs) {
      expect(idOf(a, 'xinjiang'), `${a} = ${b}`).toBeDefined();
      expect(idOf(a, 'xinjiang'), `${a} = ${b}`).toBe(idOf(b, 'xinjiang'));
    }
  });

  it('keeps agencies with the same short name apart by jurisdiction', () => {
    const changji = idOf('市科技局', 'changji-shi');
    const unknownCity = idOf('市科技局', 'unknown-city');
    const region = idOf('科技厅', 'xinjiang');
    expect(new Set([changji, unknownCity, region]).size).toBe(3);
    expect(idOf('科技厅', 'changji-shi')).toBe(region);
  });

  it('expands the compound park committee into five agencies', () => {
    const participants = task(resolved('000').document, '9').participants.filter((agency) => agency.name.includes('国家农业科技园区'));
    expect(new Set(participants.map((agency) => agency.id)).size).toBe(5);
  });

  it('gives 科技厅 its tasks from both the 2013 and the 2017 documents', () => {
    const region = idOf('科技厅', 'xinjiang');
    const count = (name: SeedName) =>
      resolved(name).document.tasks.filter((t) => [...t.lead, ...t.participants, ...t.responsible].some((agency) => agency.id === region)).length;
    expect(count('000')).toBeGreaterThan(40);
    expect(count('003')).toBeGreaterThan(60);
  });
});
