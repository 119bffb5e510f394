import { describe, expect, it } from 'vitest';
import { gbt7714Citation } from './reference-format.ts';

const work = { issuers: ['新疆维吾尔自治区人民政府办公厅'], title: '贯彻落实〈自治区党委自治区人民政府关于实施创新驱动发展战略加快创新型新疆建设的意见〉的任务分工', docNumber: '新政办发〔2013〕118号', date: '2013-11-18' };

describe('GB/T 7714-2015 citation of an electronic resource', () => {
  it('names issuer, title, 文号, [EB/OL], dates and URL; a clause adds its number', () => {
    expect(gbt7714Citation(work, { url: 'https://atlas.example.cn/docs/x/t27/', accessed: new Date(2026, 10, 30), clause: '第27项' }))
      .toBe('新疆维吾尔自治区人民政府办公厅. 贯彻落实〈自治区党委自治区人民政府关于实施创新驱动发展战略加快创新型新疆建设的意见〉的任务分工: 新政办发〔2013〕118号 第27项[EB/OL]. (2013-11-18)[2026-11-30]. https://atlas.example.cn/docs/x/t27/.');
  });

  it('joins joint issuers and leaves out what the document does not state', () => {
    expect(gbt7714Citation({ issuers: ['国家发展改革委办公厅', '税务总局办公厅'], title: '关于加强个人所得税纳税信用建设的通知' }, { url: 'http://localhost:4321/docs/y/', accessed: new Date(2026, 0, 5) }))
      .toBe('国家发展改革委办公厅, 税务总局办公厅. 关于加强个人所得税纳税信用建设的通知[EB/OL]. [2026-01-05]. http://localhost:4321/docs/y/.');
  });
});
