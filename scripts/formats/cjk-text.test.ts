import { describe, expect, it } from 'vitest';
import { joinPieces, removeStraySpaces, replaceRadicals } from './cjk-text.ts';

describe('text from a PDF text layer', () => {
  it('reads radicals a CJK font wrote for whole characters (⼤规模 ⻋辆 市⽂⼴旅局, Chromium with Noto CJK)', () => {
    expect(replaceRadicals('推动⼤规模设备更新，⻋辆，市⽂⼴旅局，牵头责任部⻔')).toBe('推动大规模设备更新，车辆，市文广旅局，牵头责任部门');
  });

  it('takes out the spaces between CJK characters (屋宇署 circular, 32: 九 龍 油 麻 地) and beside digits (2019 年)', () => {
    expect(removeStraySpaces('九 龍 油 麻 地 海 庭 道')).toBe('九龍油麻地海庭道');
    expect(removeStraySpaces('省 科 技厅')).toBe('省科技厅');
    expect(removeStraySpaces('2019 年 1 月 1 日起')).toBe('2019年1月1日起');
  });

  it('keeps the space an author put between words of Han characters, as between joint issuers (国科办基〔2019〕61号)', () => {
    expect(removeStraySpaces('科技部办公厅 教育部办公厅 中科院办公厅 自然科学基金委办公室印发《关于加强数学科学研究工作方案》的通知')).toBe('科技部办公厅 教育部办公厅 中科院办公厅 自然科学基金委办公室印发《关于加强数学科学研究工作方案》的通知');
    expect(removeStraySpaces('国 家 能 源 局')).toBe('国家能源局');
  });

  it('keeps the spaces between Latin words and between numbers', () => {
    expect(removeStraySpaces('Buildings Department Headquarters, 11 Hoi Ting Road')).toBe('Buildings Department Headquarters, 11 Hoi Ting Road');
    expect(removeStraySpaces('電話 3842 3052')).toBe('電話3842 3052');
  });

  it('joins a name broken at a line end, and Latin words with a space', () => {
    expect(joinPieces('省科', '技厅牵头')).toBe('省科技厅牵头');
    expect(joinPieces('West Kowloon Government', 'Offices')).toBe('West Kowloon Government Offices');
  });
});
