import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyDocument, locateLine, readPolicyDocument } from '../read-document.ts';
import { findLostText } from '../verify/nothing-lost.ts';
import { docxHtmlBlocks, readDocx } from './docx.ts';

const ICAC = 'tests/fixtures/formats/30_hk_icac_chengxin_zhengce_fanben.docx';
const FENGTAI = 'tests/fixtures/formats/roundtrip_26_fengtai_xingdong_jihua.docx';

describe('a real Word document (廉政公署《誠信政策範本》)', async () => {
  const { document, source } = await loadPolicyDocument(ICAC);

  it('reads its traditional-script title from the one-cell layout table', () => {
    expect(document.title).toBe('誠信政策範本');
    expect(document.script).toBe('zh-Hant');
    expect(source.text.startsWith('| 誠信政策範本<br>(適用於建築公司)<br>')).toBe(true);
  });

  it('loses nothing of the laid-out text', () => {
    expect(findLostText(source.text, document)).toBeUndefined();
  });

  it('names the Word paragraph of each line', () => {
    expect(locateLine(ICAC, 1, source)).toBe(`${ICAC}:1 (paragraph 1)`);
    expect(source.positions!.some((position) => position.format === 'docx' && position.paragraph > 1)).toBe(true);
  });
});

describe('Word structure', () => {
  it('keeps headings, paragraphs and tables, numbering paragraphs as Word does (empty ones and those in cells counted)', () => {
    const blocks = docxHtmlBlocks('<h1>关于印发行动计划的通知</h1><p></p><p>各街道办事处：</p><table><tr><td><p>序号</p></td><td><p>牵头部门</p></td></tr><tr><td><p>1</p></td><td><p>区生态环境局</p><p>各街镇</p></td></tr></table><p>2026年3月30日</p>');
    expect(blocks).toEqual([
      { kind: 'heading', depth: 1, text: '关于印发行动计划的通知', source: { format: 'docx', paragraph: 1 } },
      { kind: 'paragraph', text: '各街道办事处：', source: { format: 'docx', paragraph: 3 } },
      {
        kind: 'table',
        source: { format: 'docx', paragraph: 4 },
        rows: [
          { cells: ['序号', '牵头部门'], source: { format: 'docx', paragraph: 4 } },
          { cells: ['1', '区生态环境局\n各街镇'], source: { format: 'docx', paragraph: 6 } },
        ],
      },
      { kind: 'paragraph', text: '2026年3月30日', source: { format: 'docx', paragraph: 9 } },
    ]);
  });

  it('is read only by the asynchronous entry points; the synchronous one says which to use', () => {
    expect(() => readPolicyDocument(FENGTAI)).toThrow(/roundtrip_26_fengtai_xingdong_jihua\.docx:1: this format is read asynchronously; read it with loadPolicySource or loadPolicyDocument/);
  });
});

describe('a file that is not a Word document', () => {
  const real = readFileSync(ICAC);

  it('refuses random bytes, saying a .docx is a zip archive', async () => {
    const junk = Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919 + 13) % 251);
    await expect(readDocx(junk, 'seeds/x.docx')).rejects.toThrow(/^seeds\/x\.docx:1: not a Word document: a \.docx is a zip archive and this file is not one; expected a \.docx saved by Word or WPS$/);
  });

  it('refuses a truncated .docx as damaged, naming what the zip reader found', async () => {
    await expect(readDocx(real.subarray(0, real.length / 2), 'seeds/x.docx')).rejects.toThrow(/^seeds\/x\.docx:1: a damaged Word document \(.+\); expected a \.docx saved by Word or WPS, so open and save it again$/);
  });

  it('tells an old .doc to be saved again as .docx', async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await expect(readDocx(doc, 'seeds/x.docx')).rejects.toThrow(/^seeds\/x\.docx:1: a Word 97–2003 document \(\.doc\), not \.docx; open it in Word or WPS and save it as \.docx$/);
  });
});
