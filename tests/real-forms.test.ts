import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Agency, PolicyDocument } from '../scripts/model.ts';
import { parseAgencyList, splitRunTogetherNames } from '../scripts/parse/agency-list.ts';
import { splitTrailingAssignment } from '../scripts/parse/assignment-paren.ts';
import { readConvenedPartners, readDutySubject, readSubjectAssignment } from '../scripts/parse/assignment-subject.ts';
import { parseAssignmentText } from '../scripts/parse/assignment-text.ts';
import { parse } from '../scripts/parse/index.ts';
import { readInterpretedTitle } from '../scripts/parse/interpretation-link.ts';
import { readMetadataLine, readPageStamp } from '../scripts/parse/metadata-lines.ts';
import { signerNames } from '../scripts/parse/signature.ts';
import { findTargets } from '../scripts/parse/targets.ts';
import { readPolicyDocument } from '../scripts/read-document.ts';
import { task } from './seeds.ts';

/**
 * The forms real documents are published in, each read from real text: the
 * training documents of tests/fixtures/real/, or lines quoted from real
 * documents where a form is shown on its own.
 */
const real = new Map<string, PolicyDocument>();
function fixture(name: string): PolicyDocument {
  if (!real.has(name)) real.set(name, readPolicyDocument(`tests/fixtures/real/${name}`));
  return real.get(name)!;
}

function parseText(text: string): PolicyDocument {
  return parse(text, { file: 'quoted.txt', slug: 'quoted', script: 'zh-Hans' });
}

/** Names, with a group marked by a trailing `*`. */
const named = (agencies: Agency[]) => agencies.map((agency) => `${agency.name}${agency.group ? '*' : ''}`);

describe('metadata: the title, 文号, issuer and dates wherever a copy puts them', () => {
  it('takes the title from a Markdown heading of a crawled portal page (丰政办发〔2026〕4号)', () => {
    const document = fixture('26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md');
    expect(document.title).toBe('北京市丰台区人民政府办公室关于印发《美丽丰台建设2026年行动计划》的通知');
    expect(document.docNumber).toBe('丰政办发〔2026〕4号');
    expect(document.publishedDate).toBe('2026-03-30');
  });

  it('keeps joint issuers apart in the title, one space between them, also where a copy ran them together (吉能储能〔2024〕232号)', () => {
    // Printed `吉林省能源局 吉林省发展和改革委员会吉林省工业和信息化厅印发 《…》的通知`.
    expect(fixture('18_jilin_nengyuanju_chuneng_ruogan_cuoshi_2024.md').title).toBe('吉林省能源局 吉林省发展和改革委员会 吉林省工业和信息化厅印发《关于促进吉林省用户侧储能设施建设的若干措施》的通知');
    // The title keeps a shared place as printed (`财政厅`); the issuer spells it out.
    const document = fixture('51_neimenggu_jiaotong_chuzuche_jiangbu_xize_2024.md');
    expect(document.title).toBe('内蒙古自治区交通运输厅 财政厅关于修订《“十四五”推广应用新能源巡游出租汽车奖补实施细则》的通知');
    expect(document.issuer).toBe('内蒙古自治区交通运输厅、内蒙古自治区财政厅');
  });

  it('leaves joint issuers a 、 joins as printed: 国家发展改革委、国家能源局关于… (发改能源〔2023〕27号)', () => {
    const document = parseText('国家发展改革委、国家能源局关于加快推进能源数字化智能化发展的若干意见\n\n各省、自治区、直辖市发展改革委：\n\n一、总体要求\n');
    expect(document.title).toBe('国家发展改革委、国家能源局关于加快推进能源数字化智能化发展的若干意见');
  });

  it('joins a title broken over two heading lines, its issuer kept before the space, and reads the 文号 run into the addressee (渝府办发〔2024〕29号)', () => {
    // `# 重庆市人民政府办公厅 关于印发《重庆市新能源汽车便捷超充` / `# 行动计划（2024—2025 年）》的通知`
    const document = fixture('37_chongqing_xinnengyuan_qiche_chaochong_xingdong_2024.md');
    expect(document.title).toBe('重庆市人民政府办公厅关于印发《重庆市新能源汽车便捷超充行动计划（2024—2025年）》的通知');
    expect(document.docNumber).toBe('渝府办发〔2024〕29号');
    expect(document.issuer).toBe('重庆市人民政府办公厅');
    expect(document.signedDate).toBe('2024-03-30');
  });

  it('reads the title after 【法宝引证码】 and 原文链接 lines, and the issuer from the title', () => {
    const document = fixture('19_xinjiang_zhijianju_xinwen_xuanchuan_2012.txt');
    expect(document.title).toBe('新疆维吾尔自治区质监局关于进一步加强新闻宣传工作的通知');
    expect(document.docNumber).toBe('新质监办发〔2012〕24号');
    expect(document.issuer).toBe('新疆维吾尔自治区质监局');
  });

  it('splits a title glued to its 文号', () => {
    const document = parseText('国务院办公厅关于推进政务服务“一网通办”的实施意见国办发〔2020〕24号\n各省、自治区、直辖市人民政府：\n一、总体要求\n（一）加快推进。\n');
    expect(document.title).toBe('国务院办公厅关于推进政务服务“一网通办”的实施意见');
    expect(document.docNumber).toBe('国办发〔2020〕24号');
    expect(document.issuer).toBe('国务院办公厅');
  });

  it('reads joint issuers from the title (中共中央办公厅 国务院办公厅印发…) and the date from `_发布时间：…_`', () => {
    const document = fixture('04_zhongban_guoban_tanda_kaohe_banfa_2026.md');
    expect(document.issuer).toBe('中共中央办公厅、国务院办公厅');
    expect(document.publishedDate).toBe('2026-04-23');
  });

  it('reads a portal metadata line in Markdown: **\\[发文字号\\]** 丰政办发 \\[2026\\] 4号', () => {
    expect(readMetadataLine('**\\[发文字号\\]** 丰政办发 \\[2026\\] 4号')).toEqual([{ kind: 'docNumber', label: '发文字号', value: '丰政办发 [2026] 4号' }]);
    expect(readMetadataLine('索 引 号：014000/2024-00012　分　　类：综合政务')?.map((fact) => fact.label)).toEqual(['索引号', '分类']);
    expect(readMetadataLine('来源的问题很多。')).toBeUndefined();
  });

  it('takes the issuer from the signature at the end of a notice copied without its heading', () => {
    const document = fixture('14_shaanxi_yingshang_huanjing_zhuanxiang_xingdong_2019.txt');
    expect(document.issuer).toBe('陕西省人民政府办公厅');
    expect(document.signedDate).toBe('2019-06-06');
  });

  it('sets a collector’s YAML front matter aside and takes the notice title printed below the page heading (豫工信联规〔2024〕105号)', () => {
    const document = fixture('62_henan_gongye_shebei_gengxin_fangan_2024.md');
    expect(document.title).toBe('河南省工业和信息化厅等14部门关于印发《河南省推动工业领域设备更新实施方案》的通知');
    expect(document.docNumber).toBe('豫工信联规〔2024〕105号');
    expect(document.issuer?.split('、')).toHaveLength(14);
    expect(document.issuer?.split('、')).toContain('国家税务总局河南省税务局');
    expect(document.preamble[0]?.role).toBe('metadata');
  });

  it('reads a joint signature whose names wrap within the columns of a grid: 上海市第一次自然灾害综合      中共上海市委宣传部 / 风险普查领导小组办公室        2021年7月26日 (沪普查办 2021)', () => {
    const document = fixture('199_shanghai_puchaban_ziran_zaihai_fengxian_pucha_xuanchuan_gongzuo_fangan_2021.md');
    expect(document.issuer).toBe('上海市第一次自然灾害综合风险普查领导小组办公室、中共上海市委宣传部');
    expect(document.signedDate).toBe('2021-07-26');
  });

  it('takes a regulation’s issuer from the note of the session that adopted it, also where a print broke the note: （2019年12月19日上海市第十五届人民代表大会 / 常务委员会第十六次会议通过） (上海市排水与污水处理条例)', () => {
    expect(fixture('247_shanghai_paishui_yu_wushui_chuli_tiaoli_2019.txt').issuer).toBe('上海市人民代表大会常务委员会');
    expect(fixture('251_shanghai_lvhua_tiaoli_2015.txt').issuer).toBe('上海市人民代表大会常务委员会');
    expect(parseText('中华人民共和国测试法\n\n（2018年10月26日第十三届全国人民代表大会常务委员会第六次会议通过）\n\n第一条 为了测试，制定本法。\n').issuer).toBe('全国人民代表大会常务委员会');
    expect(parseText('上海市测试办法\n\n（2015年5月4日上海市人民政府令第28号公布）\n\n第一条 为了测试，制定本办法。\n').issuer).toBe('上海市人民政府');
  });

  it('reads a 总队 as a signing body beside a 局 on one signature line (沪民养老发〔2023〕11号)', () => {
    expect(signerNames('上海市民政局         上海市消防救援总队')).toEqual(['上海市民政局', '上海市消防救援总队']);
    expect(fixture('172_shanghai_minzhengju_yanglao_jigou_xiaofang_anquan_biaozhunhua_shishi_yijian_2023.md').issuer).toBe('上海市民政局、上海市消防救援总队');
  });

  it('reads the title below a portal’s breadcrumb, not the section label above it that ends as titles end (辽宁省人民政府公报 2023)', () => {
    // `政府公报` heads the gazette's page; `当前位置：首页-> 政务公开-> …` comes next, and the notice's title, broken over two lines, below it.
    expect(fixture('156_liaoning_keji_zhicheng_tandafeng_tanzhonghe_shishi_fangan_2023.md').title).toBe('关于印发《辽宁省科技支撑碳达峰碳中和实施方案（2023—2030年）》的通知');
  });

  it('drops a portal’s `_site name` after the page title (云南省人民政府 2024)', () => {
    expect(fixture('63_yunnan_wenjin_tizhi_zhengce_cuoshi_2024.md').title).toBe('云南省人民政府关于印发2024年进一步推动经济稳进提质政策措施的通知');
  });

  it('takes the notice broken over three lines under a heading that names the plan without 《》 or with another 的 (吉政办发〔2024〕3号)', () => {
    const document = fixture('45_jilin_chonghuandian_jichu_sheshi_fangan_2024.md');
    expect(document.title).toBe('吉林省人民政府办公厅关于印发吉林省进一步构建高质量充换电基础设施体系实施方案的通知');
    expect(document.docNumber).toBe('吉政办发〔2024〕3号');
  });

  it('reads a 街道办事处 as an issuer: 上海市奉贤区人民政府头桥街道办事处关于印发… (奉头街〔2024〕13号)', () => {
    const document = parseText([
      '# 上海市奉贤区人民政府头桥街道办事处关于印发《头桥街道建设用地减量化工作实施方案（2025年—2027年）》的通知',
      '',
      '各办、中心、综合行政执法队、各村：',
      '',
      '《头桥街道建设用地减量化工作实施方案(2025-2027年)》已经街道办事处研究通过，现印发给你们，请认真贯彻执行。',
      '',
      '2024年12月19日',
    ].join('\n'));
    expect(document.issuer).toBe('上海市奉贤区人民政府头桥街道办事处');
  });

  it('prefers the joint title in bold under a portal heading, and its issuers over a signature that kept one seal (发改能源〔2025〕357号)', () => {
    const document = parseText([
      '## 关于加快推进虚拟电厂发展的指导意见(发改能源〔2025〕357号)',
      '',
      '发布时间：2025/04/11',
      '',
      '**国家发展改革委 国家能源局关于**',
      '',
      '**加快推进虚拟电厂发展的指导意见**',
      '',
      '发改能源〔2025〕357号',
      '',
      '各省、自治区、直辖市、新疆生产建设兵团发展改革委、能源局：',
      '',
      '一、总体要求',
      '',
      '（一）指导思想。加快推进虚拟电厂发展。',
      '',
      '国 家 能 源 局',
      '',
      '2025年3月25日',
    ].join('\n'));
    expect(document.title).toContain('国家能源局关于加快推进虚拟电厂发展的指导意见');
    expect(document.title.startsWith('国家发展改革委')).toBe(true);
    expect(document.issuer).toBe('国家发展改革委、国家能源局');
    expect(document.docNumber).toBe('发改能源〔2025〕357号');
  });

  it('splits bodies run together in a signature (黄浦区发展和改革委员会黄浦区建设和管理委员会…)', () => {
    const document = fixture('38_shanghai_huangpu_kezaisheng_nengyuan_xingdong_2025.md');
    expect(document.issuer?.split('、')).toHaveLength(13);
    expect(document.issuer?.split('、')[1]).toBe('黄浦区建设和管理委员会');
  });

  it('falls back on the 机关代字 of the 文号 for the issuer', () => {
    const document = parseText('关于做好有关工作的通知\n沪府办发〔2020〕1号\n一、工作任务\n（一）加快推进。\n');
    expect(document.issuer).toBe('上海市人民政府办公厅');
  });

  it('reads a date written in numerals (二〇一八年十一月二十日) and warns of a day the calendar lacks', () => {
    const written = parseText('某市人民政府关于做好有关工作的通知\n各区人民政府：\n现将有关事项通知如下。\n某市人民政府\n二〇一八年十一月二十日\n一、工作任务\n');
    expect(written.signedDate).toBe('2018-11-20');
    const impossible = parseText('某市人民政府关于做好有关工作的通知\n各区人民政府：\n现将有关事项通知如下。\n某市人民政府\n2022年2月30日\n一、工作任务\n');
    expect(impossible.signedDate).toBeUndefined();
    expect(impossible.warnings.map((warning) => warning.message).join()).toContain('2022年2月30日');
  });

  it('dates a month-only deadline with the year of the 文号 when the text is not signed', () => {
    const document = parseText('关于做好有关工作的通知\n京政办发〔2024〕3号\n一、工作任务\n（一）加快推进。（6月底完成，牵头考核单位：市政府办公室、市公安局）\n');
    expect(document.year).toBe(2024);
    expect(task(document, '(一)').deadline).toEqual({ raw: '6月底完成', kind: 'dated', due: '2024-06' });
    expect(named(task(document, '(一)').lead)).toEqual(['市政府办公室', '市公安局']);
  });

  it('reads the notice’s own numbered paragraphs as notice, and the list it issues as the body (京政发〔2024〕1号)', () => {
    const document = fixture('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md');
    expect(document.preamble.some((paragraph) => /^一、\s*提高政治站位/.test(paragraph.text))).toBe(true);
    expect(document.tasks).toHaveLength(302);
    expect(task(document, '1').text).toMatch(/^严格执行首都规划重大事项/);
  });

  it('reads a date in numerals whose zero is typed as a circle: 二○一三年五月二十日 under a notice (沪松府办〔2013〕33号)', () => {
    const document = fixture('126_shanghai_songjiang_huanwei_zhigong_shouru_zengzhang_jizhi_2013.md');
    expect(document.signedDate).toBe('2013-05-20');
    expect(document.shortTitle).toBe('关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见');
  });

  it('joins a signature date an extraction broke wherever digits meet characters: 2014 / 年6 / 月28 / 日 (嘉府发〔2014〕33号)', () => {
    const document = fixture('130_shanghai_jiading_daolu_xialijiao_fangxun_fangtai_guanli_2014.md');
    expect(document.signedDate).toBe('2014-06-28');
    expect(document.preamble.filter((paragraph) => paragraph.role === 'date').map((paragraph) => paragraph.text)).toEqual(['2014', '年6', '月28', '日']);
    expect(document.issuer).toBe('上海市嘉定区人民政府');
    // Pieces a blank line parts are paragraphs, not a date.
    expect(parseText('某市人民政府关于做好有关工作的通知\n\n某市人民政府\n\n2014\n\n年6月28日\n\n一、工作任务\n').signedDate).toBeUndefined();
  });

  it('reads a title without the portal’s mark of its validity: # （失效）北京市城市管理委员会关于印发…的通知（京管发〔2024〕9号）', () => {
    const document = fixture('120_beijing_chengguanwei_chonghuandian_jianshe_yunying_jiangli_xize_2024.md');
    expect(document.title).toBe('北京市城市管理委员会关于印发2024年北京市电动汽车充换电设施建设运营奖励实施细则的通知');
    expect(document.docNumber).toBe('京管发〔2024〕9号');
    // `2. \[制发单位\] 北京市城市管理委员会`, `6. \[失效日期\] \-\-\--` and `日期：` / `2024-11-21 11:53` are the page's metadata, so the addressee is the notice's own.
    for (const line of [92, 96, 102, 103]) expect(document.preamble.find((paragraph) => paragraph.lines.start === line)?.role).toBe('metadata');
    expect(document.preamble.find((paragraph) => paragraph.role === 'addressee')?.text).toBe('各有关单位：');
    expect(parseText('【废止】某市人民政府关于做好有关工作的通知\n\n一、工作任务\n').title).toBe('某市人民政府关于做好有关工作的通知');
    expect(parseText('某市人民政府关于做好有关工作的通知［已修改］\n\n一、工作任务\n').title).toBe('某市人民政府关于做好有关工作的通知');
  });

  it('names the issuer of an unsigned notice in full from a metadata line when the title drops its place: 发布单位: 上海市浦东新区人民政府 over 浦东新区人民政府印发… (浦府〔2025〕32号)', () => {
    expect(fixture('129_shanghai_pudong_tudi_chubei_fangwu_tudi_zhengshou_zhidao_yijian_2025.md').issuer).toBe('上海市浦东新区人民政府');
    // A 发布单位 that names another body (the government whose 办公室 issued) leaves the title's issuer standing.
    expect(parseText('发布单位: 上海市奉贤区人民政府\n\n上海市奉贤区人民政府办公室关于做好有关工作的通知\n\n一、工作任务\n').issuer).toBe('上海市奉贤区人民政府办公室');
  });

  it('reads a portal’s metadata box copied as table rows below a collector’s header: | 发文字号： | 陵政办发〔2019〕44号 | 发布日期： | 2019年10月24日 | (陵川县 2019)', () => {
    const document = fixture('66_shanxi_lingchuan_guofa42_zhongdian_gongzuo_2019.md');
    expect(document.publishedDate).toBe('2019-10-24');
    expect(document.preamble.filter((paragraph) => paragraph.text.startsWith('|')).map((paragraph) => paragraph.role)).toEqual(['metadata', 'metadata', 'metadata', 'metadata']);
    expect(readMetadataLine('| 发布机构： | 县政府 | 成文日期： | 2020年10月12日 |')).toEqual([
      { kind: 'issuer', label: '发布机构', value: '县政府' },
      { kind: 'signedDate', label: '成文日期', value: '2020年10月12日' },
    ]);
  });

  it('reads a metadata box whose label cells have no colon: | 文        号 | 苏市监〔2022〕1号 | 主  题  词 |  | (苏市监〔2022〕1号)', () => {
    const document = fixture('86_jiangsu_shichang_jianguan_renwu_fengong_2022.md');
    expect(document.docNumber).toBe('苏市监〔2022〕1号');
    // `| 发文日期 | 2022-03-09 |` dates the dispatch, not the signature; `| 内容概述 |  |` is empty, the title below it no value of it.
    expect(document.signedDate).toBeUndefined();
    expect(document.title).toBe('2022年全省市场监管主要任务分工方案');
  });

  it('takes a work report’s issuer from the head its subtitle names: 政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强', () => {
    const document = fixture('02_zhengfu_gongzuo_baogao_2024.txt');
    expect(document.issuer).toBe('国务院');
    expect(document.signedDate).toBe('2024-03-05');
    // A province's or a city's report is given by its head for its people's government.
    expect(parseText('政府工作报告——2024年1月21日在北京市第十六届人民代表大会第二次会议上 北京市市长 殷勇\n\n一、2023年工作回顾\n').issuer).toBe('北京市人民政府');
    expect(parseText('政府工作报告——在广西壮族自治区第十四届人民代表大会第二次会议上 广西壮族自治区主席 蓝天立\n\n一、2023年工作回顾\n').issuer).toBe('广西壮族自治区人民政府');
  });

  it('takes the title and 文号 of a notice printed without its heading from the link to its file: 点击查看PDF:（鲁发改能源〔2026〕220号）关于印发《…》的通知.pdf', () => {
    const document = fixture('74_shandong_xuni_dianchang_fazhan_fangan_2026.md');
    expect(document.title).toBe('关于印发《山东省促进虚拟电厂高质量发展方案》的通知');
    expect(document.docNumber).toBe('鲁发改能源〔2026〕220号');
    expect(document.shortTitle).toBe('山东省促进虚拟电厂高质量发展方案');
    // A file of another name (an annex's form) names nothing of the document.
    expect(parseText('某市人民政府关于做好有关工作的通知\n\n一、工作任务\n\n附件：申报表.docx\n').title).toBe('某市人民政府关于做好有关工作的通知');
  });

  it('takes the issuer from the page’s 信息来源 when nothing in the text names one: 发布时间：2024-09-21信息来源：鹤城区工业和信息化局 (怀化市鹤城区 2024)', () => {
    const document = fixture('118_huaihua_hecheng_gongxin_shebei_gengxin_shishi_fangan_2024.md');
    expect(document.issuer).toBe('鹤城区工业和信息化局');
    expect(document.publishedDate).toBe('2024-09-21');
    // A signature outranks the source line.
    expect(parseText('来源：某市发展改革委\n\n关于做好有关工作的通知\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2024年5月8日\n\n一、工作任务\n').issuer).toBe('某市人民政府');
  });

  it('dates the page by the time on its 来源 line when no 发布日期 does: 来源：承德市商务局2024-09-24 17:46浏览次数：70', () => {
    expect(fixture('24_chengde_shangwuju_chengpinyou_shuangsuiji_2024.md').publishedDate).toBe('2024-09-24');
    expect(readMetadataLine('来源：承德市商务局2024-09-24 17:46浏览次数：70')).toEqual([
      { kind: 'source', label: '来源', value: '承德市商务局2024-09-24 17:46' },
      { kind: 'other', label: '浏览次数', value: '70' },
    ]);
  });

  it('reads a ministry’s 司 as a signing body: 国家能源局综合司 / 2025年4月7日 at the end of the notice (国能综通监管〔2025〕58号)', () => {
    const document = fixture('76_nengyuanju_dianli_shichang_zhixu_zhuanxiang_jianguan_2025.md');
    expect(document.signedDate).toBe('2025-04-07');
    expect(document.issuer).toBe('国家能源局综合司');
  });

  it('drops a page title’s ---site name: 国家能源局综合司关于开展…专项监管的通知---国家能源局 (国能综通监管〔2025〕58号)', () => {
    expect(fixture('76_nengyuanju_dianli_shichang_zhixu_zhuanxiang_jianguan_2025.md').title).toBe('国家能源局综合司关于开展2025年电力市场秩序突出问题专项监管的通知');
    expect(parseText('某市人民政府关于做好有关工作的通知 - 某市人民政府网\n\n一、工作任务\n').title).toBe('某市人民政府关于做好有关工作的通知');
    // A hyphen inside the title's years separates nothing.
    expect(parseText('某市充电设施建设行动方案（2024-2025年）\n\n一、工作任务\n').title).toBe('某市充电设施建设行动方案（2024-2025年）');
  });

  it('reads a `？` after a space in a joint signature as a lost separator, two signers a line: 湖南省工业和信息化厅 ？湖南省发展和改革委员会 (湘工信投资〔2024〕139号)', () => {
    expect(fixture('131_hunan_gongxinting_shebei_gengxin_shishi_fangan_2024.md').issuer).toBe(
      '湖南省工业和信息化厅、湖南省发展和改革委员会、湖南省财政厅、中国人民银行湖南省分行、国家税务总局湖南省税务局、湖南省市场监督管理局、国家金融监督管理总局湖南监管局',
    );
    expect(signerNames('国家税务总局湖南省税务局 ？湖南省市场监督管理局')).toEqual(['国家税务总局湖南省税务局', '湖南省市场监督管理局']);
    expect(signerNames('？湖南省财政厅')).toEqual(['湖南省财政厅']);
    // The same line printed with a space alone parts the same bodies, a national system's branch kept whole.
    expect(signerNames('国家税务总局湖南省税务局 湖南省市场监督管理局')).toEqual(['国家税务总局湖南省税务局', '湖南省市场监督管理局']);
    expect(signerNames('青浦区规划和自然资源局         青浦区农业农村委员会')).toEqual(['青浦区规划和自然资源局', '青浦区农业农村委员会']);
    // A space inside one name parts nothing: `办公厅` names no body alone.
    expect(signerNames('国务院 办公厅')).toEqual(['国务院办公厅']);
  });

  it('reads a title a print broke after the issuer’s place, four lines in all: 赣州市 / 商务局 / 关于开展20 / 25年度…的通知 (赣州市商务局 2026)', () => {
    const document = fixture('133_jiangxi_ganzhou_chengpinyou_lingshou_qiye_nianjian_tongzhi_2026.md');
    expect(document.title).toBe('赣州市商务局关于开展2025年度全市成品油零售经营企业年检工作的通知');
    expect(document.issuer).toBe('赣州市商务局');
    // A place alone above `关于…` is no issuer's first half: it begins no title without a body's name below it.
    expect(parseText('北京市\n\n关于做好有关工作的通知\n\n一、工作任务\n').title).toBe('关于做好有关工作的通知');
  });

  it('knows a page that prints no title of its own, or only its plan’s, by the link to an interpretation of it: 一图读懂：北京市生态环境局等10部门关于调整《…》有关事项的通知 (京环发〔2024〕22号; 京政发〔2024〕1号)', () => {
    // The page's menu word `要闻动态` is no title when a link names the document.
    expect(fixture('136_beijing_laojiu_huoche_keche_baofei_gengxin_tiaozheng_2024.md').title).toBe(
      '北京市生态环境局等10部门关于调整《北京市进一步促进国四及以下排放标准老旧货车和大中型客车报废更新实施细则》有关事项的通知',
    );
    // `海报：北京市人民政府关于印发《…》的通知` names the notice whose plan alone the page heads.
    const report = fixture('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md');
    expect(report.title).toBe('北京市人民政府关于印发《2024年市政府工作报告重点任务清单》的通知');
    expect(report.shortTitle).toBe('2024年市政府工作报告重点任务清单');
    // An interpretation of another name (a news line) names nothing; a printed title outranks any link.
    const line = (text: string) => ({ line: 1, text, raw: text });
    expect(readInterpretedTitle([line('- [老旧客货车补贴政策将延长到年底](https://www.beijing.gov.cn/)')])).toBeUndefined();
    // Its spaces part joint issuers, as a printed title's do.
    expect(parseText('一、工作任务\n\n相关解读\n\n- [图解：国家发展改革委 财政部关于做好有关工作的通知](https://example.gov.cn/)\n').title).toBe('国家发展改革委 财政部关于做好有关工作的通知');
    expect(parseText('某市人民政府关于做好有关工作的通知\n\n一、工作任务\n\n相关解读\n\n- [图解：某市人民政府关于印发《另一方案》的通知](https://example.gov.cn/)\n').title).toBe('某市人民政府关于做好有关工作的通知');
  });

  it('dates the page by its publication stamp, a date with its clock time, alone on its line or closing a metadata line: 来源：湖南省人民政府门户网站 / 2024-05-07 10:38; 类型：原创 分类：政策 2025-12-30 19:43', () => {
    expect(fixture('131_hunan_gongxinting_shebei_gengxin_shishi_fangan_2024.md').publishedDate).toBe('2024-05-07');
    // `湖南省人民政府门户网站 www.hunan.gov.cn_发布时间：_` / `2025-06-30 14:47`
    expect(fixture('116_hunan_fagaiwei_chonghuandian_jichu_sheshi_guanli_banfa_2025.md').publishedDate).toBe('2025-06-30');
    expect(fixture('145_shangwubu_2026_xiaofeipin_yijiuhuanxin_tizhi_zengxiao_tongzhi_2025.md').publishedDate).toBe('2025-12-30');
    // A date without its clock time is no stamp: it may be the 成文日期.
    expect(readPageStamp('2024-05-07')).toBeUndefined();
    expect(readPageStamp('2024-05-07 10:38')).toBe('2024-05-07');
  });

  it('reads a metadata box flattened without colons: 文　　号生效日期2024-04-30发布日期2024-03-27 (商消费发〔2024〕58号)', () => {
    expect(fixture('78_shangwubu_xiaofeipin_yijiuhuanxin_xingdong_fangan_2024.md').publishedDate).toBe('2024-03-27');
    expect(readMetadataLine('文　　号生效日期2024-04-30发布日期2024-03-27')).toEqual([
      { kind: 'docNumber', label: '文号', value: '' },
      { kind: 'date', label: '生效日期', value: '2024-04-30' },
      { kind: 'publishedDate', label: '发布日期', value: '2024-03-27' },
    ]);
    // Without colons, a label opens a box's line only spaced out to the box's width, and never a sentence.
    expect(readMetadataLine('文号要写清楚')).toBeUndefined();
    expect(readMetadataLine('发布日期2024年3月27日，商务部印发方案')).toBeUndefined();
  });

  it('takes the notice a portal’s 标题 field names when the text heads only the plan it issues: - 标题： / - 国家发展改革委 财政部印发《…若干措施》的通知 (发改环资〔2024〕1104号)', () => {
    const document = fixture('142_fagaiwei_caizhengbu_jiali_zhichi_shebei_gengxin_yijiuhuanxin_ruogan_cuoshi_2024.md');
    expect(document.title).toBe('国家发展改革委 财政部印发《关于加力支持大规模设备更新和消费品以旧换新的若干措施》的通知');
    expect(document.shortTitle).toBe('关于加力支持大规模设备更新和消费品以旧换新的若干措施');
    // The title names the issuers before the field `发布机构：国家发展和改革委员会;财政部` does.
    expect(document.issuer).toBe('国家发展改革委、财政部');
    // The sentence below an empty `主题词：` is the notice's text, not the field's value.
    expect(document.preamble.find((paragraph) => paragraph.text.startsWith('《关于加力支持'))?.role).toBe('text');
    // Read alone, the field's semicolons part the issuers as 、 does.
    expect(parseText('发布机构：国家发展和改革委员会;财政部\n\n一、工作任务\n').issuer).toBe('国家发展和改革委员会、财政部');
  });
});

describe('structure: numbering as published', () => {
  it('reads a regulation’s printed table of contents (目  录 / 第一章  总则 / …) as one paragraph before the text, each chapter once (上海市地下空间规划建设条例)', () => {
    const document = fixture('246_shanghai_dixia_kongjian_guihua_jianshe_tiaoli_2018.txt');
    const chapters = document.structure.flatMap((node) => (node.kind === 'section' ? [`${node.number.marker}${node.text}`] : []));
    expect(chapters).toEqual(['第一章总则', '第二章地下空间规划', '第三章地下空间建设', '第四章法律责任', '第五章附则']);
    expect(document.warnings.map((warning) => warning.message).join()).not.toContain('duplicate number');
  });

  it('reads a table copied one cell per paragraph whose 类别 column is printed one character per line, each later 节点 a sub-row (沪虹 垃圾分类 任务清单)', () => {
    // `类别` / `序号` / `主要任务` / `节点` / `指标数` / `责任单位` / `配合单位`, then `1.` / `分` / `类` / `投` / `放`, then
    // `1` / `垃圾分类绿色账户推进覆盖累计户数/小区数` / `2018年` / `24.3万户/682个` / `各街道办事处` / `区绿化市容局` / `2019年` / `26.5万户/733个`.
    const document = fixture('81_shanghai_hongkou_laji_fenlei_sannian_xingdong_2018.md');
    const table = document.structure.find((node) => node.kind === 'table');
    expect(table?.kind === 'table' && table.headings?.map((heading) => heading.text)).toEqual(['1. 分类投放', '2. 分类运输与转运', '3. 分类实效及区域、条线推进']);
    const first = task(document, '表.1.1');
    expect(first.text).toBe('垃圾分类绿色账户推进覆盖累计户数/小区数');
    expect(named(first.responsible)).toEqual(['各街道办事处*']);
    expect(named(first.participants)).toEqual(['区绿化市容局']);
    expect(first.deadline).toEqual({ raw: '2018年、2019年', kind: 'phased', due: '2019', start: '2018' });
    // Numbers start again under each 类别: 表.2.1 is `干垃圾车标识更新`, not a duplicate of 1.
    expect(task(document, '表.2.1').text).toBe('干垃圾车标识更新');
    // `6` / … / `2018年` / `4个街道` / `欧阳、曲阳、凉城、广中街道` / `区绿化市容局`… / `2019年` / `4个街道` / `川北、嘉兴、北外滩、江湾镇街道`
    expect(named(task(document, '表.3.6').responsible)).toEqual(['欧阳街道', '曲阳街道', '凉城街道', '广中街道', '川北街道', '嘉兴街道', '北外滩街道', '江湾镇街道']);
    expect(document.warnings.filter((warning) => warning.line > 130)).toEqual([]);
  });

  it('reads a （十一） marker whose numeral a crawl’s bold runs split apart: **（十** **一** **）** (商务部等7部门 2026年消费品以旧换新)', () => {
    // `**（十** **一** **）健全** **部门** **联动** **工作** **机制。** 建立健全各级商务、发展改革、…等部门协同联动的工作机制…`
    const document = fixture('145_shangwubu_2026_xiaofeipin_yijiuhuanxin_tizhi_zengxiao_tongzhi_2025.md');
    expect(document.tasks.map((item) => item.id)).toContain('(十一)');
    expect(task(document, '(十二)').text).toMatch(/^畅通监督举报渠道。/);
    expect(named(task(document, '(十二)').responsible)).toEqual(['各地*']);
  });

  it('keeps both levels of a task with 主要措施 sub-items, each with its own assignment (国办发〔2018〕79号)', () => {
    const document = fixture('01_guobanfa_fangguanfu_renwu_fengong_2018.txt');
    expect(named(task(document, '1').lead)).toEqual(['国务院审改办']);
    expect(named(task(document, '1.(1)').lead)).toEqual(['国务院审改办']);
    expect(named(task(document, '1.(1)').participants)).toEqual(['各部门*']);
    expect(task(document, '3').text).toMatch(/^2018年要在全国推开/);
  });

  it('splits numbering a crawl ran onto one line: 一、…（一）…。（X牵头）具体措施：1．…（Y负责）2．…（二）…', () => {
    const document = parseText('关于印发某方案的通知\n一、优化营商环境（一）深化改革。推进简政放权。（市发改委牵头）具体措施：1．精简审批事项。（市政务服务局负责）2．压缩办理时限。（市市场监管局负责）（二）加强监管。按照第（一）项要求完善监管机制。（市市场监管局牵头，市公安局配合）\n');
    expect(document.tasks.map((item) => item.id)).toEqual(['(一)', '1', '2', '(二)']);
    expect(named(task(document, '(一)').lead)).toEqual(['市发改委']);
    expect(named(task(document, '2').responsible)).toEqual(['市市场监管局']);
    expect(named(task(document, '(二)').participants)).toEqual(['市公安局']);
    expect(task(document, '(二)').text).toContain('第（一）项要求');
  });

  it('does not split at markers that are text: 第（一）项, 2020．, （2021—2023年）, （试行）', () => {
    const document = parseText('关于印发某方案的通知\n一、任务\n（一）加强统筹。按照第（一）项要求，2020．年度（2021—2023年）开展工作，执行办法（试行）。（市发改委牵头）\n（二）推进改革。（市财政局负责）\n');
    expect(document.tasks.map((item) => item.id)).toEqual(['(一)', '(二)']);
    expect(task(document, '(一)').text).toContain('第（一）项要求，2020．年度（2021—2023年）');
  });

  it('reads full-width digits (１．) and numbers past 999 ((1000))', () => {
    const document = parseText('关于印发某方案的通知\n一、任务\n１．细化措施。（市科技局负责）\n２．完善机制。（市商务局负责）\n(999)第九百九十九项。\n(1000)第一千项。\n');
    expect(document.tasks.map((item) => item.id)).toContain('2');
    expect(named(task(document, '2').responsible)).toEqual(['市商务局']);
    const ids = (nodes: PolicyDocument['structure']): string[] => nodes.flatMap((node) => (node.kind === 'section' ? [node.id, ...ids(node.children)] : []));
    expect(ids(document.structure).some((id) => id.endsWith('(1000)'))).toBe(true);
  });

  it('reads a Markdown pipe table with <br> in cells, heading rows and rows spanned under a merged 序号 (丰政办发〔2026〕4号)', () => {
    const document = fixture('26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md');
    expect(document.tasks.filter((item) => item.kind === 'row')).toHaveLength(115);
    const first = document.structure.find((node) => node.kind === 'table');
    expect(first?.kind === 'table' && first.headings?.[0]?.text).toBe('一、共筑美丽蓝天');
    expect(task(document, '表1.1').deadline).toEqual({ raw: '年底前', kind: 'dated', due: '2026-12' });
  });

  it('reads a 分工表 copied one cell per line', () => {
    const document = parseText([
      '某县人民政府办公室关于印发重点任务分工的通知', '各乡镇人民政府：', '现印发给你们。', '重点任务分工表',
      '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '1', '加快推进项目建设，', '确保按期投产。', '县发改局', '县财政局、县自然资源局', '2024年6月底前',
      '2', '优化营商环境。', '县政务服务中心', '长期坚持',
    ].join('\n'));
    expect(named(task(document, '1').lead)).toEqual(['县发改局']);
    expect(named(task(document, '1').participants)).toEqual(['县财政局', '县自然资源局']);
    expect(task(document, '1').deadline).toEqual({ raw: '2024年6月底前', kind: 'dated', due: '2024-06' });
    expect(named(task(document, '2').lead)).toEqual(['县政务服务中心']);
    expect(task(document, '2').deadline?.kind).toBe('ongoing');
  });

  it('keeps a company’s numbered branch whole, and places a spanned row by its time cell 按时间节点完成 (丰政办发〔2026〕4号)', () => {
    const document = fixture('26_beijing_fengtai_meili_fengtai_xingdong_jihua_2026.md');
    const names = document.tasks.flatMap((candidate) => [...candidate.lead, ...candidate.responsible, ...candidate.participants].map((agency) => agency.name));
    expect(names).toContain('市排水集团第四管网运营分公司');
    expect(names).not.toContain('第四管网运营分公司');
    expect(names).not.toContain('按时间节点完成');
    expect(names).not.toContain('动态治理');
  });

  it('reads a one-cell-per-line table whose task cell holds a numbered list (静绿容发〔2025〕37号)', () => {
    const document = fixture('84_shanghai_jingan_laji_fenlei_gongzuo_shishi_fangan_2025.md');
    const rows = document.tasks.filter((candidate) => candidate.kind === 'row');
    expect(rows).toHaveLength(15);
    expect(rows[0]!.text).toContain('9. 健全完善全区可回收物体系');
    expect(named(rows[0]!.responsible)).toEqual(['区绿化市容局']);
    expect(named(rows[14]!.responsible)).toEqual(['北方集团', '置业集团', '市北高新集团']);
  });

  it('reads a duties table copied one cell per line: 单位 / 职责分工, an agency line then its duties (沪奉府办发〔2024〕12号)', () => {
    const document = parseText([
      '奉贤区违法用地综合整治三年行动工作方案',
      '',
      '一、工作目标',
      '',
      '（一）总体目标。全面完成存量违法用地整治。',
      '',
      '附件2',
      '',
      '奉贤区违法用地综合整治协调机制成员单位职责分工',
      '',
      '单位',
      '',
      '职责分工',
      '',
      '区规划资源局',
      '',
      '拟定本区违法用地综合整治三年行动工作方案（2024-2026），统筹推进全区违法用地综合整治工作。',
      '',
      '公安局奉贤分局',
      '',
      '推进本行政区域行政执法与刑事司法衔接机制建设；对有关部门采取强制措施提供协助。',
      '',
      '各街镇',
      '',
      '各街镇是违法用地综合整治三年行动的责任主体。',
      '',
      '负责本区域违法用地整治的具体实施。',
    ].join('\n'));
    const rows = document.tasks.filter((candidate) => candidate.kind === 'row');
    expect(rows.map((row) => named(row.responsible))).toEqual([['区规划资源局'], ['公安局奉贤分局'], ['各街镇*']]);
    expect(rows[2]!.text).toContain('负责本区域违法用地整治的具体实施。');
  });

  it('knows a body by how any body’s name ends, in every table copied one cell per line: 区经济委员会 starts a row of its own (沪奉府办发〔2024〕12号)', () => {
    const document = fixture('107_fengxian_weifa_yongdi_zonghe_zhengzhi_sannian_xingdong_gongzuo_fangan_2024.md');
    const row = document.tasks.find((candidate) => candidate.kind === 'row' && named(candidate.responsible).includes('区经济委员会'));
    expect(row?.text).toBe('负责对街镇上报的拟完善用地手续的产业类项目进行评估和综合研判；配合规划资源部门落实落后产能违法用地项目的调查摸底工作；指导和督促各街镇开展淘汰落后产能工作。');
  });

  it('reads a flattened web table, one cell per line ending in |, its header printed again on each page (陵川县 2019)', () => {
    const document = fixture('66_shanxi_lingchuan_guofa42_zhongdian_gongzuo_2019.md');
    const rows = document.tasks.filter((item) => item.kind === 'row');
    expect(rows.map((row) => row.text.split('\n')[0])).toContain('积极创建国家全域旅游示范区');
    expect(named(rows[0]!.lead)).toEqual(['县文旅局']);
    expect(named(rows[1]!.lead)).toEqual(['县工信局']);
    expect(document.removed.some((removed) => removed.reason === 'repeated-table-header')).toBe(true);
  });

  it('reads a task table copied one cell per line whose header labels are broken over two lines (牵头 / 部门, 实施 / 主体) and whose rows are keyed by their task cell （1） (沪交设养〔2024〕1025号)', () => {
    const document = fixture('146_shanghai_jiaotongwei_jingxihua_guanli_sannian_xingdong_jihua_2024.md');
    const table = document.structure.find((node) => node.kind === 'table');
    expect(table?.kind === 'table' && table.header).toEqual(['任务分类', '主要方向', '重点任务（2024-2026）', '2024年工作项目', '2025年计划', '2026年计划', '牵头部门', '配合部门', '实施主体']);
    const rows = document.tasks.filter((candidate) => candidate.kind === 'row');
    expect(rows).toHaveLength(35);
    // `（1）建设精品道路300条。` after the group cells `（一）` / `提升交通设施环境品质` and `1、改善城市道路环境`.
    expect(task(document, '1').text).toBe('建设精品道路300条。');
    expect(named(task(document, '1').lead)).toEqual(['设施养护处']);
    expect(named(task(document, '1').participants)).toEqual(['各相关部门和单位*']);
    expect(named(task(document, '1').responsible)).toEqual(['各行业主管部门*', '各区*']);
    // The yearly columns are the year's work, not a time limit.
    expect(task(document, '1').deadline).toBeUndefined();
  });

  it('carries role cells merged over a group of rows, and reads a row printing four role cells or one (沪交设养〔2024〕1025号)', () => {
    const document = fixture('146_shanghai_jiaotongwei_jingxihua_guanli_sannian_xingdong_jihua_2024.md');
    // Row 3 prints `设施运行处` / `设施养护处` / `各相关部门和单位` / `各行业主管部门、各区`: the lead cell holds two names.
    expect(named(task(document, '3').lead)).toEqual(['设施运行处', '设施养护处']);
    // `（4）建设慢行交通精品区域50个。` prints its three yearly cells and no role cell: they were merged with row 3's.
    expect(named(task(document, '4').lead)).toEqual(['设施运行处', '设施养护处']);
    expect(named(task(document, '5').responsible)).toEqual(['各行业主管部门*', '各区*']);
    // `（26）建设上海客运“出行即服务”（MaaS）系统。` prints one role cell, `随申行公司`: its implementing body.
    expect(named(task(document, '26').lead)).toEqual([]);
    expect(named(task(document, '26').responsible)).toEqual(['随申行公司']);
    // `完善虹桥机场T2航站楼建筑遮阳挡风设施；` runs on into the next line: one yearly cell of two.
    const row19 = document.structure.flatMap((node) => (node.kind === 'table' ? node.rows : [])).find((row) => row.number.value === 19);
    expect(row19?.cells.find((cell) => cell.header === '2025年计划')?.text).toBe('完善虹桥机场T2航站楼建筑遮阳挡风设施；\n完成虹桥机场手推车RFID项目，提高手推车工作效率。');
    expect(named(task(document, '29').lead)).toEqual(['科技信息处', '货运处']);
  });

  it('takes a row’s task from the first of the unnamed columns it fills, and drops the header printed again in another layout (盐都区 2024, 附件2)', () => {
    const document = fixture('28_yancheng_yandu_shebei_gengxin_xingdong_fangan_2024.md');
    // `| 5 | 区城管局 |  | 《住房城乡建设部关于印发…` leaves 强制类 empty: its task is in 鼓励类.
    expect(task(document, '表2.5').text).toMatch(/^《住房城乡建设部关于印发推进建筑和市政基础设施设备更新工作实施方案的通知》/);
    expect(named(task(document, '表2.5').responsible)).toEqual(['区城管局']);
    // `| 序号 | 责任单位 | 有关政策 |  |` over `| 强制类 | 鼓励类 |  |  |` on the next page is the header again, not row 2's words.
    expect(named(task(document, '表2.2').responsible)).toEqual(['盐都生态环境局']);
    const repeated = document.removed.filter((removed) => removed.reason === 'repeated-table-header').map((removed) => removed.text);
    expect(repeated).toContain('| 序号 | 责任单位 | 有关政策 |  |');
    expect(repeated).toContain('| 强制类 | 鼓励类 |  |  |');
  });

  it('reads a page laid out in one table cell, its paragraphs parted by <br>', () => {
    const document = parseText('# 关于开展整治的通知\n\n|     |\n| --- |\n| 各有关单位：<br>现将有关事项通知如下。<br>一、工作任务<br>（一）开展排查。全面排查非法加油点。（责任单位：区交通运输局、市公安局平川分局）<br>（二）加强监管。（责任单位：区市场监管局） |\n');
    expect(named(task(document, '(一)').responsible)).toEqual(['区交通运输局', '市公安局平川分局']);
    expect(named(task(document, '(二)').responsible)).toEqual(['区市场监管局']);
  });

  it('drops the page frame of a PDF extraction (- 2 -, * * *, running headers) and lists it as removed', () => {
    const document = fixture('37_chongqing_xinnengyuan_qiche_chaochong_xingdong_2024.md');
    const frame = document.removed.filter((removed) => removed.reason === 'page-furniture').map((removed) => removed.text);
    expect(frame).toContain('- 2 -');
    expect(frame).toContain('* * *');
    expect(frame).toContain('重庆市人民政府办公厅文件');
  });
  it('reads an article number alone on its line as the article, its text the paragraph below: 第五条 / 省发展改革委（省能源局）负责… (湘发改能源规〔2025〕289号)', () => {
    const article = task(fixture('116_hunan_fagaiwei_chonghuandian_jichu_sheshi_guanli_banfa_2025.md'), '第五条');
    expect(article.text).toMatch(/^省发展改革委（省能源局）负责编制全省充换电基础设施发展规划。/);
    expect(named(article.responsible)).toEqual(['省发展改革委（省能源局）', '市州发展改革部门']);
  });
});

describe('assignments: the forms in the wild', () => {
  it('parts names a table cell ran together where a branch named in full or 各… begins (丰政办发〔2026〕4号)', () => {
    expect(splitRunTogetherNames('区城市管理委丰台运管分局区科技信息化局')).toEqual(['区城市管理委', '丰台运管分局', '区科技信息化局']);
    expect(splitRunTogetherNames('区生态环境局各街镇')).toEqual(['区生态环境局', '各街镇']);
    expect(splitRunTogetherNames('市排水集团第四管网运营分公司')).toEqual(['市排水集团第四管网运营分公司']);
  });

  it('(X、Y牵头，A、B配合实施), and bodies alone in a parenthesis after the item’s last full stop: (区农业农村委) (奉贤区耕地土壤环境保护工作方案 2020)', () => {
    const roles = parseAssignmentText('区农业农村委、区规划资源局、区生态环境局牵头，各街镇、开发区、头桥集团配合实施', undefined);
    expect(named(roles.lead)).toEqual(['区农业农村委', '区规划资源局', '区生态环境局']);
    expect(named(roles.participants).map((name) => name.replace(/\*$/, ''))).toEqual(['各街镇', '开发区', '头桥集团']);
    const bare = splitTrailingAssignment('建立农药包装废弃物回收机制。(区农业农村委)');
    expect(bare?.content).toBe('区农业农村委');
    expect(named(parseAssignmentText(bare!.content, undefined).responsible)).toEqual(['区农业农村委']);
    expect(splitTrailingAssignment('跟踪评估土壤环境质量和农产品质量变化状况。（区生态环境局、区农业农村委）')?.content).toBe('区生态环境局、区农业农村委');
    // Inside a sentence a body in parentheses glosses the name before it; a gloss names no one to do the work.
    expect(splitTrailingAssignment('加强与国家发展改革委（国家能源局）')).toBeUndefined();
    expect(splitTrailingAssignment('报送审核。（以下简称市发展改革委）')).toBeUndefined();
    expect(fixture('169_shanghai_fengxian_nongyenongcunwei_gengdi_turang_huanjing_baohu_fangan_2020.md').tasks.filter((one) => named(one.responsible).join() === '区农业农村委').length).toBeGreaterThan(3);
  });

  it('keeps a company named after its bureau whole, and never parts a name inside its brackets (沪交设养〔2024〕1025号)', () => {
    expect(splitRunTogetherNames('上海铁路局集团有限公司')).toEqual(['上海铁路局集团有限公司']);
    expect(splitRunTogetherNames('上海机场（集团）有限公司')).toEqual(['上海机场（集团）有限公司']);
  });

  it('由 names a body, never a phrase that describes one or a verb that begins like one (沪崇府办发〔2023〕16号, 奉贤区违法用地整治 2024)', () => {
    // `由依法登记的代表农村集体行使所有权的集体经济组织或由其委托的其他法人组织代理实施`: 的 makes a description, 委托 a verb.
    const names = (file: string) => fixture(file).tasks.flatMap((one) => [...one.lead, ...one.participants, ...one.responsible].map((agency) => agency.name));
    expect(names('164_shanghai_chongming_jiti_jingyingxing_jianshe_yongdi_rushi_shidian_2023.md').filter((name) => /的|委$/.test(name) && !/(?:区|市)[\u4e00-\u9fff]*委$/.test(name))).toEqual([]);
    expect(names('107_fengxian_weifa_yongdi_zonghe_zhengzhi_sannian_xingdong_gongzuo_fangan_2024.md')).not.toContain('负责接收的政府(部门)');
  });

  it('（牵头单位：…） after each item (辽政发〔2024〕9号)', () => {
    const document = fixture('12_liaoning_shebei_gengxin_shishi_fangan_2024.md');
    expect(named(task(document, '(一)').lead)).toEqual(['省工业和信息化厅']);
  });

  it('（牵头部门：X，配合部门：Y） and （6月底完成，牵头考核单位：…）', () => {
    expect(named(parseAssignmentText('牵头部门：省发展改革委，配合部门：省财政厅', undefined).participants)).toEqual(['省财政厅']);
    const roles = parseAssignmentText('6月底完成，牵头考核单位：市政府办公室、市公安局', undefined);
    expect(named(roles.lead)).toEqual(['市政府办公室', '市公安局']);
    expect(roles.deadline?.raw).toBe('6月底完成');
  });

  it('主责单位： on the line under each task is a responsible list (京政发〔2024〕1号)', () => {
    const document = fixture('11_beijing_zhengfu_baogao_renwu_qingdan_2024.md');
    expect(named(task(document, '1').responsible)).toEqual(['市规划自然资源委（首规委办）']);
    expect(named(task(document, '11').responsible)).toContain('市科委、中关村管委会');
  });

  it('（X牵头，Y等国务院相关部门以及各地区按职责分工负责）: Y takes part, groups marked (国办发〔2018〕79号)', () => {
    const document = fixture('01_guobanfa_fangguanfu_renwu_fengong_2018.txt');
    expect(named(task(document, '2.(1)').lead)).toEqual(['市场监管总局']);
    expect(named(task(document, '2.(1)').participants)).toEqual(['公安部', '人力资源社会保障部', '税务总局', '国务院相关部门*', '各地区*']);
    expect(named(task(document, '2.(2)').responsible)).toEqual(['人民银行']);
    expect(named(task(document, '35').responsible)).toEqual(['司法部', '市场监管总局', '工业和信息化部', '密码局']);
  });

  it('articles that name their agency: 由X统筹指导，由Y会同有关部门实施; 本办法由X负责解释', () => {
    const document = fixture('04_zhongban_guoban_tanda_kaohe_banfa_2026.md');
    expect(named(task(document, '第三条').guidance)).toEqual(['中央组织部']);
    expect(named(task(document, '第三条').lead)).toEqual(['国家发展改革委']);
    expect(named(task(document, '第三条').participants)).toEqual(['有关部门*']);
    expect(named(task(document, '第二十四条').responsible)).toEqual(['国家发展改革委']);
    expect(named(task(document, '第七条').lead)).toEqual(['国家发展改革委']);
  });

  it('由, an agency and any verb: 由区建管委（区水务局）编制…, 由上海城投集团开展… (黄府发〔2025〕9号)', () => {
    const document = fixture('83_shanghai_huangpu_paishui_guanli_tizhi_gaige_2025.md');
    expect(named(task(document, '二.(一)').responsible)).toEqual(['区建管委（区水务局）']);
    expect(named(task(document, '二.(二).2').responsible)).toEqual(['上海城投集团']);
  });

  it('X、Y牵头，会同A、B等部门…: the leads convene participants (商消费发〔2024〕58号)', () => {
    const document = fixture('78_shangwubu_xiaofeipin_yijiuhuanxin_xingdong_fangan_2024.md');
    expect(named(task(document, '(十八)').lead)).toEqual(['商务部', '财政部', '工业和信息化部']);
    expect(named(task(document, '(十八)').participants)).toContain('金融监管总局');
  });

  it('a 职责 section: a 领导小组 heads its own duties, 成员单位 names no agency, and a clause that runs on is no name (嘉府发〔2023〕20号)', () => {
    const document = parseText([
      '关于推进嘉定区城市更新工作的实施意见',
      '',
      '五、主要职责',
      '',
      '（一）区城市更新领导小组',
      '',
      '区城市更新领导小组负责统筹、协调全区城市更新工作，研究、审议城市更新相关重大事项。',
      '',
      '（二）成员单位',
      '',
      '区规划资源局负责本区城市更新规划土地管理工作。区属国有企业根据区政府工作部署，负责参与城市更新项目实施。',
    ].join('\n'));
    expect(named(task(document, '(一)').responsible)).toEqual(['区城市更新领导小组']);
    expect(named(task(document, '(二)').responsible)).toEqual(['区规划资源局']);
  });

  it('one paragraph per agency without a colon, under a 成员单位 heading: 区规划资源局负责… (嘉府发〔2023〕20号)', () => {
    const document = fixture('96_jiading_chengshi_gengxin_shishi_yijian_2023.md');
    const duties = document.tasks.filter((candidate) => candidate.id.includes('¶'));
    expect(duties.map((duty) => named(duty.responsible)[0])).toEqual(expect.arrayContaining(['区规划资源局', '区建设管理委', '区经委', '区商务委']));
  });

  it('a duty paragraph whose body is followed by another verb, among 负责 paragraphs: 街道办事处、镇人民政府按照职责分工充分发挥属地职能… (嘉府发〔2023〕20号)', () => {
    const document = fixture('96_jiading_chengshi_gengxin_shishi_yijian_2023.md');
    const duties = document.tasks.filter((candidate) => candidate.id.startsWith('五.(三).¶'));
    expect(duties.map((duty) => named(duty.responsible).join('、'))).toContain('街道办事处、镇人民政府');
  });

  it('an article of duty paragraphs with no colon and no 负责 up front: X（以下简称“Y”）是…，负责…; X、Y等其他部门根据…做好相关工作 (青浦区, 2023)', () => {
    const document = fixture('101_qingpu_nongcun_cunmin_jianfang_fengmao_guanli_shishi_yijian_2023.md');
    const duties = document.tasks.filter((candidate) => candidate.id.startsWith('第五条.¶')).map((duty) => named(duty.responsible).join('、'));
    expect(duties).toEqual(expect.arrayContaining([
      '青浦区建设管理委员会',
      '青浦区农业农村委员会、青浦区规划和自然资源局、其他部门*',
      '青浦区农村村民建房会审联席会议',
    ]));
  });

  it('a body before 由 is the one described, 由 naming who staff it: 区更新办由区建设管理委、区住房保障房屋管理局、区规划资源局三家副主任单位协同开展工作，负责… (嘉府发〔2023〕20号)', () => {
    expect(named(readSubjectAssignment('区更新办由区建设管理委、区住房保障房屋管理局、区规划资源局三家副主任单位协同开展工作，负责城市更新工作的统筹实施、综合协调、监督管理和重点工作推进。')!.responsible)).toEqual(['区更新办']);
    expect(readSubjectAssignment('区更新办下设“两旧一村”改造工作专班，由区住房保障房屋管理局主要负责人任召集人。')).toBeUndefined();
    const document = fixture('96_jiading_chengshi_gengxin_shishi_yijian_2023.md');
    expect(named(task(document, '五.(二)').responsible)).toEqual(['区更新办']);
    expect(named(task(document, '五.(二).¶1').responsible)).toEqual(['“两旧一村”改造工作专班']);
  });

  it('the end of a parenthesis broken onto its own line is not a duty paragraph: 市发展改革委、市经济信息委、市交通运输委，…国网重庆电力）', () => {
    expect(readDutySubject('市发展改革委、市经济信息委、市交通运输委，重庆高速集团、重庆市绿色能源发展有限公司、国网重庆电力）')).toBeUndefined();
    expect(named(readDutySubject('街道办事处、镇人民政府按照职责分工充分发挥属地职能，梳理辖区资源。')!.responsible)).toEqual(['街道办事处', '镇人民政府']);
  });

  it('a department named in full before the verb its work opens with: 市经济信息化委支持推广… (沪发改环资〔2026〕130号)', () => {
    const document = parseText([
      '上海市零碳园区建设工作方案',
      '',
      '三、重点任务',
      '',
      '（一）开展统筹推进与顶层设计',
      '',
      '市发展改革委负责零碳园区申报、评审和验收，组建能源、循环经济、高端制造等领域专家库，统筹推进零碳园区建设。',
      '',
      '（二）培育绿色低碳产业集群',
      '',
      '市经济信息化委支持推广“以绿制绿”模式，推动园区布局有绿电需求的低能耗、低污染、高附加值的新型产业。',
      '',
      '（三）开展零碳能源发展布局和机制创新',
      '',
      '市发展改革委统筹零碳园区建设与本市新能源、输配电网规划布局。',
    ].join('\n'));
    expect(named(task(document, '(二)').responsible)).toEqual(['市经济信息化委']);
    expect(named(task(document, '(三)').responsible)).toEqual(['市发展改革委']);
  });

  it('every place of a kind is told what to do: 镇（街道）应…, 各地要…, 新片区管委会、各镇应… (青规划资源〔2023〕115号, 粤发改资环函〔2025〕145号, 沪自贸临管委〔2024〕53号)', () => {
    const articles = fixture('101_qingpu_nongcun_cunmin_jianfang_fengmao_guanli_shishi_yijian_2023.md');
    expect(named(task(articles, '第八条').responsible)).toEqual(['镇（街道）*']);
    const sentence = (text: string) => named(readSubjectAssignment(text)?.responsible ?? []);
    expect(sentence('营造良好消费环境。各地要组织参与消费品以旧换新活动的经营主体实施产品销售价格公开承诺。'.split('。')[1]!)).toEqual(['各地*']);
    expect(sentence('新片区管委会、各镇应根据指标评估与问卷调查结果，按照轻重缓急的原则对体检发现的问题进行系统梳理。')).toEqual(['新片区管委会', '各镇*']);
  });

  it('an appeal to everyone is no assignment and makes no list of tasks: 各地区、各部门要… (发改办财金〔2019〕397号)', () => {
    expect(readSubjectAssignment('各地区、各部门要按最小授权原则设定自然人纳税信用信息管理人员权限。')).toBeUndefined();
    const document = fixture('08_fagaiban_caijin_397.txt');
    expect(document.tasks.flatMap((item) => named(item.responsible))).not.toContain('各地区*');
  });

  it('a modal ends the subject after a time limit: 每季度首月十日前，镇（街道）应将…上报区联席会议办公室 (青规划资源〔2023〕115号)', () => {
    const roles = readSubjectAssignment('每季度首月十日前，镇（街道）应将上季度农房审批及建设情况梳理后上报区联席会议办公室，由办公室整理后以季报的形式报送区联席会议。');
    expect(named(roles?.responsible ?? [])).toEqual(['镇（街道）*']);
  });

  it('由 and a department named by function, or a place of a kind before 向: 由当地交通运输主管部门组织…, 由各村向联席办上报… (内蒙古, 头桥街道)', () => {
    const sentence = (text: string) => named(readSubjectAssignment(text)?.responsible ?? []);
    expect(sentence('累计超过四分之一的天数少于获得建设补贴功率数总额的，由当地交通运输主管部门组织对其进行核查。')).toEqual(['当地交通运输主管部门']);
    expect(sentence('拆平资金：现场拆平并复垦完成后，由各村向联席办上报拆平情况，管理办现场核实并向区规资局上报情况。')).toEqual(['各村*']);
  });

  it('X按照职责，分别牵头…: the verb after a comma still gives the role (头桥街道减量化实施方案)', () => {
    const roles = readSubjectAssignment('各职能部门按照职责，分别牵头完成协议签订、搬迁补偿、土地复垦、资金拨付、减量化指标使用等具体工作，确保完成减量化任务。');
    expect(named(roles?.lead ?? [])).toEqual(['各职能部门*']);
  });

  it('duties by department heading: **（一）商务部门。** …', () => {
    const document = fixture('24_chengde_shangwuju_chengpinyou_shuangsuiji_2024.md');
    expect(named(task(document, '三.(一)').responsible)).toEqual(['商务部门']);
    expect(named(task(document, '三.(二)').responsible)).toEqual(['市场监督管理部门']);
  });

  it('a 职责分工 heading that is a department alone gives it the duties below: （一）区交通委 / 1．制定… (沪松府〔2017〕143号)', () => {
    const document = fixture('93_shanghai_songjiang_tingche_ziyuan_gongxiang_2017.md');
    expect(named(task(document, '四.(一).3').responsible)).toEqual(['区交通委']);
    expect(named(task(document, '四.(二)').responsible)).toEqual(['区公安分局']);
    expect(named(task(document, '四.(九)').responsible)).toEqual(['相关街镇*']);
  });

  it('the department heading’s duties also when a paragraph introduces them: （一）虹口区绿化和市容管理局 / 区绿化市容局是…主管部门，…主要履行以下职责： / 1．… (虹府规〔2022〕3号)', () => {
    const document = fixture('163_shanghai_hongkou_jianzhu_laji_chuzhi_guanli_shishi_yijian_2022.md');
    expect(named(task(document, '三.(一).1').responsible)).toEqual(['虹口区绿化和市容管理局']);
    expect(named(task(document, '三.(二).5').responsible)).toEqual(['虹口区住房保障和房屋管理局']);
  });

  it('a heading of a body’s duties gives it the duties below: 1.乡镇消防安全委员会职责 / （1）组织领导… (沪崇府办发〔2023〕3号)', () => {
    const document = fixture('208_chongming_jiceng_xiaofang_anquan_zonghe_zhili_shishi_yijian_2023.md');
    expect(named(task(document, '二.(二).1').responsible)).toEqual(['乡镇消防安全委员会']);
    expect(named(task(document, '二.(二).1.(4)').responsible)).toEqual(['乡镇消防安全委员会']);
    expect(named(task(document, '二.(二).2.(1)').responsible)).toEqual(['乡镇消防安全委员会办公室']);
    expect(named(task(document, '二.(二).3.(2)').responsible)).toEqual(['村居委']);
  });

  it('reads 由 a body whose name ends in 办公室 whole: 由街道消防安全管理办公室组织… (黄府办发〔2023〕5号)', () => {
    expect(named(readSubjectAssignment('对涉及多个职能部门开展联合处置的隐患问题，由街道消防安全管理办公室组织相关成员单位联勤联动。')!.responsible)).toEqual(['街道消防安全管理办公室']);
  });

  it('reads a table one cell per line whose time comes before its agencies, a header cell’s （单位） on its own line and a 任务类型 cell printed on a group’s first row only (静安区排水改革任务时间表, 2025)', () => {
    const document = fixture('227_jingan_paishui_guanli_tizhi_gaige_shishi_fangan_2025.md');
    const second = task(document, '2');
    expect(named(second.responsible)).toEqual(['区建设管理委（区水务局）']);
    expect(named(second.participants)).toEqual(['区财政局', '区人力资源社会保障局', '区国资委', '市北高新集团', '大宁集团', '城发集团', '上海城投集团']);
    expect(second.deadline?.raw).toBe('2025年6月');
    // The last row ends where 附件4 begins.
    expect(named(task(document, '9').participants)).toEqual(['区财政局', '上海城投集团']);
  });

  it('reads a body that joins with others (联合) as their lead: 区绿化市容局联合区房管局、区城管执法局指导街镇… (青府办发〔2025〕20号)', () => {
    const roles = readSubjectAssignment('区绿化市容局联合区房管局、区城管执法局指导街镇加强对装修人、物业服务企业的宣传培训。')!;
    expect(named(roles.lead)).toEqual(['区绿化市容局']);
    expect(named(roles.participants)).toEqual(['区房管局', '区城管执法局']);
  });

  it('reads a level’s department named by its function before the act it does: 5．区住房保障部门督促拆房企业…, 3．区建设管理部门协同做好… (宝绿容〔2024〕25号)', () => {
    expect(named(readSubjectAssignment('区住房保障部门督促拆房企业、物业服务企业落实管理区域内产生的拆房垃圾、装修垃圾的投放管理工作。', true)!.responsible)).toEqual(['区住房保障部门']);
    expect(named(readSubjectAssignment('区建设管理部门协同做好工地现场建筑垃圾监管。', true)!.responsible)).toEqual(['区建设管理部门']);
  });

  it('reads a regulation’s bodies given short names, a comma before the verb: 市人民政府绿化行政管理部门（以下简称市绿化管理部门），负责…；区、县管理绿化的部门（以下称区、县绿化管理部门）负责… (上海市绿化条例)', () => {
    const roles = readSubjectAssignment('市人民政府绿化行政管理部门（以下简称市绿化管理部门），负责本市行政区域内的绿化工作；区、县管理绿化的部门（以下称区、县绿化管理部门）负责本辖区内绿化工作。', true)!;
    expect(named(roles.responsible)).toEqual(['市人民政府绿化行政管理部门', '区、县管理绿化的部门']);
    expect(named(readSubjectAssignment('市和区、县人民政府应当将绿化建设纳入国民经济和社会发展计划。', true)!.responsible)).toEqual(['市和区、县人民政府']);
    // 上海市民防条例: the list goes on after the levels' body.
    expect(named(parseAgencyList('市和区民防办以及其他有关部门'))).toEqual(['市和区民防办', '其他有关部门*']);
  });

  it('one paragraph per agency in a 职责分工 section: 区商务委：负责…', () => {
    const document = parseText('关于印发专项行动方案的通知\n一、工作任务\n（一）开展排查。\n二、责任分工\n区商务委：负责牵头组织专项行动。\n区公安局：负责打击违法犯罪。\n');
    expect(document.tasks.map((item) => item.id)).toContain('二.¶1');
    expect(named(task(document, '二.¶2').responsible)).toEqual(['区公安局']);
    expect(task(document, '二.¶1').anchor).toBe('s2-para1');
  });

  it('splits lists on 、，及 以及 and after 等, keeping groups whole and role words out', () => {
    expect(named(parseAgencyList('海关总署等有关部门'))).toEqual(['海关总署', '有关部门*']);
    expect(named(parseAgencyList('海关总署等部门'))).toEqual(['海关总署']);
    expect(named(parseAgencyList('各区、县级市政府'))).toEqual(['各区、县级市政府*']);
    expect(named(parseAgencyList('各旗县区人民政府'))).toEqual(['各旗县区人民政府*']);
    expect(named(parseAgencyList('省农业农村厅按职责分工'))).toEqual(['省农业农村厅']);
    expect(named(parseAgencyList('市商务委牵头'))).toEqual(['市商务委']);
    expect(named(parseAgencyList('市市场监管局按职责组织'))).toEqual(['市市场监管局']);
    expect(named(parseAgencyList('支撑单位：区文化旅游局'))).toEqual(['区文化旅游局']);
    expect(named(parseAgencyList('（责任单位'))).toEqual([]);
    expect(named(parseAgencyList('工业和信息化部'))).toEqual(['工业和信息化部']);
    expect(named(parseAgencyList('电力调度机构或电力负荷管理中心'))).toEqual(['电力调度机构', '电力负荷管理中心']);
  });

  it('reads departments named by function words alone in a list closed by 等（有关）部门, and streets sharing the 街道 the list ends with', () => {
    // 96: `区发展改革、财政、税务、国资等有关部门在各自职责范围内，制定落实相关政策措施…`
    expect(named(parseAgencyList('区发展改革、财政、税务、国资等有关部门'))).toEqual(['区发展改革', '区财政', '区税务', '区国资', '有关部门*']);
    expect(readDutySubject('区发展改革、财政、税务、国资等有关部门在各自职责范围内，制定落实相关政策措施，协同开展城市更新相关工作。')?.responsible.map((agency) => agency.name))
      .toEqual(['区发展改革', '区财政', '区税务', '区国资', '有关部门']);
    // 88: `…市经信、交通、住建、农业等部门…`, with the level before the first as every one's (169);
    // 03 (no jurisdiction): `教育、卫生健康、新闻出版等部门要明确要求…` names 教育部门 and the rest.
    expect(named(parseAgencyList('市经信、交通、住建、农业等部门'))).toEqual(['市经信部门', '市交通部门', '市住建部门', '市农业部门']);
    expect(named(parseAgencyList('教育、卫生健康、新闻出版等部门'))).toEqual(['教育部门', '卫生健康部门', '新闻出版部门']);
    // A closing group (有关部门) is a name of its own, not the members' suffix.
    expect(named(parseAgencyList('财政、税务等有关部门'))).toEqual(['财政', '税务', '有关部门*']);
    // 81: `欧阳、曲阳、凉城、广中街道`; never onto a group (`各街道`).
    expect(named(parseAgencyList('欧阳、曲阳、凉城、广中街道'))).toEqual(['欧阳街道', '曲阳街道', '凉城街道', '广中街道']);
    expect(named(parseAgencyList('财政、各街道'))).toEqual(['财政', '各街道*']);
  });

  it('distributes 市 only to generic department names, never to proper names', () => {
    expect(named(parseAgencyList('市发改委、商务和工信局、财政局'))).toEqual(['市发改委', '市商务和工信局', '市财政局']);
    expect(named(parseAgencyList('市卫生健康委、申康医院发展中心、长三角区域合作办公室、团市委'))).toEqual(['市卫生健康委', '申康医院发展中心', '长三角区域合作办公室', '团市委']);
    expect(named(parseAgencyList('省地方金融监管局、陕西银保监局'))).toEqual(['省地方金融监管局', '陕西银保监局']);
  });

  it('distributes 自治区 as it does 市: 自治区交通运输厅、财政厅负责统筹… (内蒙古自治区交通运输厅 财政厅)', () => {
    expect(named(parseAgencyList('自治区交通运输厅、财政厅'))).toEqual(['自治区交通运输厅', '自治区财政厅']);
    expect(named(task(fixture('51_neimenggu_jiaotong_chuzuche_jiangbu_xize_2024.md'), '第二十一条').lead)).toEqual(['自治区财政厅', '自治区交通运输厅']);
  });

  it('reads no assignment in （适用范围：…）, （以下简称…）, （2021—2023年）, （试行）', () => {
    for (const clause of ['推进改革。（适用范围：浙江自贸试验区）', '印发方案（以下简称《方案》）', '行动计划（2021—2023年）', '管理办法（试行）']) {
      expect(splitTrailingAssignment(clause), clause).toBeUndefined();
    }
  });

  it('applies 列第一位的为牵头部门 to a list without role words', () => {
    const document = parseText('关于印发某方案的通知\n各部门：\n列第一位的为牵头部门。\n一、任务\n（一）推进改革。（市财政局、市税务局负责）\n');
    expect(document.leadRule).toBe('first-listed');
    expect(named(task(document, '(一)').lead)).toEqual(['市财政局']);
    expect(named(task(document, '(一)').participants)).toEqual(['市税务局']);
  });
  it('gives each 由 of a sentence its doer, whatever the verb: …由省发展改革委负责备案，…由市州发展改革部门备案 (湘发改能源规〔2025〕289号)', () => {
    const document = fixture('116_hunan_fagaiwei_chonghuandian_jichu_sheshi_guanli_banfa_2025.md');
    // `中央在湘企业、省属国有企业投资项目由省发展改革委负责备案，市州直属管理企业及其控股企业投资项目由市州发展改革部门备案，其他项目由县市区发展改革部门备案。`
    expect(named(task(document, '第十一条').responsible)).toEqual(['省发展改革委', '市州发展改革部门', '县市区发展改革部门']);
    // `…的，由相关部门依法予以处理。`
    expect(named(task(document, '第三十三条').responsible)).toEqual(['相关部门*']);
  });

  it('spreads the department a list closes with over kinds of place named bare: 市州、县市区发展改革部门要… (湘发改能源规〔2025〕289号)', () => {
    expect(named(parseAgencyList('市州、县市区发展改革部门'))).toEqual(['市州发展改革部门', '县市区发展改革部门']);
    expect(named(task(fixture('116_hunan_fagaiwei_chonghuandian_jichu_sheshi_guanli_banfa_2025.md'), '第二十条').responsible)).toEqual(['市州发展改革部门', '县市区发展改革部门']);
  });

  it('reads 由X会同Y and any verb as X leading and Y taking part (沪黄 排水管理体制改革; 碳达峰碳中和综合评价考核办法)', () => {
    expect(readSubjectAssignment('2025年5月底完成黄浦区公共排水设施运维成本绩效分析，由区建管委（区水务局）会同区财政局审核后上报市水务局。')).toMatchObject({
      lead: [{ name: '区建管委（区水务局）' }],
      participants: [{ name: '区财政局' }],
    });
    const roles = readSubjectAssignment('逾期整改不到位的，视情由中央组织部、国家发展改革委会同有关部门约谈该省（自治区、直辖市）党委和政府。');
    expect(named(roles!.lead)).toEqual(['中央组织部', '国家发展改革委']);
    expect(named(roles!.participants)).toEqual(['有关部门*']);
  });

  it('reads the subject after two settings, and the partners its 会同 names up to the verb: “十六五”时期起，每个五年规划期的第一年，国家发展改革委应当会同有关部门… (碳达峰碳中和综合评价考核办法)', () => {
    const roles = readSubjectAssignment('“十六五”时期起，每个五年规划期的第一年，国家发展改革委应当会同有关部门按照党中央、国务院确定的阶段性目标制定全国碳排放控制行动方案');
    expect(named(roles!.lead)).toEqual(['国家发展改革委']);
    expect(named(roles!.participants)).toEqual(['有关部门*']);
    expect(named(readSubjectAssignment('国家发展改革委应当会同有关部门及时制定评价考核年度实施方案')!.participants)).toEqual(['有关部门*']);
  });

  it('makes a subject that convenes partners in a later clause their lead: 商务部要加强统筹协调，会同各有关部门推动… (国办发 成品油流通)', () => {
    const roles = readSubjectAssignment('商务部要加强统筹协调，会同各有关部门推动本意见落实落地');
    expect(named(roles!.lead)).toEqual(['商务部']);
    expect(named(roles!.participants)).toEqual(['各有关部门*']);
  });
  it('gives a bureau printed on its first division only to all its divisions, across the clauses: （市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责） (沪市监 城镇燃气安全专项整治)', () => {
    const roles = parseAssignmentText('市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责', undefined);
    expect(named(roles.lead)).toEqual(['市局特种设备安全监察处']);
    expect(named(roles.participants)).toEqual(['市局执法稽查处', '市局信用监督管理处']);
    expect(roles.participants[0]!.written).toBe('执法稽查处');
  });

  it('reads a part after ； with its own role word as an assignment of its own, and a note on the items below as none (沪市监 城镇燃气安全专项整治)', () => {
    const roles = parseAssignmentText('市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责；区市场监管局组织落实。以下均需区市场监管局落实，市局执法总队负责上海化学工业区内的特种设备相关监管工作，不再单独列出', undefined);
    expect(named(roles.participants)).toEqual(['市局执法稽查处', '市局信用监督管理处']);
    expect(named(roles.responsible)).toEqual(['区市场监管局']);
  });
  it('reads the subject after a condition that ends in 的, or whose modal waits for a time (沪奉 景观照明管理实施意见; 发改办财金〔2019〕397号)', () => {
    expect(named(readSubjectAssignment('按照专项规划、实施方案，重要区域内应当设置景观照明的，区规划资源局应当在建设用地使用权出让前征询区绿化市容局意见')!.responsible)).toEqual(['区规划资源局']);
    expect(named(readSubjectAssignment('区规划资源局在审核建设工程设计方案时，应当就相关景观照明设置要求征询区绿化市容局的意见')!.responsible)).toEqual(['区规划资源局']);
    expect(named(readSubjectAssignment('对因政策理解偏差或办税系统操作失误导致轻微失信，且能够按照规定履行涉税义务的自然人，税务部门将简化修复程序')!.responsible)).toEqual(['税务部门']);
    // `对在科研诚信方面存在倾向性、苗头性问题的人员，所在单位应当…`: 所在单位 is whoever employs them, not a body.
    expect(readSubjectAssignment('对在科研诚信方面存在倾向性、苗头性问题的人员，所在单位应当及时开展科研诚信诫勉谈话')).toBeUndefined();
  });

  it('reads who takes part and who works together: X等部门按照各自职责，协同实施…; X可以会同Y…; X与Y合作 (沪奉 景观照明; 发改办财金〔2019〕397号)', () => {
    const together = readSubjectAssignment('区发展改革委、区经委、区公安分局、区财政局等部门按照各自职责，协同实施本意见');
    expect(named(together!.participants)).toEqual(['区发展改革委', '区经委', '区公安分局', '区财政局']);
    const convened = readSubjectAssignment('区绿化市容局可以会同区发展改革、财政等有关部门研究并制定政策');
    expect(named(convened!.lead)).toEqual(['区绿化市容局']);
    expect(named(convened!.participants)).toEqual(['区发展改革', '区财政', '有关部门*']);
    const partnership = readSubjectAssignment('税务部门与有关部门合作，建立个人所得税严重失信当事人联合惩戒机制');
    expect(named(partnership!.lead)).toEqual(['税务部门']);
    expect(named(partnership!.participants)).toEqual(['有关部门*']);
    // A heading is no subject: 全社会 ends as a 会 does.
    expect(readSubjectAssignment('营造全社会参与氛围')).toBeUndefined();
  });

  it('reads an article caption naming a role as no body: 第五条 管理部门 (沪奉 景观照明管理实施意见)', () => {
    expect(named(task(fixture('127_shanghai_fengxian_jingguan_zhaoming_guanli_shishi_yijian_2024.md'), '第五条').responsible)).not.toContain('管理部门');
  });

  it('names each kind of department a list closes with: 市场监管等综合执法部门 → 市场监管部门, 综合执法部门 (国办 成品油流通)', () => {
    expect(named(parseAgencyList('市场监管等综合执法部门'))).toEqual(['市场监管部门', '综合执法部门']);
    expect(named(parseAgencyList('商务等行业主管部门'))).toEqual(['商务部门', '行业主管部门']);
  });
  it('makes the subject before ； the lead of partners a clause convenes: 市安全监管部门要加强…；会同相关职能部门开展… (沪 危险化学品道路运输安全监管)', () => {
    const document = fixture('124_shanghai_weixian_huaxuepin_daolu_yunshu_anquan_jianguan_shishi_yijian_2015.md');
    expect(named(task(document, '二.(一)').lead)).toEqual(['市安全监管部门']);
    expect(named(task(document, '二.(一)').participants)).toEqual(['相关职能部门*']);
  });

  it('reads a long list of agencies sharing one verb, 区应急局 among them, and no 负责人 as the verb 负责 (沪奉 景观照明管理实施意见; 沪奉 农村公路)', () => {
    // 应 of 区应急局 is no modal, and thirteen names run past sixty characters.
    const together = readSubjectAssignment('区发展改革委、区经委、区公安分局、区财政局、区规划资源局、区生态环境局、区建设管理委(区交通委)、区水务局、区文化旅游局、区应急局、区市场监管局、区房管局、区城管执法局等部门按照各自职责，协同实施本意见。');
    expect(named(together!.participants)).toHaveLength(13);
    expect(named(together!.participants)).toContain('区应急局');
    // `…等相关部门负责人为成员`: the heads of the departments are members, the departments are given no work.
    expect(readSubjectAssignment('区政府办公室、发展改革委、公安分局、财政局、规划资源局、生态环境局、建设管理委、农业农村委、水务局、文化旅游局、应急管理、绿化市容局、城运中心等相关部门负责人为成员。')).toBeUndefined();
  });

  it('ends a list at 等部门 before a connector and the next name: …市生态环境局等部门以及各区相关部门要大力宣传… (沪发改 设备更新和以旧换新)', () => {
    expect(named(parseAgencyList('市农业农村委、市生态环境局等部门以及各区相关部门'))).toEqual(['市农业农村委', '市生态环境局', '各区相关部门*']);
  });

  it('reads a body the sentence names the one in charge, 是…主管部门／责任单位，负责…, its alias no part of its name (沪浦 土地储备征收; 沪青 村民建房; 沪奉 景观照明)', () => {
    expect(named(readSubjectAssignment('区规划资源局是储备征收工作的实际主管部门，主要承担区储备征收的计划制定、政策研究、业务培训、组织推进等职能。')!.responsible)).toEqual(['区规划资源局']);
    expect(named(readSubjectAssignment('青浦区建设管理委员会（以下简称“区建设管理委”）是本区村民建房的建筑活动主管部门，负责本辖区内村民建房的建筑活动监督管理和农房建筑风貌的引导。')!.responsible)).toEqual(['青浦区建设管理委员会']);
    expect(named(readSubjectAssignment('各街镇人民政府是景观照明的区域管理责任单位，在区绿化市容局的指导下，负责辖区内景观照明设施的建设、管理工作。')!.responsible)).toEqual(['各街镇人民政府*']);
    // Enterprises are no agencies, whatever the sentence calls them.
    expect(readSubjectAssignment('承接企业是储备征收工作的具体实施单位，根据有关部门和单位的委托，开展房屋征收动迁、清障处置等具体工作。')).toBeUndefined();
  });

  it('gives the work to the body another designates: 区政府指定区规划资源局组织实施… (沪浦 土地储备征收)', () => {
    expect(named(readSubjectAssignment('区政府指定区规划资源局组织实施本区征收集体土地房屋补偿工作。')!.responsible)).toEqual(['区规划资源局']);
  });

  it('keeps a task heading over paragraphs that name bodies one task, the list around it a task list: （一）优化工作体制 (沪浦 土地储备征收)', () => {
    const document = fixture('129_shanghai_pudong_tudi_chubei_fangwu_tudi_zhengshou_zhidao_yijian_2025.md');
    expect(named(task(document, '二.(一)').responsible)).toContain('区规划资源局');
    expect(document.tasks.map((each) => each.id)).toContain('二.(五)');
    expect(document.tasks.some((each) => each.id.includes('¶'))).toBe(false);
  });

  it('reads a form’s blank field as no body: 申请部门（单位）： (新质监办发 宣传报道申报单)', () => {
    expect(readSubjectAssignment('申请部门（单位）：')).toBeUndefined();
  });

  it('reads the body that sets up a group, not those 由 names to fill its posts: X成立由局党委书记、局长…同志任组长…的推进工作专班 (鹤城区 设备更新实施方案)', () => {
    expect(named(readSubjectAssignment('区工业和信息化局成立由局党委书记、局长周伟才同志任组长，党委副书记、副局长姚敦文和党委委员、副局长胡建任副组长，各股室及二级机构负责人为成员的推进工作专班。')!.responsible)).toEqual(['区工业和信息化局']);
  });

  it('reads the subject of a later clause when the sentence opens with a setting: 按照“谁主管、谁负责”的原则，…，联席办要… (头桥街道 减量化实施方案; 发改办财金〔2019〕397号)', () => {
    expect(named(readSubjectAssignment('按照“谁主管、谁负责”的原则，各相关职能部门、单位和村要明确责任分工，联席办要充分发挥主力军作用，制定工作计划、细化工作措施，确保每项工作指标都能落到实处。')!.responsible)).toEqual(['联席办']);
    expect(named(readSubjectAssignment('对个人所得税纳税信用记录存在异议的，纳税人可向税务机关提出异议申请，税务机关应及时回复并反馈结果。')!.responsible)).toEqual(['税务机关']);
    // 各 goes on to 村, and 联席办 after 及 is a body of its own.
    expect(named(parseAgencyList('各相关职能部门、单位、村及联席办'))).toEqual(['各相关职能部门*', '各单位*', '各村*', '联席办']);
  });

  it('reads no later subject where a clause before has a body of its own, recounts what was done, or names a plan: 上海城投集团在2026年建立…，排水公司、管网公司共同负责… (沪黄 排水管理体制改革; 渝 数字能源; 鹤城区 设备更新)', () => {
    expect(readSubjectAssignment('根据排水管理体制改革要求，上海城投集团在2026年建立一体化防汛防台保障体系，实行总体指挥，排水公司、管网公司共同负责落实三大片区防汛排水抢险和重大活动排水保障工作。')).toBeUndefined();
    expect(readSubjectAssignment('征集结果为贯彻市委市政府有关数字能源示范城市建设工作部署，加快全市能源结构转型和产业升级，市经济信息委牵头起草了《重庆市数字能源低碳城市发展行动方案（2024—2026年）（征求意见稿）》。')).toBeUndefined();
    // 部署 (a plan) ends as 海关总署 does; 经 (once approved by) is no part of a name.
    expect(readSubjectAssignment('以习近平新时代中国特色社会主义思想为指导，按照区委、区政府部署要求，推动设备更新。')).toBeUndefined();
    expect(named(readSubjectAssignment('省级行动方案应当按时制定完成，经国家发展改革委会同有关部门衔接审核后，报党中央、国务院审定。')?.lead ?? [])).not.toContain('经国家发展改革委');
  });

  it('reads the governments of one level as a group, so that a work report’s 省级政府要… is an appeal (2024年政府工作报告)', () => {
    expect(readSubjectAssignment('中央财政加大对地方均衡性转移支付力度、适当向困难地区倾斜，省级政府要推动财力下沉，兜牢基层“三保”底线。')).toBeUndefined();
    expect(named(parseAgencyList('各市、县级政府'))).toEqual(['各市、县级政府*']);
  });

  it('reads no body in whoever employs a person or a project’s parties: 当事人所在单位…, 施工监理单位…, 下立交设施产权单位要… (中办国办 科研诚信; 普陀 海绵城市; 嘉定 下立交防汛)', () => {
    expect(readSubjectAssignment('对社会舆论广泛关注的科研诚信事件，当事人所在单位和行业主管部门要及时采取措施调查处理，及时公布调查处理结果。')).toBeUndefined();
    expect(readSubjectAssignment('针对历年来有积水情况的下立交，下立交设施产权单位要认真分析积水原因。')).toBeUndefined();
    // A duties heading of its own still names a party: （八）各建设单位.
    expect(named(task(fixture('98_putuo_haimian_chengshi_jianshe_shishi_fangan_2025.md'), '四.(八)').responsible)).toEqual(['各建设单位*']);
  });

  it('reads the governments of every district as places told what to do, not an appeal: 各区（县）政府要切实履行属地安全监管职能… (沪 危险化学品道路运输安全监管)', () => {
    expect(named(task(fixture('124_shanghai_weixian_huaxuepin_daolu_yunshu_anquan_jianguan_shishi_yijian_2015.md'), '三.(一)').responsible)).toEqual(['各区（县）政府*']);
  });

  it('reads a ministry named in full before the verb of its work, and a partner it consults (商): 商务部指导各地区…; 国家发展改革委商财政部综合… (发改环资 加力支持设备更新和以旧换新)', () => {
    expect(named(readSubjectAssignment('商务部指导各地区结合实际做好优惠政策衔接，确保政策平稳有序过渡。')!.responsible)).toEqual(['商务部']);
    const consults = readSubjectAssignment('国家发展改革委商财政部综合各地区常住人口、地区生产总值、汽车和家电保有量等因素，合理确定对各地区支持资金规模。')!;
    expect([named(consults.lead), named(consults.participants)]).toEqual([['国家发展改革委'], ['财政部']]);
    const convenes = readSubjectAssignment('国家发展改革委、财政部统筹安排超长期特别国债资金及中央财政资金支持大规模设备更新和消费品以旧换新，会同有关部门制定相关实施方案和管理办法，明确工作要求。')!;
    expect([named(convenes.lead), named(convenes.participants)]).toEqual([['国家发展改革委', '财政部'], ['有关部门*']]);
    // 由 still gives the role its verb says: `评价考核工作由中央组织部统筹指导` is guidance (中办国办 碳排放双控考核办法).
    expect(named(readSubjectAssignment('在党中央集中统一领导下，评价考核工作由中央组织部统筹指导，由国家发展改革委会同有关部门实施。')!.guidance)).toEqual(['中央组织部']);
  });

  it('reads partners convened before any verb, each name as short as it can be, with its other name: 会同区房屋土地征收中心(区土地储备中心)和承接企业做好… (沪浦 土地储备征收; 京 老旧货车报废更新)', () => {
    const centre = readSubjectAssignment('街镇是储备征收工作的属地责任主体，根据区储备征收年度计划安排，会同区房屋土地征收中心(区土地储备中心)和承接企业做好本区域内储备征收的各项具体工作。')!;
    expect([named(centre.lead), named(centre.participants)]).toEqual([['街镇'], ['区房屋土地征收中心(区土地储备中心)']]);
    // `市生态环境局负责统筹组织和动员报废更新为新能源车辆的工作；会同相关部门委托第三方交易办理平台负责资格审核…`
    expect(named(readConvenedPartners('会同相关部门委托第三方交易办理平台负责资格审核、资金发放和过程监督管理。')!)).toEqual(['相关部门*']);
  });

  it('makes a subject told what it must do lead where a later clause opens with 牵头, not one that 负责 its own work: 地方发展改革部门要发挥综合协调作用，牵头做好… (发改环资 加力支持设备更新和以旧换新; 嘉定 城市更新)', () => {
    expect(named(readSubjectAssignment('地方发展改革部门要发挥综合协调作用，牵头做好项目组织和资金分配。')!.lead)).toEqual(['地方发展改革部门']);
    expect(named(readSubjectAssignment('区规划资源局负责本区城市更新规划土地管理工作，包括参与上报更新行动计划，牵头推进土地出让和供应。')!.responsible)).toEqual(['区规划资源局']);
  });

  it('reads each later clause that opens with a subject of its own, never 上述单位: 各地商务主管部门负责…，各地财政部门负责… (商务部等 汽车以旧换新补贴细则; 沪发改 两新 政策)', () => {
    // 第十条 of 商务部等 细则; the clause after is `财政部适时组织…`.
    expect(named(readSubjectAssignment('各地商务主管部门负责对补贴资金审核进行监管，各地财政部门负责对补贴资金拨付进行监管，确保资金安全。')!.responsible)).toEqual(['各地商务主管部门*', '各地财政部门*']);
    const review = readSubjectAssignment('市相关行业主管部门负责组织市级重大项目和市属国企相关项目的审核报送，各区发展改革委会同区相关部门负责区级项目的审核报送，上述单位要按照国家分领域设备更新通知要求严格开展项目审核。')!;
    expect([named(review.lead), named(review.participants), named(review.responsible)]).toEqual([['各区发展改革委*'], ['区相关部门*'], ['市相关行业主管部门']]);
  });

  it('reads a subject whose duty waits for an event: 各地商务主管部门收到申请材料后，会同财政、公安、工业和信息化等部门… (商务部等 汽车以旧换新补贴细则)', () => {
    const article = task(fixture('143_shangwubu_caizhengbu_qiche_yijiuhuanxin_butie_shishi_xize_2024.md'), '第四条');
    expect(named(article.lead)).toEqual(['各地商务主管部门*']);
    expect(named(article.participants)).toEqual(['财政部门', '公安部门', '工业和信息化部门']);
    // Whoever handles a case is a party, not a body: `1.处置单位完成问题处置后，应及时将处置情况反馈至镇城运中心平台` (沪奉 农村公路).
    expect(readSubjectAssignment('处置单位完成问题处置后，应及时将处置情况反馈至镇城运中心平台(原网格化平台)。')).toBeUndefined();
  });

  it('reads partners a lead brings in with 联合, a list going on after 以及: 由省工业和信息化厅牵头，联合省直和中央在湘有关单位、各相关市州人民政府以及部分重点企业，建立… (湘工信 设备更新实施方案)', () => {
    const mechanism = readSubjectAssignment('充分发挥湖南制造强省建设领导小组办公室的统筹协调作用，由省工业和信息化厅牵头，联合省直和中央在湘有关单位、各相关市州人民政府以及部分重点企业，建立联合推进机制。')!;
    expect(named(mechanism.lead)).toEqual(['省工业和信息化厅']);
    // 部分重点企业 (some key enterprises) is no body.
    expect(named(mechanism.participants)).toEqual(['省直和中央在湘有关单位*', '各相关市州人民政府*']);
  });

  it('reads a duty paragraph that assists others, those it assists leading: 市发展改革委配合市生态环境局、市交通委统筹开展相关工作。 (京 老旧货车报废更新)', () => {
    const document = fixture('136_beijing_laojiu_huoche_keche_baofei_gengxin_tiaozheng_2024.md');
    const assists = document.tasks.find((item) => item.text.startsWith('市发展改革委配合'))!;
    expect(named(assists.lead)).toEqual(['市生态环境局', '市交通委']);
    expect(named(assists.participants)).toEqual(['市发展改革委']);
  });

  it('reads those who take part in a later clause, and no body in a leader who convenes: 由区政府分管领导召集，区规划资源局、…等相关单位参与，… (沪浦 土地储备征收)', () => {
    const meeting = readSubjectAssignment('由区政府分管领导召集，区规划资源局、区发改委、区公安分局、区司法局、区财政局、区生态环境局、区建交委、区农业农村委、区市场监管局、区综合执法局等相关单位参与，协调、审定储备征收工作中的重大事项。')!;
    expect(named(meeting.responsible)).toEqual([]);
    expect(named(meeting.participants)).toEqual(['区规划资源局', '区发改委', '区公安分局', '区司法局', '区财政局', '区生态环境局', '区建交委', '区农业农村委', '区市场监管局', '区综合执法局', '相关单位*']);
    // `…参与的推进工作专班` describes the team the 厅 sets up, whose offices take no part of their own (湘工信 设备更新实施方案).
    const team = readSubjectAssignment('省工业和信息化厅成立由厅主要负责人牵头，各相关处室参与的推进工作专班，明确责任到人。')!;
    expect(named(team.responsible)).toEqual(['省工业和信息化厅']);
    expect(team.participants).toEqual([]);
  });

  it('reads no body in a heading that ends as a bureau does: （三十）构建全民共治格局。 (渝 空气质量持续改善)', () => {
    expect(readSubjectAssignment('构建全民共治格局。')).toBeUndefined();
  });

  it('reads the notice’s closing words after its last item as no part of that item: 各地区、各相关部门要按照本通知要求，… (商务部等7部门 以旧换新; 嘉定 下立交防汛)', () => {
    // `…商务部会同相关部门，印发汽车、家电及数码和智能产品分品类补贴细则…` follows, printed after （十三）.
    const notice = task(fixture('145_shangwubu_2026_xiaofeipin_yijiuhuanxin_tizhi_zengxiao_tongzhi_2025.md'), '(十三)');
    expect(named(notice.lead)).toEqual([]);
    expect(named(notice.responsible)).toEqual(['各地*']);
    // `各单位要认真落实本通知要求，…下一阶段，区建交委将会同区防汛办对下立交管理单位…` after （四）加强专项信息报送.
    expect(named(task(fixture('130_shanghai_jiading_daolu_xialijiao_fangxun_fangtai_guanli_2014.md'), '四.(四)').lead)).toEqual([]);
  });

  it('reads a notice that gives work only to every place’s department as assigning it, and a form’s 填表单位 as no body (赣州市商务局 成品油年检)', () => {
    // `（一）认真落实年度检查责任。各县（市、区）商务主管部门负责辖区内成品油零售经营企业（含高速公路加油站）年检工作。`
    const document = fixture('133_jiangxi_ganzhou_chengpinyou_lingshou_qiye_nianjian_tongzhi_2026.md');
    expect(document.tasks.map((item) => item.id)).toEqual(['(一)', '(三)']);
    expect(named(task(document, '(一)').responsible)).toEqual(['各县（市、区）商务主管部门*']);
    expect(readSubjectAssignment('填表单位：')).toBeUndefined();
  });
});

describe('deadlines and targets', () => {
  it('takes a time limit that opens the clause as the task’s deadline: 2018年第三季度…', () => {
    const document = fixture('01_guobanfa_fangguanfu_renwu_fengong_2018.txt');
    expect(task(document, '1.(1)').deadline).toEqual({ raw: '2018年第三季度', kind: 'dated', due: '2018-09' });
  });

  it('reads a time limit alone in a parenthesis, but not a span of years: （2021年6月底前完成）, （长期坚持）, （2021—2023年）', () => {
    const document = parseText('关于印发某方案的通知\n一、任务\n（一）开展排查。全面排查。（2021年6月底前完成）\n（二）加强监管。（长期坚持）\n（三）制定计划（2021—2023年）\n');
    expect(task(document, '(一)').deadline).toEqual({ raw: '2021年6月底前完成', kind: 'dated', due: '2021-06' });
    expect(task(document, '(二)').deadline).toEqual({ raw: '长期坚持', kind: 'ongoing' });
    expect(task(document, '(三)').deadline).toBeUndefined();
    expect(task(document, '(三)').text).toBe('制定计划（2021—2023年）');
  });

  it('does not read a percent-encoded URL as a target: %E6%94%BF is not 94%', () => {
    expect(findTargets('原文链接：https://www.gov.cn/zhengce/%E6%94%BF%E7%AD%96.htm', 1)).toEqual([]);
  });
});

describe('a task table whose category cells print one character a line', () => {
  it('reads the rows alike whether the category is numbered 1. or １. (81, 虹口区生活垃圾全程分类体系建设行动计划任务清单)', () => {
    const text = readFileSync('tests/fixtures/real/81_shanghai_hongkou_laji_fenlei_sannian_xingdong_2018.md', 'utf8');
    const fullWidth = text.replace(/^([1-9])\.$/gm, (_all, digit: string) => `${String.fromCharCode(digit.charCodeAt(0) + 0xfee0)}.`);
    expect(fullWidth).not.toBe(text);
    const taskIds = (document: PolicyDocument) => document.tasks.map((item) => item.id);
    expect(taskIds(parseText(fullWidth))).toEqual(taskIds(parseText(text)));
    expect(taskIds(parseText(fullWidth)).filter((id) => id.startsWith('表.'))).toHaveLength(17);
  });
});

describe('prose duties of a town plan (153, 闵吴府发〔2021〕5号)', () => {
  const dutyParagraphs = () => fixture('153_shanghai_minhang_wujingzhen_chengzhen_fangwu_anquan_yinhuan_paicha_zhengzhi_2021.md').tasks.filter((item) => item.sectionId !== undefined && /¶/.test(item.id));
  const responsibleOf = (opening: string) => named(dutyParagraphs().find((item) => item.text.startsWith(opening))?.responsible ?? []);

  it('reads a town office whose name ends in 所 as a body: 房管所负责规模租赁场所的房屋安全隐患排查整治工作；', () => {
    expect(responsibleOf('房管所负责规模租赁')).toEqual(['房管所']);
    expect(responsibleOf('平安办、公安派出所负责')).toEqual(['平安办', '公安派出所']);
    expect(responsibleOf('吴泾市场所负责')).toEqual(['吴泾市场所']);
    // 场所 is a place, and 所 before a verb a particle: `各有关部门对所负责指标…` (04) names no 各有关部门对所.
    expect(readSubjectAssignment('经营场所负责人应当及时报告')).toBeUndefined();
    expect(named(readSubjectAssignment('各有关部门对所负责指标全国年度进展情况进行评估')?.responsible ?? [])).not.toContain('各有关部门对所*');
  });

  it('reads 经发办 and 经发中心 as bodies, not 经 (by way of): 经发办负责园区、企业、商业体的房屋安全隐患排查整治工作；', () => {
    expect(responsibleOf('经发办负责园区')).toEqual(['经发办']);
    expect(responsibleOf('经发中心负责镇属')).toEqual(['经发中心']);
    expect(readSubjectAssignment('经发展改革部门审核后上报')).toBeUndefined();
  });

  it('reads a duty paragraph that opens with 结合 among 负责 paragraphs: 城运中心结合全市第一次自然灾害综合风险普查，协同做好面上排查整治协调等工作；', () => {
    expect(responsibleOf('城运中心结合全市')).toEqual(['城运中心']);
  });
});

describe('groups as the subject that opens an item (153, 闵吴府发〔2021〕5号)', () => {
  const document = () => fixture('153_shanghai_minhang_wujingzhen_chengzhen_fangwu_anquan_yinhuan_paicha_zhengzhi_2021.md');

  it('binds the groups that open an item’s text after its caption: 1.重点排查。各居村、相关责任单位于2021年6月20日前，对安全隐患风险较大的城镇房屋完成重点排查。', () => {
    expect(named(task(document(), '二.(一).1').responsible)).toEqual(['各居村*', '相关责任单位*']);
    expect(named(task(document(), '二.(二).4').responsible)).toEqual(['各居村*', '相关责任单位*']);
  });

  it('reads them so only where they open the item: further on, 各地区、各部门要… is an appeal (08), and Party committees are called on to lead (03)', () => {
    const opening = '各居村、相关责任单位要对排查中发现的疑似严重损坏房和疑似危房开展以解危为主的重点整治，于2022年12月20日前完成。';
    expect(named(readSubjectAssignment(opening, true)!.responsible)).toEqual(['各居村*', '相关责任单位*']);
    expect(readSubjectAssignment(opening)).toBeUndefined();
    expect(readSubjectAssignment('各级党委（党组）要高度重视科研诚信建设，切实加强领导，明确任务，细化分工，扎实推进。', true)).toBeUndefined();
  });
});

describe('a lead-in of a 职责分工 section (159, 奉贤区应急避难场所建设实施方案)', () => {
  it('reads those who do their share after 牵头 as participants: 区民防办、应急管理局牵头，区发展改革委、…等部门履行相应职责，各镇政府、…和头桥集团落实主体责任', () => {
    const roles = readSubjectAssignment('按照条块结合、属地负责的原则，在区政府的统一领导下，区民防办、应急管理局牵头，区发展改革委、规划资源局、建设管理委、财政局、教育局、绿化市容局、体育局、经委(商务委)、文化旅游局、房管局等部门履行相应职责，各镇政府、街道(开发区)办事处和头桥集团落实主体责任。')!;
    expect(named(roles.lead)).toEqual(['区民防办', '区应急管理局']);
    // 绿化市容局 names no 绿化市 of its own, and 经委(商务委) is a department by its other name: both take the list's 区.
    expect(named(roles.participants).slice(0, 10)).toEqual(['区发展改革委', '区规划资源局', '区建设管理委', '区财政局', '区教育局', '区绿化市容局', '区体育局', '区经委(商务委)', '区文化旅游局', '区房管局']);
    expect(named(roles.participants)).toContain('头桥集团');
    expect(roles.responsible).toEqual([]);
  });
});

describe('由 and the bodies of a district 办法 (149, 黄浦区历史风貌保护实施办法)', () => {
  it('runs a 由 list on past a name’s other name in brackets: 由区建管委、区房管局、区文化旅游局（区文物局）、街道办事处按照各自职责分工负责', () => {
    const roles = readSubjectAssignment('（八）优秀历史建筑和不可移动文物的修缮（装修）管理，由区建管委、区房管局、区文化旅游局（区文物局）、街道办事处按照各自职责分工负责；')!;
    expect(named(roles.responsible)).toEqual(['区建管委', '区房管局', '区文化旅游局（区文物局）', '街道办事处']);
  });

  it('reads 街道办事处 whole after 由, not 街道: 有下列情形之一的，由街道办事处依法处理：', () => {
    expect(named(readSubjectAssignment('有下列情形之一的，由街道办事处依法处理：')!.responsible)).toEqual(['街道办事处']);
  });

  it('reads the subjects of later clauses after a 由 clause: 由区城运中心负责统筹协调和派单调度，区规划资源局、…、街道办事处按照各自职责分工负责', () => {
    const roles = readSubjectAssignment('历史风貌区、优秀历史建筑和不可移动文物的日常巡查及网格化管理，由区城运中心负责统筹协调和派单调度，区规划资源局、区房管局、区文化旅游局（区文物局）、区城管执法局、街道办事处按照各自职责分工负责；')!;
    expect(named(roles.responsible)).toEqual(['区城运中心', '区规划资源局', '区房管局', '区文化旅游局（区文物局）', '区城管执法局', '街道办事处']);
  });
});

describe('one body, one role in a clause', () => {
  it('does not charge a body with the work it leads: 国家发展改革委、生态环境部、国家统计局应当持续完善碳排放统计核算制度，会同其他评价考核负责部门… (04, 第二十一条)', () => {
    const article = task(fixture('04_zhongban_guoban_tanda_kaohe_banfa_2026.md'), '第二十一条');
    expect(named(article.lead)).toEqual(['国家发展改革委', '生态环境部', '国家统计局']);
    expect(named(article.responsible).filter((name) => article.lead.some((lead) => lead.name === name))).toEqual([]);
  });
});

describe('verbs in the main clauses of an 实施意见 (148, 上海市重大工程前期工作实施意见)', () => {
  it('reads a department named in full before 根据 and its act: 1.优化项目前期启动手续。市发展改革委根据“市重大工程政府投资项目前期推进三年计划”，简化项目立项工作…', () => {
    expect(named(readSubjectAssignment('市发展改革委根据“市重大工程政府投资项目前期推进三年计划”，简化项目立项工作。')!.responsible)).toEqual(['市发展改革委']);
    const document = fixture('148_shanghai_zhongda_gongcheng_qianqi_gongzuo_shishi_yijian_2017.md');
    expect(named(task(document, '1').responsible)).toEqual(['市发展改革委']);
    expect(task(document, '2').responsible).toEqual([]);
  });

  it('reads bodies closed by 等 before their act: 市住房城乡建设管理委、市交通委等制订项目报建、招投标、施工许可等优化措施的实施细则。', () => {
    expect(named(readSubjectAssignment('市住房城乡建设管理委、市交通委等制订项目报建、招投标、施工许可等优化措施的实施细则。')!.responsible)).toEqual(['市住房城乡建设管理委', '市交通委']);
  });

  it('makes each one-sentence paragraph that opens with its doer a duty of its own under （一）加强组织领导: 市规划国土资源局制订有关项目规划和建设用地优化手续的实施细则。', () => {
    const duties = fixture('148_shanghai_zhongda_gongcheng_qianqi_gongzuo_shishi_yijian_2017.md').tasks.filter((item) => /¶/.test(item.id));
    expect(duties.map((item) => named([...item.lead, ...item.responsible])[0])).toEqual(['市发展改革委', '市发展改革委', '市住房城乡建设管理委', '市规划国土资源局', '其他审批部门*', '市重大办']);
  });
});

describe('a 由 list joined by 或 (159, 奉贤区应急避难场所建设实施方案)', () => {
  it('reads each body of 由所在镇政府、街道(开发区)办事处、头桥集团或区政府相关部门(单位),组织评估和方案设计', () => {
    const roles = readSubjectAssignment('对满足应急避难场所设置条件的场地场所，按照权属关系，由所在镇政府、街道(开发区)办事处、头桥集团或区政府相关部门(单位),组织评估和方案设计，直接设置为对应类型(等级)应急避难场所。')!;
    expect(named(roles.responsible)).toEqual(['所在镇政府', '街道(开发区)办事处', '头桥集团', '区政府相关部门(单位)']);
  });
});

describe('the coordinating body’s paragraph over the members’ duties (153)', () => {
  it('keeps 镇房屋安全隐患排查整治工作领导小组根据职责，… as the text of （二）细化职责分工, the lines below it duties of their own', () => {
    const document = fixture('153_shanghai_minhang_wujingzhen_chengzhen_fangwu_anquan_yinhuan_paicha_zhengzhi_2021.md');
    const duties = document.tasks.filter((item) => /¶/.test(item.id));
    expect(duties.some((item) => item.text.startsWith('镇房屋安全隐患排查整治工作领导小组'))).toBe(false);
    expect(duties[0]!.text.startsWith('房管所、规建生态办负责牵头')).toBe(true);
  });
});

describe('forms of district and commission 办法 and 方案 (173, 175, 179, 182)', () => {
  it('reads 1.9月30日前，区建设管理委… as item 1 whose time limit leads it, not as the number 1.9', () => {
    const item = task(fixture('179_chongming_gaoceng_jianzhu_xiaofang_anquan_zonghe_zhili_gongzuo_fangan_2017.md'), '六.(二).1');
    expect(item.text.startsWith('9月30日前，区建设管理委')).toBe(true);
    expect(named(item.responsible)).toEqual(['区建设管理委', '区住房保障房屋管理局']);
    expect(item.deadline?.due).toBe('2017-09-30');
  });

  it('keeps 各有关委、办、局 (every commission, office and bureau concerned) as one group', () => {
    expect(named(parseAgencyList('区建设管理委、各有关委、办、局'))).toEqual(['区建设管理委', '各有关委、办、局*']);
  });

  it('reads X履行以下职责： as the duties of X (第七条 各区政府履行以下职责：)', () => {
    expect(named(task(fixture('182_shanghai_shifuban_xiane_yixia_xiaoxing_fangjian_gongcheng_anquan_shengchan_guanli_banfa_2025.md'), '第七条').responsible)).toEqual(['各区政府*']);
  });

  it('reads the subject after an item’s caption and colon: 1、机动车清洗企业备案：各区绿化市容部门负责…', () => {
    expect(named(task(fixture('173_shanghai_lvrongju_shuiwuju_jidongche_qingxi_yiye_yizheng_gaige_2024.md'), '一.(二).1').responsible)).toEqual(['各区绿化市容部门*']);
  });

  it('reads a recurring limit after the subject as the deadline: 区行业领域监管部门每月底前汇总…', () => {
    const item = task(fixture('175_shanghai_yingjiju_deng_shengchan_anquan_shigu_tongji_gongzuo_banfa_2024.md'), '第十三条');
    expect(named(item.responsible)[0]).toBe('区行业领域监管部门');
    expect(item.deadline).toMatchObject({ raw: '每月底前', kind: 'recurring' });
  });

  it('names no body in 由原来串联办理的最多16个工作日 (办 opens the verb 办理)', () => {
    expect(readSubjectAssignment('“机动车清洗企业备案”“城镇污水排入排水管网许可”由原来串联办理的最多16个工作日，减少为最多10个工作日，缩减近38%。')).toBeUndefined();
  });
});

describe('twelve joint issuers (175, 沪应急调查〔2024〕7号)', () => {
  const document = () => fixture('175_shanghai_yingjiju_deng_shengchan_anquan_shigu_tongji_gongzuo_banfa_2024.md');

  it('takes the heading that names them all as the title, longer than titles are', () => {
    expect(document().title).toBe('上海市应急管理局 上海市统计局 上海市公安局 上海市住房和城乡建设管理委员会 上海市交通委员会 上海市农业农村委员会 上海市卫生健康委员会 上海市市场监督管理局 上海市消防救援总队 上海海事局 上海铁路监管局 民航华东管理局关于印发上海市生产安全事故统计工作办法的通知');
  });

  it('parts a signature set out as a grid by its wide gaps, and takes the title’s full names for as many bodies', () => {
    expect(signerNames('市应急管理局     市公安局        市住房和城乡建设管理委')).toEqual(['市应急管理局', '市公安局', '市住房和城乡建设管理委']);
    expect(document().issuer?.split('、')).toHaveLength(12);
    expect(document().issuer?.startsWith('上海市应急管理局、上海市统计局')).toBe(true);
  });

  it('keeps the signature’s full names where the title names the bodies short (173: 市绿化市容局、市水务局关于…)', () => {
    expect(fixture('173_shanghai_lvrongju_shuiwuju_jidongche_qingxi_yiye_yizheng_gaige_2024.md').issuer).toBe('上海市绿化和市容管理局、上海市水务局');
  });
});

describe('labels after an item’s last sentence', () => {
  // 莆田市《关于支持“双招双引”的十条意见》 as a crawl keeps it, on one line (quoted in a public repository's sample data).
  const putian = '关于支持“双招双引”的十条意见。为落实市委、市政府“突出开放招商 强化项目带动”的部署，完善“壶兰计划”人才政策，促进招商引资和招才引智实效,为莆田落实高质量赶超提供人才保障，结合莆田实际，现提出以下意见。1.对来莆田创新创业和成果转化的国内外高层次创新创业团队，经认定，在“壶兰计划”补助的基础上，再给予 100 万元用于科学研究；对诺贝尔奖获得者、“两院”院士、国家最高科学技术奖获得者等顶尖人才或携带具有国际先进水平技术成果产业化项目来莆落户的创业团队，通过“一事一议”方式报请市委、市政府研究同意，最高给予 5000 万元资助。责任单位：市委组织部、市科技局。2.对实际投资 2 亿元或年纳税总额 5000 万元以上的招商项目(包括现有企业增加投资、企业并购增加投资)，世界 500 强企业的外商直接投资项目(投资额不设下限)，当年度投资（使用自有资金，下同）到位 5000 万元，给予自主认定四类人才指标 1名，每增加实际到位投资额 5000 万元增加 1 名指标，同一企业当年度最多不超过 10 名。责任单位：市发改委、市财政局、市工信局、市商务局。';

  it('reads 。责任单位：市委组织部、市科技局。 closing an item as its assignment, and takes it out of the text', () => {
    const document = parseText(putian);
    expect(named(task(document, '1').responsible)).toEqual(['市委组织部', '市科技局']);
    expect(named(task(document, '2').responsible)).toEqual(['市发改委', '市财政局', '市工信局', '市商务局']);
    expect(task(document, '1').text.endsWith('最高给予 5000 万元资助。')).toBe(true);
  });

  it('reads the parenthesis that ends the item’s paragraph, not the appeal to everyone after it (157, 沪府办发〔2025〕 商务楼宇更新提升)', () => {
    const document = fixture('157_shanghai_shangwu_louyu_gengxin_tisheng_shishi_yijian_2025.md');
    expect(named(task(document, '八.(三)').responsible)).toEqual(['市房屋管理局', '市规划资源局', '市商务委', '市住房城乡建设管理委', '市国资委', '市统计局']);
  });

  it('leaves a note in brackets closing an earlier paragraph in the text (221, 青浦区建筑垃圾管理实施意见)', () => {
    const document = fixture('221_qingpu_quanmian_jiaqiang_jianzhu_laji_guanli_shishi_yijian_2025.md');
    expect(document.structure.length).toBeGreaterThan(0);
    expect(JSON.stringify(document.structure)).toContain('（如设施维护、每月核实消纳量并上报月报、不定期土壤检测）');
  });

  it('takes a portal footer’s 主办单位：承德市商务局 地址：… for no assignment (24)', () => {
    const document = fixture('24_chengde_shangwuju_chengpinyou_shuangsuiji_2024.md');
    expect(document.tasks.flatMap((item) => [...item.lead, ...item.responsible]).some((agency) => /地址|ICP/.test(agency.name))).toBe(false);
  });
});

describe('subjects that act by their own duties or assist (169, 121)', () => {
  it('reads 区农业农村、生态环境、规划资源等部门按照各自职责协调… as each department, named with the level before the first', () => {
    const roles = readSubjectAssignment('区农业农村、生态环境、规划资源等部门按照各自职责协调、指导、督促本区优先保护类耕地集中区域的保护工作。', true)!;
    expect(named(roles.responsible)).toEqual(['区农业农村部门', '区生态环境部门', '区规划资源部门']);
  });

  it('reads 各区市场监管局要积极配合住房城乡建设、商务…等各有关部门开展… as the district bureaus’ own duty', () => {
    const roles = readSubjectAssignment('各区市场监管局要积极配合住房城乡建设、商务、应急管理、公安、消防救援等各有关部门开展专项整治工作，加强信息共享。', true)!;
    expect(named(roles.responsible)).toEqual(['各区市场监管局*']);
    expect(roles.lead).toEqual([]);
  });
});

describe('a task table copied one cell per line, its names one a line (185, 集运MaaS 重点工作方案)', () => {
  it('reads the first name as the 牵头部门 cell and the rest, short names of companies too, as the 配合部门 cell, the stages of 进度计划 as its time', () => {
    const row = task(fixture('185_shanghai_jiaotongwei_deng_jiyun_maas_zhongdian_gongzuo_fangan_2023.md'), '1');
    expect(named(row.lead)).toEqual(['市交通委']);
    expect(named(row.participants)).toEqual(['上港集团', '市道路运输局', '上海海关', '铁路上海局集团', '上海海事局', '中远海科']);
    expect(row.deadline?.due).toBe('2023-12');
  });
});

describe('a body named in full over its duties, short in them (163, 虹口区建筑垃圾处置管理实施意见)', () => {
  it('reads 区绿化市容局 under （一）虹口区绿化和市容管理局 as the heading’s body, once', () => {
    const item = fixture('163_shanghai_hongkou_jianzhu_laji_chuzhi_guanli_shishi_yijian_2022.md').tasks.find((task) => task.text.startsWith('虹口区绿化和市容管理局'))!;
    expect(named(item.responsible)).toEqual(['虹口区绿化和市容管理局']);
  });
});

describe('a body setting up an office, and a post filled (217, 黄浦区基层消防安全综合治理实施意见)', () => {
  it('reads 各街道在社区平安办设立… as the streets’ work, and 由平安办主要负责人兼任…主任 as no body', () => {
    const item = fixture('217_huangpu_jiceng_xiaofang_anquan_zonghe_zhili_shishi_yijian_2023.md').tasks.find((task) => task.text.startsWith('消防安全管理办公室。'))!;
    expect(named(item.responsible)).toContain('各街道*');
    expect(named(item.responsible).some((name) => /在社区|兼任/.test(name))).toBe(false);
  });
});

describe('readings that ran on past a name', () => {
  it('gives no task a name holding a clause’s modal or verb, or opening with 的 (245, 274, 259, 127, 197)', () => {
    for (const name of ['245_shanghai_minfang_tiaoli_2018.txt', '274_shanghai_fangguanju_jianzhuwu_chaichu_gongcheng_guanli_guiding_2025.md', '259_shanghai_zhujianwei_boli_muqiang_zhuanxiang_paicha_zhengzhi_2024.md', '127_shanghai_fengxian_jingguan_zhaoming_guanli_shishi_yijian_2024.md', '197_shanghai_fagaiwei_gonggong_ziyuan_jiaoyi_pingtai_shengji_gaizao_fangan_2020.md']) {
      const names = fixture(name).tasks.flatMap((item) => [...item.lead, ...item.participants, ...item.responsible, ...item.guidance]).map((agency) => agency.name);
      expect(names.filter((agency) => /^的|应当|可以|聘请|牵头组织|协调指导$/.test(agency)), name).toEqual([]);
    }
  });
});

describe('a work group set up under a lead (206, 沪府办 消防基础设施建设实施意见)', () => {
  it('reads the post that leads, and the members that make up the group, as taking part', () => {
    const item = fixture('206_shanghai_shifuban_xiaofang_jichu_sheshi_jianshe_shishi_yijian_2023.md').tasks.find((task) => task.text.startsWith('加强组织领导'))!;
    expect(named(item.lead)).toEqual(['市政府分管副秘书长']);
    expect(named(item.participants).slice(0, 3)).toEqual(['市应急局', '市消防救援总队', '市发展改革委']);
    expect(named(item.participants)).toHaveLength(16);
  });

  it('reads the member units a body leads, named right after 牵头 (96, 嘉定区城市更新实施意见)', () => {
    const item = fixture('96_jiading_chengshi_gengxin_shishi_yijian_2023.md').tasks.find((task) => task.id === '六')!;
    expect(named(item.lead)).toEqual(['区更新办']);
    expect(named(item.participants)).toEqual(['区城市更新领导小组各成员单位*']);
  });

  it('reads members who 参加 or 组成 after a body that leads', () => {
    const document = parseText('一、保障措施\n（一）加强组织领导。本区成立由区住建委牵头，区发展改革委、区财政局参加的工作专班，统筹推进相关工作。\n（二）强化督查。区住建委负责督查。');
    expect(named(task(document, '(一)').lead)).toEqual(['区住建委']);
    expect(named(task(document, '(一)').participants)).toEqual(['区发展改革委', '区财政局']);
  });
});

describe('a 牵头/配合 table copied one cell per line, its cells wrapped (269, 海铁联运 实施意见)', () => {
  const document = fixture('269_shanghai_haitie_lianyun_shishi_yijian_2022.md');

  it('reads a cell wrapped after its 、 as one cell, and a list closed by 等', () => {
    const row = document.tasks.find((item) => item.id === '1')!;
    expect(named(row.lead)).toEqual(['市交通委', '市规划资源局']);
    expect(named(row.participants)).toEqual(['市发展改革委', '中国铁路上海局集团', '上港集团']);
  });

  it('reads a customs house as a body, in a cell and in the signature', () => {
    expect(named(document.tasks.find((item) => item.id === '7')!.participants)).toContain('上海海关');
    expect(document.issuer).toBe('上海市发展和改革委员会、上海市交通委员会、上海市财政局、上海市规划和自然资源局、上海市商务委员会、上海海关');
  });
});

describe('a district plan’s phases and measures (196, 嘉府发〔2026〕4号)', () => {
  const document = () => fixture('196_jiading_2026_weifa_yongdi_zonghe_zhengzhi_shishi_fangan_2026.md');

  it('takes the doer from the text under a heading whose parenthesis gives only its period: （一）方案制定阶段（1-2月） / 各街镇（管委会）结合实际制定…', () => {
    expect(named(task(document(), '三.(一)').responsible)).toEqual(['各街镇（管委会）*']);
  });

  it('reads a subject after a condition that a verb inside it would take first: 对于违法用地当事人不配合整治的，各相关职能部门应加大…', () => {
    expect(named(task(document(), '四.(三)').responsible)).toEqual(['各相关职能部门*']);
  });

  it('reads 要用好 as 要 and its verb: 各街镇（管委会）和相关部门要用好各类媒体', () => {
    expect(named(task(document(), '四.(四)').responsible)).toEqual(['各街镇（管委会）*', '相关部门*']);
  });
});

describe('a town’s offices sharing their kind (190, 吴泾镇建筑垃圾治理)', () => {
  it('reads 吴泾、塘湾派出所：负责… as both police stations', () => {
    expect(named(task(fixture('190_minhang_wujingzhen_jianzhu_laji_zhili_tongzhi_2021.md'), '二.(九)').responsible)).toEqual(['吴泾派出所', '塘湾派出所']);
  });
});

describe('settings and addressees around a subject (194, 嘉定区违法用地专项治理)', () => {
  it('reads past 在整改过程中， to the subject, and never takes 向… (to whom one reports) for a body', () => {
    const roles = readSubjectAssignment('在整改过程中，各街镇（管委会）应在每月20日之前，向区专项治理领导小组办公室报告专项治理进展情况；区专项治理领导小组办公室应及时推进治理行动。', true)!;
    expect(named(roles.responsible)).toEqual(['各街镇（管委会）*', '区专项治理领导小组办公室']);
  });
});

describe('lists whose items bind groups (196; the 昌吉 seed)', () => {
  it('makes each item a task where a kind of body opens its text (二、工作要求 / （二）助力盘活低效产业用地 / 各街镇（管委会）应结合…)', () => {
    expect(named(task(fixture('196_jiading_2026_weifa_yongdi_zonghe_zhengzhi_shishi_fangan_2026.md'), '二.(二)').responsible)).toEqual(['各街镇（管委会）*']);
  });

  it('leaves a 保障措施 list that calls on every unit and department out (（二）强化政策保障。各单位各部门要加强沟通对接…)', () => {
    expect(readPolicyDocument('seeds/changji-2022-sci-tech-plan.txt').tasks.some((item) => item.id.startsWith('三'))).toBe(false);
  });
});

describe('a census office’s plan (199, 自然灾害综合风险普查宣传工作方案)', () => {
  it('reads 普查办 as a body (查办 alone is a verb) and a named body before 制作/举办/协调 as the doer', () => {
    const document = fixture('199_shanghai_puchaban_ziran_zaihai_fengxian_pucha_xuanchuan_gongzuo_fangan_2021.md');
    expect(named(task(document, '四.(三)').responsible)).toEqual(['市普查办']);
    expect(named(task(document, '四.(七)').responsible)).toEqual(['市普查办']);
  });

  it('never takes an event for a body: （一）举行新闻发布会。', () => {
    expect(task(fixture('199_shanghai_puchaban_ziran_zaihai_fengxian_pucha_xuanchuan_gongzuo_fangan_2021.md'), '四.(一)').responsible.some((agency) => agency.name.includes('发布会'))).toBe(false);
  });

  it('reads the bodies after a stage the sentence opens with (在全面铺开启动阶段和成果应用总结阶段，市普查办、市委宣传部组织…)', () => {
    expect(named(task(fixture('199_shanghai_puchaban_ziran_zaihai_fengxian_pucha_xuanchuan_gongzuo_fangan_2021.md'), '四.(一)').responsible)).toEqual(['市普查办', '市委宣传部']);
  });
});
