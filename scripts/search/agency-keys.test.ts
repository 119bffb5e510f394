import { describe, expect, it } from 'vitest';
import { agencyLookupKeys } from './agency-keys.ts';

describe('agencyLookupKeys', () => {
  it('spells names, full names and aliases in pinyin and in initials', () => {
    const keys = agencyLookupKeys({ id: 'xj-science-technology-department', name: '科技厅', fullName: '新疆维吾尔自治区科学技术厅', jurisdiction: 'xinjiang', type: 'department', aliases: ['科技厅', '自治区科技厅'] } as never);
    expect(keys).toEqual(expect.arrayContaining(['科技厅', 'kejiting', 'kjt', '新疆维吾尔自治区科学技术厅', 'zzqkjt']));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('spells 人社厅 as rst', () => {
    expect(agencyLookupKeys({ id: 'x', name: '人社厅', jurisdiction: 'xinjiang', type: 'department', aliases: ['人社厅', '人力资源和社会保障厅'] } as never)).toContain('rst');
  });
});
