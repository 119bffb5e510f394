import { describe, expect, it } from 'vitest';
import { parseAgencyList } from './agency-list.ts';
import { parseAssignmentText } from './assignment-text.ts';
import { splitTrailingAssignment } from './assignment-paren.ts';

const names = (agencies: { name: string }[]) => agencies.map((agency) => agency.name);

describe('parseAgencyList', () => {
  it('distributes a shared 市 prefix within a 、 run but not into 市场', () => {
    expect(names(parseAgencyList('市发改委、市场监督管理局'))).toEqual(['市发改委', '市市场监督管理局']);
  });

  it('distributes 各 and starts a new run after ，', () => {
    expect(names(parseAgencyList('市科技局,各乡镇、街道'))).toEqual(['市科技局', '各乡镇', '各街道']);
  });

  it('keeps names that carry their own jurisdiction', () => {
    expect(names(parseAgencyList('市发改委、州生态环境局昌吉市分局、自治区科技厅'))).toEqual([
      '市发改委', '州生态环境局昌吉市分局', '自治区科技厅',
    ]);
  });

  it('removes stray spaces and a trailing 等, keeping inner parentheses', () => {
    expect(names(parseAgencyList('科 技厅、外（侨）办、有关园区管委会及所在地政府(行署)等'))).toEqual([
      '科技厅', '外（侨）办', '有关园区管委会及所在地政府(行署)',
    ]);
  });
});

describe('parseAssignmentText', () => {
  it('reads 牵头 and 参加 clauses', () => {
    const roles = parseAssignmentText('经信委、科技厅牵头,发改委、财政厅等参加', undefined);
    expect(names(roles.lead)).toEqual(['经信委', '科技厅']);
    expect(names(roles.participants)).toEqual(['发改委', '财政厅']);
  });

  it('reads inline labels （牵头单位：X，配合单位：Y）', () => {
    const roles = parseAssignmentText('牵头单位：省科技厅，配合单位：省财政厅、省教育厅', undefined);
    expect(names(roles.lead)).toEqual(['省科技厅']);
    expect(names(roles.participants)).toEqual(['省财政厅', '省教育厅']);
  });

  it('reads （责任单位：…） as responsible without a lead', () => {
    const roles = parseAssignmentText('责任单位：市科技局、市财政局', undefined);
    expect(names(roles.responsible)).toEqual(['市科技局', '市财政局']);
    expect(roles.lead).toEqual([]);
  });

  it('reads （A、B负责） as responsible, or as lead and participant under 排在第一位的为牵头单位', () => {
    expect(names(parseAssignmentText('省发展改革委、省科技厅负责', undefined).responsible)).toEqual(['省发展改革委', '省科技厅']);
    const ruled = parseAssignmentText('省发展改革委、省科技厅负责', 'first-listed');
    expect(names(ruled.lead)).toEqual(['省发展改革委']);
    expect(names(ruled.participants)).toEqual(['省科技厅']);
  });

  it('reads X会同有关部门负责 as a lead convening the others', () => {
    const roles = parseAssignmentText('省科技厅会同有关部门负责', undefined);
    expect(names(roles.lead)).toEqual(['省科技厅']);
    expect(names(roles.participants)).toEqual(['有关部门']);
  });

  it('reads a deadline inside the assignment', () => {
    const roles = parseAssignmentText('牵头单位：省科技厅；完成时限：2024年12月底前', undefined);
    expect(roles.deadline).toEqual({ raw: '2024年12月底前', kind: 'dated', due: '2024-12' });
  });

  it('reads traditional-script role words', () => {
    const roles = parseAssignmentText('市科技局牽頭,市財政局參加', undefined);
    expect(names(roles.lead)).toEqual(['市科技局']);
    expect(names(roles.participants)).toEqual(['市財政局']);
  });
});

describe('splitTrailingAssignment', () => {
  it('leaves a parenthetical that assigns nothing', () => {
    expect(splitTrailingAssignment('发展煤炭(煤层气)')).toBeUndefined();
  });

  it('splits the assignment off with nested parentheses inside', () => {
    const split = splitTrailingAssignment('加强园区建设。(科技厅牵头,所在地政府(行署)等参加)');
    expect(split?.body).toBe('加强园区建设。');
    expect(split?.content).toBe('科技厅牵头,所在地政府(行署)等参加');
  });
});

describe('compound names', () => {
  it('expands bare place names that share the rest of the last name', () => {
    expect(names(parseAgencyList('昌吉、伊犁、和田、乌鲁木齐、哈密国家农业科技园区管委会'))).toEqual([
      '昌吉国家农业科技园区管委会', '伊犁国家农业科技园区管委会', '和田国家农业科技园区管委会',
      '乌鲁木齐国家农业科技园区管委会', '哈密国家农业科技园区管委会',
    ]);
  });
});

describe('parseAssignmentText: a parenthesis of names with no role word', () => {
  it('keeps a time limit after the names out of them', () => {
    const roles = parseAssignmentText('区财政局、区审计局，2024年底前', undefined);
    expect(names(roles.responsible)).toEqual(['区财政局', '区审计局']);
    expect(roles.deadline?.raw).toBe('2024年底前');
  });

  it('parts bodies a space sets apart, each named with its level, and leaves one name a space breaks whole', () => {
    expect(names(parseAssignmentText('市商务委 市发展改革委', undefined).responsible)).toEqual(['市商务委', '市发展改革委']);
    expect(names(parseAssignmentText('国务院 办公厅', undefined).responsible)).toEqual(['国务院办公厅']);
  });
});

describe('parseAssignmentText: leads marked inside a list', () => {
  it('reads 区应急局（牵头） as the lead, without its mark, and the bodies beside it as taking part', () => {
    const roles = parseAssignmentText('责任单位：区应急局（牵头）、区公安分局、区消防救援支队', undefined);
    expect(names(roles.lead)).toEqual(['区应急局']);
    expect(names(roles.participants)).toEqual(['区公安分局', '区消防救援支队']);
    expect(roles.responsible).toEqual([]);
  });

  it('reads the document’s first-listed rule inside a parenthesis as a rule, never as a name', () => {
    const roles = parseAssignmentText('责任单位：市商务委、市发展改革委等，排名第一的为牵头单位', 'first-listed');
    expect(names(roles.lead)).toEqual(['市商务委']);
    expect(names(roles.participants)).toEqual(['市发展改革委']);
  });

  it('reads labels in black brackets: 【牵头单位】区政务服务办【配合单位】区市场监管局', () => {
    const roles = parseAssignmentText('【牵头单位】区政务服务办【配合单位】区市场监管局', undefined);
    expect(names(roles.lead)).toEqual(['区政务服务办']);
    expect(names(roles.participants)).toEqual(['区市场监管局']);
  });
});

describe('parseAssignmentText: a time limit in stages, and limits in words', () => {
  it('reads 2024年启动，2026年建成 after the doer as one phased limit', () => {
    expect(parseAssignmentText('市交通委负责，2024年启动，2026年建成', undefined).deadline).toEqual({ raw: '2024年启动，2026年建成', kind: 'phased', due: '2026', start: '2024' });
  });

  it('reads 按年度 and 即时 as limits, never as names', () => {
    const yearly = parseAssignmentText('市政府办公厅负责，按年度', undefined);
    expect(names(yearly.responsible)).toEqual(['市政府办公厅']);
    expect(yearly.deadline).toEqual({ raw: '按年度', kind: 'recurring' });
    expect(parseAssignmentText('各区政府负责，即时', undefined).deadline).toEqual({ raw: '即时', kind: 'ongoing' });
  });
});
