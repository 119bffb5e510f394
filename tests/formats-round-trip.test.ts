import { describe, expect, it } from 'vitest';
import type { Agency, PolicyDocument } from '../scripts/model.ts';
import { loadPolicyDocument } from '../scripts/read-document.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';

/**
 * One real document as plain text, as a portal page, as a Word document and
 * as a PDF printed from it (made by scripts/formats/make-fixtures.ts) is one
 * model: the same tasks, the same agencies in each role, the same deadlines.
 */
const names = (agencies: Agency[]) => agencies.map((agency) => agency.name);
const tasksOf = (document: PolicyDocument) =>
  document.tasks.map((task) => ({
    id: task.id,
    lead: names(task.lead),
    participants: names(task.participants),
    responsible: names(task.responsible),
    deadline: task.deadline,
  }));

const CASES = [
  { name: 'roundtrip_01_guobanfa_fangguanfu', text: 'txt', tasks: 120, docNumber: '国办发〔2018〕79号' },
  { name: 'roundtrip_26_fengtai_xingdong_jihua', text: 'md', tasks: 3, docNumber: '丰政办发〔2026〕4号' },
];

describe.each(CASES)('$name: .$text, .html, .docx and .pdf', async ({ name, text, tasks, docNumber }) => {
  const read = async (extension: string) => loadPolicyDocument(`tests/fixtures/formats/${name}.${extension}`);
  const [plain, page, word, printed] = await Promise.all([read(text), read('html'), read('docx'), read('pdf')]);

  it(`reads ${tasks} tasks from the text`, () => {
    expect(plain.document.tasks).toHaveLength(tasks);
    expect(plain.document.docNumber).toBe(docNumber);
  });

  it('gives the same tasks, agencies per role and deadlines from the page', () => {
    expect(tasksOf(page.document)).toEqual(tasksOf(plain.document));
  });

  it('gives the same tasks, agencies per role and deadlines from the Word document', () => {
    expect(tasksOf(word.document)).toEqual(tasksOf(plain.document));
  });

  it('gives the same tasks, agencies per role and deadlines from the printed PDF', () => {
    expect(tasksOf(printed.document)).toEqual(tasksOf(plain.document));
  });

  it('gives the same title, issuer and date from every format', () => {
    for (const { document } of [page, word, printed]) {
      expect([document.title, document.issuer, document.signedDate]).toEqual([plain.document.title, plain.document.issuer, plain.document.signedDate]);
    }
  });

  it('loses nothing of any format’s text', () => {
    for (const { document, source } of [plain, page, word, printed]) expect(findLostText(source.text, document)).toBeUndefined();
  });
});

describe('a task table read from each format', async () => {
  const read = async (extension: string) => (await loadPolicyDocument(`tests/fixtures/formats/roundtrip_26_fengtai_xingdong_jihua.${extension}`)).document;

  it.each(['md', 'html', 'docx', 'pdf'])('.%s: rows 1–3 of 丰政办发〔2026〕4号 are tasks; row 2 is led by 区生态环境局, due by the end of 2026', async (extension) => {
    const document = await read(extension);
    expect(document.tasks.map((candidate) => candidate.id)).toEqual(['1', '2', '3']);
    const task = document.tasks.find((candidate) => candidate.id === '2')!;
    expect(names(task.lead)).toEqual(['区生态环境局']);
    expect(task.deadline).toEqual({ raw: '年底前', kind: 'dated', due: '2026-12' });
  });

  it.each(['md', 'pdf'])('.%s: names a cell puts on lines of their own stay apart; a name the cell wrapped is whole', async (extension) => {
    const document = await read(extension);
    const [first, , third] = document.tasks;
    expect(names(first!.lead)).toEqual(['区生态环境局', '各街镇']);
    // Row 3 and the two 措施 rows its merged 序号 spans, one of them split by the page break in the PDF.
    expect(names(third!.lead)).toEqual(['区发展改革委', '区城市管理委', '丰台运管分局', '丰台交通支队']);
    expect(names(third!.responsible)).toContain('区机关事务管理服务中心');
  });
});
