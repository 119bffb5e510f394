import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectScript } from '../scripts/lib/chinese-script.ts';
import type { PolicyDocument } from '../scripts/model.ts';
import { parse } from '../scripts/parse/index.ts';
import { findLostText } from '../scripts/verify/nothing-lost.ts';

// Each limit is a guard, not a benchmark: well above what a linear parse takes, far below what a
// path that rescans a run from each of its characters takes at these sizes (minutes to hours).
// The 10 MB document takes 10–16 s alone on the 2-core CI machine, and more beside the other test files.
const RUN_LIMIT_MS = 5_000;
const DOCUMENT_LIMIT_MS = 60_000;

function parseText(text: string): PolicyDocument {
  return parse(text, { file: 'hostile.txt', slug: 'hostile', script: detectScript(text) });
}

/** Parses `text` and checks that every character is in the model or in `removed`. */
function parsesWhole(text: string): PolicyDocument {
  const document = parseText(text);
  expect(findLostText(text, document)).toBeUndefined();
  return document;
}

const HEAD = '关于加强科技工作的通知\n一、重点任务\n1.加强科研诚信建设';

/** The real documents again and again, their arabic item numbers carried on so each item stays its own. */
function realDocumentOf(bytes: number): string {
  const folder = 'tests/fixtures/real';
  const texts = readdirSync(folder).filter((name) => /\.(?:txt|md)$/.test(name)).sort().map((name) => readFileSync(join(folder, name), 'utf8'));
  const parts = ['关于印发综合方案的通知'];
  let size = 0;
  let offset = 0;
  while (size < bytes) {
    for (const text of texts) {
      let last = 0;
      const renumbered = text.replace(/^(\s*)(\d{1,3})([.、．])/gm, (_, space: string, number: string, mark: string) => {
        last = Math.max(last, Number(number));
        return `${space}${Number(number) + offset}${mark}`;
      });
      offset += last;
      parts.push(renumbered);
      size += Buffer.byteLength(renumbered);
    }
  }
  return parts.join('\n');
}

describe('linear time on hostile sizes', () => {
  it('reads a clause with a million spaces in it', () => {
    const document = parsesWhole(`${HEAD}${' '.repeat(1_000_000)}工作。(科技厅牵头,财政厅参加)`);
    expect(document.tasks[0]?.lead.map((agency) => agency.name)).toEqual(['科技厅']);
  }, RUN_LIMIT_MS);

  it('reads a line of a million spaces and a million ideographic spaces', () => {
    parsesWhole(`${HEAD}\n${' '.repeat(1_000_000)}\n${'\u3000'.repeat(1_000_000)}x\n2.推进成果转化。`);
  }, RUN_LIMIT_MS);

  it('reads 200,000 commas, 200,000 、 and 200,000 digits', () => {
    parsesWhole(`${HEAD}${','.repeat(200_000)}x。(科技厅牵头${'，'.repeat(200_000)})`);
    parsesWhole(`${HEAD}${'、'.repeat(200_000)}x。(${'科技厅、'.repeat(50_000)}财政厅牵头)`);
    parsesWhole(`${HEAD}${'1'.repeat(200_000)}个。`);
  }, RUN_LIMIT_MS);

  it('reads 200,000 blank lines and a Markdown copy with long runs of spaces', () => {
    parsesWhole(`${HEAD}${'\n \n'.repeat(100_000)}2.推进成果转化。`);
    parsesWhole(`# 关于加强科技工作的通知\n|---|${' '.repeat(200_000)}x\n一、重点任务\n1.加强${' '.repeat(200_000)}建设。`);
  }, RUN_LIMIT_MS);

  it('reads a title line with a wide gap and a line of 100,000 【】', () => {
    parsesWhole(`关于加强${' '.repeat(200_000)}科技工作的通知 _x\n一、重点任务\n1.推进。`);
    parsesWhole(`| 【标题】 | 关于加强科技工作的通知 |\n${'【】'.repeat(100_000)}x\n一、任务\n1.推进。`);
  }, RUN_LIMIT_MS);

  it('reads a 10 MB document made of the real documents', () => {
    const text = realDocumentOf(10_000_000);
    const document = parsesWhole(text);
    expect(document.tasks.length).toBeGreaterThan(5_000);
  }, DOCUMENT_LIMIT_MS);
});
