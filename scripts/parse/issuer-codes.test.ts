import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  docNumberCode,
  docNumberYear,
  issuerCodeRowOfDocNumber,
  issuerCodeRowSchema,
  issuerCodes,
  issuerOfDocNumber,
  loadIssuerCodes,
} from './issuer-codes.ts';

const yamlText = readFileSync(new URL('./data/issuer-codes.yaml', import.meta.url), 'utf8');

describe('docNumberCode', () => {
  it('reads the code before any bracket style, inside parentheses or with spaces', () => {
    expect(docNumberCode('国办发〔2018〕79号')).toBe('国办发');
    expect(docNumberCode('国办发[2018]79号')).toBe('国办发');
    expect(docNumberCode('国办发［2018］79号')).toBe('国办发');
    expect(docNumberCode('国办发（2018）79号')).toBe('国办发');
    expect(docNumberCode('国办发(2018)79号')).toBe('国办发');
    expect(docNumberCode('（新党发〔2013〕7号）')).toBe('新党发');
    expect(docNumberCode(' 发改办财金规 〔2019〕860号 ')).toBe('发改办财金规');
    expect(docNumberYear('发改办财金规〔2019〕860号')).toBe(2019);
    expect(docNumberCode('第12号')).toBeUndefined();
  });
});

describe('provincial departments, composed from the province and the department', () => {
  it('names the department of a province or autonomous region', () => {
    // 江苏省市场监督管理局's 2022 task plan (tests/fixtures/real/86_…): 苏市监〔2022〕1号.
    expect(issuerOfDocNumber('苏市监〔2022〕1号')).toBe('江苏省市场监督管理局');
    expect(issuerOfDocNumber('浙发改规〔2023〕5号')).toBe('浙江省发展和改革委员会');
    expect(issuerOfDocNumber('粤人社发〔2021〕4号')).toBe('广东省人力资源和社会保障厅');
    expect(issuerOfDocNumber('湘工信投资〔2024〕139号')).toBeUndefined();
    expect(issuerCodeRowOfDocNumber('桂财〔2020〕12号')).toMatchObject({ issuer: '广西壮族自治区财政厅', kind: 'department' });
  });

  it('leaves a code to the table where both match, and composes nothing for a general office or a division', () => {
    expect(issuerOfDocNumber('苏府〔2024〕33号')).toBe('苏州市人民政府');
    expect(issuerOfDocNumber('苏财办〔2022〕3号')).toBeUndefined();
    expect(issuerOfDocNumber('沪市监〔2022〕1号')).toBeUndefined();
  });
});

describe('issuerOfDocNumber', () => {
  it('government: 国务院, provinces and cities', () => {
    expect(issuerOfDocNumber('国发〔2024〕7号')).toBe('国务院');
    expect(issuerOfDocNumber('京政发〔2024〕1号')).toBe('北京市人民政府');
    expect(issuerOfDocNumber('辽政发〔2024〕9号')).toBe('辽宁省人民政府');
    expect(issuerOfDocNumber('苏府〔2024〕33号')).toBe('苏州市人民政府');
    expect(issuerCodeRowOfDocNumber('苏政发〔2024〕1号')?.issuer).toBe('江苏省人民政府');
    expect(issuerCodeRowOfDocNumber('国发〔2024〕7号')?.kind).toBe('government');
  });

  it('general-office: 国务院办公厅 and provincial 办公厅', () => {
    expect(issuerOfDocNumber('国办发〔2018〕79号')).toBe('国务院办公厅');
    expect(issuerOfDocNumber('青政办函〔2024〕72号')).toBe('青海省人民政府办公厅');
    expect(issuerOfDocNumber('沪府办发〔2020〕1号')).toBe('上海市人民政府办公厅');
    expect(issuerOfDocNumber('新政办发〔2013〕118号')).toBe('新疆维吾尔自治区人民政府办公厅');
    expect(issuerCodeRowOfDocNumber('国办发〔2018〕79号')?.kind).toBe('general-office');
  });

  it('department: a ministry code', () => {
    expect(issuerOfDocNumber('财建〔2020〕1号')).toBe('财政部');
    expect(issuerCodeRowOfDocNumber('银发〔2020〕1号')).toMatchObject({ issuer: '中国人民银行', kind: 'department' });
  });

  it('party: a Party organ code', () => {
    expect(issuerCodeRowOfDocNumber('中组发〔2019〕1号')).toMatchObject({ issuer: '中共中央组织部', kind: 'party' });
  });

  it('joint: a Party committee code used for joint Party and government documents', () => {
    expect(issuerCodeRowOfDocNumber('中发〔2021〕7号')).toMatchObject({ issuer: '中共中央', kind: 'joint' });
    expect(issuerCodeRowOfDocNumber('新党发〔2013〕7号')).toMatchObject({ issuer: '中共新疆维吾尔自治区委员会', kind: 'joint' });
  });

  it('prefix family: the longest prefix row wins, an exact row beats a prefix', () => {
    expect(issuerOfDocNumber('发改办财金规〔2019〕860号')).toBe('国家发展和改革委员会办公厅');
    expect(issuerOfDocNumber('发改价格〔2019〕1号')).toBe('国家发展和改革委员会');
    expect(issuerOfDocNumber('国科发区〔2019〕268号')).toBe('科学技术部');
    expect(issuerOfDocNumber('国科办基〔2019〕61号')).toBe('科学技术部办公厅');
    expect(issuerOfDocNumber('工信部联规〔2020〕1号')).toBe('工业和信息化部');
    // 国科金发 is the natural science foundation's own code, not a 国科发 family member.
    expect(issuerOfDocNumber('国科金发〔2020〕1号')).toBe('国家自然科学基金委员会');
  });

  it('a row with `since` gives nothing for earlier years', () => {
    expect(issuerOfDocNumber('环大气〔2019〕1号')).toBe('生态环境部');
    expect(issuerOfDocNumber('环大气〔2017〕1号')).toBeUndefined();
  });

  it('unknown and deliberately omitted codes give undefined', () => {
    expect(issuerOfDocNumber('某政办发〔2024〕1号')).toBeUndefined();
    expect(issuerOfDocNumber('都办发〔2019〕86号')).toBeUndefined();
    expect(issuerOfDocNumber('宁政发〔2020〕1号')).toBeUndefined();
    expect(issuerOfDocNumber('没有文号')).toBeUndefined();
    // 发改 covers codes starting with it, not codes that merely contain it.
    expect(issuerOfDocNumber('苏发改价格发〔2024〕1号')).toBeUndefined();
  });
});

describe('the table', () => {
  it('every row validates and no two rows share a code', () => {
    const raw = parseYaml(yamlText) as unknown[];
    expect(Array.isArray(raw)).toBe(true);
    for (const row of raw) expect(issuerCodeRowSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
    const codes = raw.map((row) => (row as { code: string }).code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    expect(issuerCodes().rows).toHaveLength(raw.length);
  });

  it('covers every row kind', () => {
    const kinds = new Set(issuerCodes().rows.map((row) => row.kind));
    expect([...kinds].sort()).toEqual(['department', 'general-office', 'government', 'joint', 'party']);
    expect(issuerCodes().prefixRows.length).toBeGreaterThan(0);
  });

  it('rejects a duplicate code and a malformed row', () => {
    expect(() => loadIssuerCodes('- { code: 国发, issuer: 国务院, kind: government }\n- { code: 国发, issuer: 国务院, kind: government }')).toThrow(/duplicate code 国发/);
    expect(() => loadIssuerCodes('- { code: 国发, issuer: 国务院, kind: ministry }')).toThrow(/kind/);
    expect(() => loadIssuerCodes('- { code: 财, issuer: 财政部, kind: department, match: prefix }')).toThrow(/code/);
  });
});
