import { describe, expect, it } from 'vitest';
import { endsAsBody } from './body-name.ts';

describe('words that end as a body’s name', () => {
  it('takes the endings of signing bodies, table cells and clause subjects alike', () => {
    for (const name of ['上海市消防救援总队', '国家税务总局政策法规司', '设施养护处', '上海机场（集团）有限公司', '市发展改革委', '吴泾市场所', '各街镇', '区综治办', '市卫生健康委', '瑞金医院', '市普查办', '区委督查办']) expect(endsAsBody(name), name).toBe(true);
  });

  it('refuses words that end so but name none, the longer ending deciding', () => {
    // 出院 comes from a hospital-discharge clause of a PDF extraction, read as an agency before this list.
    for (const words of ['出院', '患者住院', '场所', '全社会', '部署', '构建全民共治格局', '各镇遴选第三方专业团队', '干部', '交办', '会议室', '市中心', '举行新闻发布会']) expect(endsAsBody(words), words).toBe(false);
  });
});
