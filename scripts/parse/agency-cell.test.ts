import { describe, expect, it } from 'vitest';
import { isAgencyLine } from './agency-cell.ts';

describe('isAgencyLine', () => {
  it('reads the role cells of 沪交设养〔2024〕1025号 as bodies, its yearly cells as text', () => {
    expect(isAgencyLine('设施养护处')).toBe(true);
    expect(isAgencyLine('各行业主管部门、各区')).toBe(true);
    expect(isAgencyLine('市交通委（科信处、宣传处）、市港航中心')).toBe(true);
    expect(isAgencyLine('上海机场（集团）有限公司')).toBe(true);
    expect(isAgencyLine('市交通委（货运处）、道运中心、行业协会')).toBe(true);
    expect(isAgencyLine('200辆')).toBe(false);
    expect(isAgencyLine('持续推进。')).toBe(false);
  });

  it('takes a task’s words that end as a place of work does for text (`…充电站`, `…场所`)', () => {
    expect(isAgencyLine('加快建设新型储能电站')).toBe(false);
    expect(isAgencyLine('排查人员密集场所')).toBe(false);
  });
});
