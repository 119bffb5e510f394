import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { readTaskTable, tableHeaderRoles } from './division-table.ts';
import { emptyFindings } from './source-lines.ts';
import type { TableBlock } from './table-block.ts';

/** A table as any reader (pipe rows, one cell per line, and later HTML, Word or PDF) hands it over: header and cell rows. */
function block(header: string[], rows: string[][]): TableBlock {
  return {
    layout: 'web',
    header,
    headerLines: { start: 1, end: 1 },
    rows: rows.map((cells, index) => {
      const source = { line: index + 2, text: cells.join(' | '), raw: cells.join(' | ') };
      return { cells, source, lines: { start: source.line, end: source.line }, index: index + 1 };
    }),
    end: rows.length + 1,
  };
}

describe('readTaskTable', () => {
  it('reads task rows from cells, whatever layout they came from (丰政办发〔2026〕4号 columns)', () => {
    const header = ['序号', '重点任务', '完成时限', '牵头部门', '主责单位', '协办单位'];
    const roles = tableHeaderRoles(`| ${header.join(' | ')} |`)!;
    const { table } = readTaskTable(
      block(header, [
        ['1', '空气质量目标', '年底前', '区生态环境局', '区城市管理委、区科技信息化局', '各街镇'],
        ['一、共筑美丽蓝天'],
        ['2', '总量减排目标', '持续推进', '区生态环境局', '——', ''],
      ]),
      roles,
      undefined,
      emptyFindings(),
    );
    expect(table.rows.map((row) => row.number.value)).toEqual([1, 2]);
    expect(table.headings?.map((heading) => heading.text)).toEqual(['一、共筑美丽蓝天']);
    const first = table.rows[0]!.assignment!;
    expect(first.lead.map((agency) => agency.name)).toEqual(['区生态环境局']);
    expect(first.responsible.map((agency) => agency.name)).toEqual(['区城市管理委', '区科技信息化局']);
    expect(first.participants.map((agency) => agency.name)).toEqual(['各街镇']);
    expect(first.deadline).toEqual({ raw: '年底前', kind: 'dated' });
    expect(table.rows[1]!.assignment!.responsible).toEqual([]);
  });
});

describe('column roles', () => {
  it('sets a column led by a year aside beside a task column of its own, and keeps it as the task column alone (146)', () => {
    expect(tableHeaderRoles('| 序号 | 重点任务（2024-2026） | 2024年工作项目 | 2025年计划 | 牵头部门 |')).toEqual(['number', 'text', 'other', 'other', 'lead']);
    expect(tableHeaderRoles('| 序号 | 2024年工作项目 | 牵头部门 |')).toEqual(['number', 'text', 'lead']);
  });
});

describe('two Markdown tables one after the other', () => {
  const text = [
    '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 责任单位 | 完成时限 |',
    '| --- | --- | --- | --- | --- | --- |',
    '| 1 | 优化营商环境 | 推进一网通办 | 市政务服务局 | 各区政府 | 2024年底 |',
    '',
    '| 序号 | 工作任务 | 责任单位 | 配合单位 | 时间节点 |',
    '|---|---|---|---|---|',
    '| 一 | 加强组织 | | | |',
    '| 1 | 成立领导小组 | 市委办 | 市府办 | 2024年3月 |',
  ].join('\n');

  it('ends the first where a header whose columns play other roles has its rule under it, and reads the second by its own header', () => {
    const document = parse(`关于印发任务分工的通知\n\n${text}\n`, { file: 'tables.md', slug: 'tables', script: 'zh-Hans' });
    const tables = document.structure.filter((node) => node.kind === 'table');
    expect(tables).toHaveLength(2);
    const second = document.tasks.find((task) => task.id === '表2.1')!;
    expect(second.responsible.map((agency) => agency.name)).toEqual(['市委办']);
    expect(second.participants.map((agency) => agency.name)).toEqual(['市府办']);
    expect(tables[1]!.kind === 'table' && tables[1]!.headings?.[0]?.text).toBe('一 加强组织');
  });
});
