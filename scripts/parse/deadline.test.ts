import { describe, expect, it } from 'vitest';
import { findDeadlineInClause, findPeriodInHeading, parseDeadline, parseDeadlineCells } from './deadline.ts';

const YEAR = 2019;
const parse = (raw: string) => parseDeadline(raw, YEAR);

describe('parseDeadline', () => {
  it('is undefined for an empty cell, —— or /', () => {
    expect(parse('')).toBeUndefined();
    expect(parse(' ')).toBeUndefined();
    expect(parse('——')).toBeUndefined();
    expect(parse('/')).toBeUndefined();
  });

  it('reads 2020年底前 as December', () => {
    expect(parse('2020年底前')).toEqual({ raw: '2020年底前', kind: 'dated', due: '2020-12' });
  });

  it('reads 2020年年底前', () => {
    expect(parse('2020年年底前')).toEqual({ raw: '2020年年底前', kind: 'dated', due: '2020-12' });
  });

  it('reads 2021年6月底前完成', () => {
    expect(parse('2021年6月底前完成')).toEqual({ raw: '2021年6月底前完成', kind: 'dated', due: '2021-06' });
  });

  it('reads a day: 2018年12月31日前', () => {
    expect(parse('2018年12月31日前')).toEqual({ raw: '2018年12月31日前', kind: 'dated', due: '2018-12-31' });
  });

  it('reads a year alone: 2020年', () => {
    expect(parse('2020年')).toEqual({ raw: '2020年', kind: 'dated', due: '2020' });
  });

  it('reads a quarter as its last month: 2018年第三季度', () => {
    expect(parse('2018年第三季度')).toEqual({ raw: '2018年第三季度', kind: 'dated', due: '2018-09' });
  });

  it('reads 2019年上半年 and 下半年', () => {
    expect(parse('2019年上半年')).toEqual({ raw: '2019年上半年', kind: 'dated', due: '2019-06' });
    expect(parse('2019年下半年')).toEqual({ raw: '2019年下半年', kind: 'dated', due: '2019-12' });
  });

  it('reads 明年上半年 in the year after the document', () => {
    expect(parse('明年上半年')).toEqual({ raw: '明年上半年', kind: 'dated', due: '2020-06' });
  });

  it('reads 年底前 as December of the document year, and 年内 as the year itself', () => {
    expect(parse('年底前')).toEqual({ raw: '年底前', kind: 'dated', due: '2019-12' });
    expect(parse('年内')).toEqual({ raw: '年内', kind: 'dated', due: '2019' });
  });

  it('reads a month without a year: 5月底完成, 5月底前, 11月底, 10月底', () => {
    expect(parse('5月底完成')).toEqual({ raw: '5月底完成', kind: 'dated', due: '2019-05' });
    expect(parse('5月底前')).toEqual({ raw: '5月底前', kind: 'dated', due: '2019-05' });
    expect(parse('11月底')).toEqual({ raw: '11月底', kind: 'dated', due: '2019-11' });
    expect(parse('10月底')).toEqual({ raw: '10月底', kind: 'dated', due: '2019-10' });
  });

  it('gives no due date without a year when the document year is unknown', () => {
    expect(parseDeadline('5月底前')).toEqual({ raw: '5月底前', kind: 'dated' });
  });

  it('reads a day without a year: 4月25日前', () => {
    expect(parse('4月25日前')).toEqual({ raw: '4月25日前', kind: 'dated', due: '2019-04-25' });
  });

  it('reads a month range: 6-9月 and 6—9月', () => {
    expect(parse('6-9月')).toEqual({ raw: '6-9月', kind: 'dated', due: '2019-09', start: '2019-06' });
    expect(parse('6—9月')).toEqual({ raw: '6—9月', kind: 'dated', due: '2019-09', start: '2019-06' });
  });

  it('reads a range of days: 2024年5月1日至2024年11月30日', () => {
    expect(parse('2024年5月1日至2024年11月30日')).toEqual({
      raw: '2024年5月1日至2024年11月30日',
      kind: 'dated',
      due: '2024-11-30',
      start: '2024-05-01',
    });
  });

  it('reads open-ended work as ongoing', () => {
    for (const raw of ['长期坚持', '持续推进', '持续优化', '按进度推进', '长期实施', '动态治理', '常态化', '长期']) {
      expect(parse(raw)).toEqual({ raw, kind: 'ongoing' });
    }
  });

  it('reads a first milestone then continuing work: 6月底取得阶段性成效并持续推进', () => {
    expect(parse('6月底取得阶段性成效并持续推进')).toEqual({ raw: '6月底取得阶段性成效并持续推进', kind: 'ongoing', due: '2019-06' });
  });

  it('reads 2019年12月取得阶段性成果并持续推进', () => {
    expect(parse('2019年12月取得阶段性成果并持续推进')).toEqual({
      raw: '2019年12月取得阶段性成果并持续推进',
      kind: 'ongoing',
      due: '2019-12',
    });
  });

  it('reads a start then continuing work: 2016年启动，持续推进', () => {
    expect(parse('2016年启动，持续推进')).toEqual({ raw: '2016年启动，持续推进', kind: 'ongoing', start: '2016' });
  });

  it('reads a start and an end: 2019年启动，2020年完成', () => {
    expect(parse('2019年启动，2020年完成')).toEqual({ raw: '2019年启动，2020年完成', kind: 'phased', due: '2020', start: '2019' });
  });

  it('reads a first date then every year: 2019年7月底前，以后每年持续实施', () => {
    expect(parse('2019年7月底前，以后每年持续实施')).toEqual({
      raw: '2019年7月底前，以后每年持续实施',
      kind: 'recurring',
      due: '2019-07',
    });
  });

  it('gives a recurring deadline no due date without a written year: 每年, 每年3月底前', () => {
    expect(parse('每年')).toEqual({ raw: '每年', kind: 'recurring' });
    expect(parse('每年3月底前')).toEqual({ raw: '每年3月底前', kind: 'recurring' });
  });

  it('reads a start of recurring work: 自2019年起，每年开展', () => {
    expect(parse('自2019年起，每年开展')).toEqual({ raw: '自2019年起，每年开展', kind: 'recurring', start: '2019' });
  });

  it('reads work reported done: 2016年已完成', () => {
    expect(parse('2016年已完成')).toEqual({ raw: '2016年已完成', kind: 'dated', due: '2016', done: true });
  });

  it('reads 五年内 from the document year', () => {
    expect(parse('五年内')).toEqual({ raw: '五年内', kind: 'dated', due: '2024' });
    expect(parseDeadline('五年内')).toEqual({ raw: '五年内', kind: 'dated' });
  });

  it('reads 按时间节点完成 as dated without a date', () => {
    expect(parse('按时间节点完成')).toEqual({ raw: '按时间节点完成', kind: 'dated' });
  });

  it('reads traditional script: 年底前, 持續推進, 長期堅持', () => {
    expect(parse('2020年底前')).toEqual({ raw: '2020年底前', kind: 'dated', due: '2020-12' });
    expect(parse('持續推進')).toEqual({ raw: '持續推進', kind: 'ongoing' });
    expect(parse('長期堅持')).toEqual({ raw: '長期堅持', kind: 'ongoing' });
  });

  it('reads Chinese-numeral months: 十二月底前', () => {
    expect(parse('十二月底前')).toEqual({ raw: '十二月底前', kind: 'dated', due: '2019-12' });
  });

  it('reads full-width digits: ２０２０年', () => {
    expect(parse('２０２０年')).toEqual({ raw: '２０２０年', kind: 'dated', due: '2020' });
  });

  it('drops a day the month lacks instead of rolling over: 2022年2月30日', () => {
    expect(parse('2022年2月30日')).toEqual({ raw: '2022年2月30日', kind: 'dated', due: '2022-02' });
  });
});

describe('findDeadlineInClause', () => {
  const find = (text: string) => findDeadlineInClause(text, YEAR);

  it('reads 2020年底前 leading a clause', () => {
    expect(find('2020年底前，完成全部试点')).toEqual({ raw: '2020年底前', kind: 'dated', due: '2020-12' });
  });

  it('reads 2018年底前开展…', () => {
    expect(find('2018年底前开展专项检查')).toEqual({ raw: '2018年底前', kind: 'dated', due: '2018-12' });
  });

  it('reads 2018年第三季度对…', () => {
    expect(find('2018年第三季度对各地进行督查')).toEqual({ raw: '2018年第三季度', kind: 'dated', due: '2018-09' });
  });

  it('reads past a leading 到, 在 or 于', () => {
    expect(find('到2020年底前，基本建成')).toEqual({ raw: '2020年底前', kind: 'dated', due: '2020-12' });
    expect(find(' 在2019年6月底前出台方案')).toEqual({ raw: '2019年6月底前', kind: 'dated', due: '2019-06' });
    expect(find('于上半年完成')).toEqual({ raw: '上半年', kind: 'dated', due: '2019-06' });
  });

  it('reads a year followed by 完成', () => {
    expect(find('2020年完成改造')).toEqual({ raw: '2020年', kind: 'dated', due: '2020' });
  });

  it('ignores a target year: 到2027年，…增长25%', () => {
    expect(find('到2027年，全省储能装机增长25%')).toBeUndefined();
  });

  it('reads a time limit after the agencies a clause opens with: 省级生态环境主管部门于2025年5月10日前完成…', () => {
    expect(find('省级生态环境主管部门于2025年5月10日前完成首次核查。')).toEqual({ raw: '2025年5月10日前', kind: 'dated', due: '2025-05-10' });
    expect(find('各省级能源主管部门应当在2025年6月底前报送。')).toEqual({ raw: '2025年6月底前', kind: 'dated', due: '2025-06' });
  });

  it('reads the year a clause opens with as the year the work is due: 2018年在全国启动…', () => {
    expect(find('2018年在全国启动变相审批和许可自查整改工作')).toEqual({ raw: '2018年', kind: 'dated', due: '2018' });
  });

  it('ignores a year that looks back or names a target: 2018年以来, 到2027年，', () => {
    expect(find('2018年以来，试点稳步推进')).toBeUndefined();
    expect(find('到2027年，新型储能基本实现规模化')).toBeUndefined();
  });

  it('reads a five-year plan\'s period as its years (中办 国办 碳达峰碳中和综合评价考核办法, 2026)', () => {
    expect(find('“十五五”时期，国家发展改革委应当会同有关部门围绕如期实现2030年前碳达峰目标')).toEqual({ raw: '“十五五”时期', kind: 'dated', due: '2030', start: '2026' });
    expect(parseDeadline('“十四五”末', YEAR)).toEqual({ raw: '“十四五”末', kind: 'dated', due: '2025-12' });
  });

  it('reads a recurring limit leading the clause: 每季度首月十日前, 每月结束后的40个自然日内', () => {
    expect(find('每季度首月十日前，镇（街道）应将上季度农房审批及建设情况梳理后上报区联席会议办公室')).toEqual({ raw: '每季度首月十日前', kind: 'recurring' });
    expect(find('每月结束后的40个自然日内，省级生态环境主管部门组织发电、钢铁、水泥、铝冶炼行业重点排放单位')).toEqual({ raw: '每月结束后的40个自然日内', kind: 'recurring' });
  });

  it('reads a start leading the clause as ongoing work: 2026年起', () => {
    expect(find('2026年起区建管委（区水务局）联合市水务局对上海城投集团开展一体化运维管理绩效考核')).toEqual({ raw: '2026年起', kind: 'ongoing', start: '2026' });
  });

  it('reads a written month that opens the clause: 2025年12月，…完成…', () => {
    expect(find('2025年12月，上海城投集团完成公共排水设施专业运维队伍和专业抢险队伍的组建工作')).toEqual({ raw: '2025年12月', kind: 'dated', due: '2025-12' });
  });

  it('ignores a year the clause describes: 2025年作为…过渡期', () => {
    expect(find('2025年作为排水管理体制改革过渡期，上海城投集团已编制完成')).toBeUndefined();
  });

  it('ignores a deadline that does not lead the clause', () => {
    expect(find('夯实数字基础设施。力争2024年底前完成全覆盖')).toBeUndefined();
  });
});

describe('findPeriodInHeading: the months a step takes, closing its heading', () => {
  it('reads a month or a span of months, with or without years (国能综通监管〔2025〕58号, 黄府发〔2025〕9号)', () => {
    expect(findPeriodInHeading('启动部署（4月）。国家能源局编制印发专项监管通知', 2025)).toEqual({ raw: '4月', kind: 'dated', due: '2025-04' });
    expect(findPeriodInHeading('现场监管及问题处置（6月—8月）。各有关派出机构组成工作组', 2025)).toEqual({ raw: '6月—8月', kind: 'dated', due: '2025-08', start: '2025-06' });
    expect(findPeriodInHeading('摸清底数（2025年1月—2025年6月）。编制黄浦区公共排水设施移交清单')).toEqual({ raw: '2025年1月—2025年6月', kind: 'dated', due: '2025-06', start: '2025-01' });
  });

  it('leaves a span of years alone: it names the plan’s years, not a limit', () => {
    expect(findPeriodInHeading('上海市加快推进新能源汽车产业发展实施计划（2021—2025年）')).toBeUndefined();
  });
});

describe('parseDeadlineCells: a time cell that says what is done by then (185, 集运MaaS 重点工作方案)', () => {
  it('keeps the times alone as the deadline words, one stage dated, several phased', () => {
    expect(parseDeadlineCells(['四季度完成数据对接'], 2023)).toEqual({ raw: '四季度', kind: 'dated', due: '2023-12' });
    expect(parseDeadlineCells(['三季度：完成试点方案\n四季度：实现业务试点'], 2023)).toEqual({ raw: '三季度；四季度', kind: 'phased', due: '2023-12', start: '2023-09' });
  });

  it('leaves a cell of times alone as it was', () => {
    expect(parseDeadlineCells(['2020年底前'], 2023)).toEqual({ raw: '2020年底前', kind: 'dated', due: '2020-12' });
    expect(parseDeadlineCells(['持续推进'], 2023)?.kind).toBe('ongoing');
  });
});
