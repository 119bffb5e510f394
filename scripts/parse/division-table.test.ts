import { describe, expect, it } from 'vitest';
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
