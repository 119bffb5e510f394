import { toSimplified } from '../lib/chinese-script.ts';
import type { Deadline, DeadlineKind } from '../model.ts';
import { stripSpaces, trimAll } from './text.ts';

/** Words of open-ended work; a date written beside them is a first milestone. */
const ONGOING = ['长期', '持续', '常态化', '动态治理', '按进度推进', '即时', '立即', '随时'];
const RECURRING = ['每年', '每半年', '每季', '每月', '每周', '定期', '按年度', '按季度', '按月'];
const DONE = /已(?:完成|出台|建成|实现|印发)/;
const STARTS = /^(?:启动|开始|起)/;
const MILESTONE_YEARS = /^\d{4}年(?:、\d{4}年)+$/;
const RANGE = /^[至到\-—–~]$/;
const EMPTY = /^(?:[-—–―/]*|无)$/;

const RELATIVE_YEAR: Record<string, number> = { 今: 0, 当: 0, 本: 0, 明: 1 };
const HALF_YEAR: Record<string, number> = { 上: 6, 下: 12 };

/** `5年内`, or a year and one of: month and day, quarter, half year, `底`/`末`/`内` (the year's end). */
const DATE = /(\d{1,2})年内|(?:(\d{4})年|([今当本明])年)?(?:(\d{1,2})月(?:(\d{1,2})日)?|第?([1-4])季度|([上下])半年|年?(?<=年)[底末内])?/g;

const NUMERALS = '零一二三四五六七八九';

/** `十二` → 12, `三十一` → 31, `二〇二〇` → 2020 (digit by digit when there is no 十). */
function chineseNumber(word: string): string {
  const digit = (char: string) => (char === '〇' ? 0 : char === '两' ? 2 : NUMERALS.indexOf(char));
  if (!word.includes('十')) return [...word].map(digit).join('');
  const [tens, units] = word.split('十');
  return String((tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0));
}

/** The N-th five-year plan's first year: the third began in 1966, and they have followed one another since. */
const fiveYearPlanStart = (ordinal: number) => 1966 + 5 * (ordinal - 3);

/** `“十五五”时期` → 2026年至2030年, `“十四五”末` → 2025年底: a five-year plan's period as its years. */
function fiveYearPlanYears(text: string): string {
  return text.replace(/["“]?十([一二三四五六七八九])五["”]?(时期|期间|期末|末)?/g, (_words, ordinal: string, period?: string) => {
    const start = fiveYearPlanStart(10 + NUMERALS.indexOf(ordinal));
    return period === '末' || period === '期末' ? `${start + 4}年底` : `${start}年至${start + 4}年`;
  });
}

function normalize(raw: string): string {
  return fiveYearPlanYears(toSimplified(stripSpaces(raw.normalize('NFKC'))))
    .replace(/[〇零一二两三四五六七八九十]+(?=年|个?月|日|季度)/g, chineseNumber)
    .replace(/(\d{1,2})[至到\-—–~](?=\d{1,2}月)/g, '$1月至');
}

/** ISO date; a month or day the calendar lacks (`2月30日`) is dropped, not rolled over. */
function iso(year: number, month?: number, day?: number): string {
  if (!month || month > 12) return String(year);
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (!day || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return yearMonth;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}

interface Mention {
  date?: string;
  /** The year is written out, not taken from the document. */
  written: boolean;
  /** Followed by `启动`: the work starts then. */
  starts: boolean;
  /** Joined to the mention before by `至` or a dash. */
  range: boolean;
}

function mentions(text: string, documentYear?: number): Mention[] {
  const found: Mention[] = [];
  // A date without a year takes the year of the date before it (`2024年5月至11月`).
  let year = documentYear;
  let end = 0;
  for (const match of text.matchAll(DATE)) {
    if (!match[0]) continue;
    const [words, within, written, relative, month, day, quarter, half] = match;
    const between = text.slice(end, match.index);
    end = match.index + words.length;
    if (written) year = Number(written);
    else if (relative) year = documentYear === undefined ? undefined : documentYear + RELATIVE_YEAR[relative]!;
    const monthNumber = month ? Number(month) : quarter ? Number(quarter) * 3 : half ? HALF_YEAR[half] : /[底末]$/.test(words) ? 12 : undefined;
    const date = within
      ? documentYear === undefined ? undefined : String(documentYear + Number(within))
      : year === undefined ? undefined : iso(year, monthNumber, day ? Number(day) : undefined);
    found.push({ date, written: Boolean(written), starts: STARTS.test(text.slice(end)), range: found.length > 0 && RANGE.test(between) });
  }
  return found;
}

function make(raw: string, kind: DeadlineKind, due?: string, start?: string): Deadline {
  return { raw, kind, ...(due ? { due } : {}), ...(start ? { start } : {}) };
}

/**
 * Normalizes the words of a deadline cell, label or parenthesis: `2020年底前`,
 * `6-9月`, `持续推进`, `2019年启动，2020年完成`, `每年3月底前`, `2016年已完成`.
 * A date without a year falls in `documentYear`. Undefined for an empty cell or `——`.
 */
export function parseDeadline(raw: string, documentYear?: number): Deadline | undefined {
  const text = normalize(raw);
  if (EMPTY.test(text)) return undefined;
  const words = trimAll(raw);
  const stages = phasedStages(words, documentYear);
  if (stages) return stages;
  const dates = mentions(text, documentYear);
  // `2018年、2019年、2020年`: yearly milestones are stages of one task, from the first to the last.
  if (MILESTONE_YEARS.test(text)) return make(words, 'phased', dates.at(-1)?.date, dates[0]?.date);
  const start = dates.find((mention) => mention.starts);
  const ends = dates.filter((mention) => mention !== start);
  if (DONE.test(text)) return { ...make(words, 'dated', dates.at(-1)?.date), done: true };
  // `每年3月底前` recurs every year: only a written year names one due date.
  if (RECURRING.some((word) => text.includes(word))) return make(words, 'recurring', ends[0]?.written ? ends[0].date : undefined, start?.date);
  if (ONGOING.some((word) => text.includes(word))) return make(words, 'ongoing', ends[0]?.date, start?.date);
  if (dates[1]?.range) return make(words, 'dated', dates[1].date, dates[0]!.date);
  if (start) return make(words, 'phased', ends.at(-1)?.date, start.date);
  return make(words, 'dated', dates.at(-1)?.date);
}


const DIGIT = '[0-9０-９]';
const NUMBER = `(?:${DIGIT}{1,2}|[一二三四五六七八九十]{1,3})`;
const YEAR = `(?:${DIGIT}{4}年|明年|今年)`;
const PART = `(?:${NUMBER}月(?:${NUMBER}日)?[底末]?|第?[一二三四1-4１-４]季度[底末]?|[上下]半年)`;
/** The agencies a clause opens with, and a modal: `省级生态环境主管部门应`. */
const OPENING_SUBJECT = '[\\u4e00-\\u9fff、（）]{2,40}?(?:厅|廳|局|委|办|辦|部|部门|部門|单位|單位|政府|中心)(?:应当|應當|应|應|要|须|須)?';
/** `省级生态环境主管部门于…`: the agencies a clause opens with may stand before its time limit. */
const SUBJECT_BEFORE = `(?:${OPENING_SUBJECT}(?=在|于|於))?`;
/** A five-year plan's period: `“十五五”时期`. */
const PLAN_PERIOD = '["“]?十[一二三四五六七八九]五["”]?(?:时期|期间|期末|末)';
const PLAN_PERIOD_WORDS = new RegExp(`^${PLAN_PERIOD}$`);
const LEAD = new RegExp(`^[\\s\\u3000]*${SUBJECT_BEFORE}(?:在|于|於|到)?((?:${YEAR}(?:年?[底末]|${PART})?|年[底末]|${PART}|${PLAN_PERIOD})(?:前|以前)?)`);
/**
 * `每季度首月十日前，…`, `每月结束后的40个自然日内，…`: a recurring limit leading the clause; after the
 * clause's subject, a day or month's end (`区行业领域监管部门每月底前汇总…`, `…于每季度首月7日前报送…`).
 */
const RECURRING_LEAD = new RegExp(`^[\\s\\u3000]*(?:(每(?:年|半年|季度?|月|周)[^，,。；;]{0,16}?(?:前|内|以内))[，,]|${OPENING_SUBJECT}(?:于|於|在)?(每(?:年|半年|季度?|月|周)[^，,。；;]{0,10}?(?:日|底|末)前))`);

/**
 * A time limit that leads a clause: `2020年底前，完成…`, `2018年第三季度对…`.
 * Returns the deadline words only, normalized as `parseDeadline` does.
 */
export function findDeadlineInClause(text: string, documentYear?: number): Deadline | undefined {
  const recurring = RECURRING_LEAD.exec(text);
  if (recurring) return parseDeadline((recurring[1] ?? recurring[2])!, documentYear);
  const match = LEAD.exec(text);
  if (!match) return undefined;
  const words = match[1]!;
  const after = text.slice(match[0].length);
  const planPeriod = PLAN_PERIOD_WORDS.test(words);
  // `2026年起，…`, `2024年6月起，…`, `“十六五”时期起`: the work starts then and goes on.
  if (/^起/.test(after) && (planPeriod || /^\d{4}年/.test(words)) && !/前$/.test(words)) {
    const from = parseDeadline(words, documentYear);
    const start = from?.start ?? from?.due;
    return { raw: `${words}起`, kind: 'ongoing', ...(start ? { start } : {}) };
  }
  if (planPeriod) return parseDeadline(words, documentYear);
  // `2025年12月，上海城投集团完成…`: a written month that opens the clause is when the work is done.
  if (/^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/.test(words) && /^[，,]/.test(after)) return parseDeadline(words, documentYear);
  // `2018年修订…` gives the year the work is due; `到2027年，…增长25%` names a target year and
  // `2018年以来` looks back: neither is a limit.
  const yearOfWork = /^\d{4}年$/.test(words) && !/到/.test(match[0]) && /^[\u4e00-\u9fff]/.test(after) && !/^(?:以来|以來|起|开始|開始|是|的|为|為|作为|作為|以|和|与|至)/.test(after);
  if (!yearOfWork && !/[前底末]|季度|半年/.test(words) && !/^(?:全面|基本)?完成/.test(after)) return undefined;
  // `2018年上半年以来` looks back; `2019年底起` starts.
  if (/^(?:以来|以來|起|开始|開始)/.test(after)) return undefined;
  return parseDeadline(words, documentYear);
}

/** `启动部署（4月）。`, `摸清底数（2025年1月—2025年6月）。`: a step's heading closed by the months it takes. */
const HEADING_PERIOD = new RegExp(`^[^。；（(]{2,30}[（(]((?:${YEAR}?${PART}(?:前|以前)?)(?:[至到\\-—–~]${YEAR}?${PART})?)[）)](?:[。：:]|$)`);

/**
 * The period a step's heading gives in a parenthesis: months, never a bare span of
 * years (`（2021—2023年）` names the plan's years, not a limit).
 */
export function findPeriodInHeading(text: string, documentYear?: number): Deadline | undefined {
  const match = HEADING_PERIOD.exec(stripSpaces(text));
  return match ? parseDeadline(match[1]!, documentYear) : undefined;
}

/** Words that state a time rather than name an agency: `2020年底前完成`, `长期坚持`, `6月底`. */
export function isDeadlineWords(text: string): boolean {
  const compact = stripSpaces(text);
  return /(?:\d{4}|[今明本当])年|\d{1,2}月|年底|年内|年前|季度|半年|长期|長期|持续|持續|常态化|每年|每月|每季|按(?:时间)?节点|按進度|按进度|按年度|按月|动态|動態|^(?:即时|立即|随时|定期)(?:完成|办理|更新|开展)?$/.test(compact) &&
    !/(?:厅|局|委|办|部|院|中心|政府|单位|部门)(?:牵头|负责|配合)?$/.test(compact);
}

/**
 * The deadline of a table row whose time cells are several: a row and its
 * sub-rows under merged cells. Yearly milestones (`2018年`, `2019年`,
 * `2020年`, one a sub-row) are written joined by `、`; otherwise the first
 * cell's words are the deadline.
 */
export function parseDeadlineCells(cells: string[], documentYear?: number): Deadline | undefined {
  const years = [...new Set(cells.map(trimAll))];
  const milestones = years.length >= 2 && years.every((year) => /^\d{4}年$/.test(year));
  if (cells.length === 0) return undefined;
  return milestones ? parseDeadline(years.join('、'), documentYear) : stagedDeadline(cells[0]!, documentYear) ?? parseDeadline(cells[0]!, documentYear);
}

/** The time a stage of a time cell is done by: `三季度`, `2024年6月底前`. */
const STAGE_TIME = `(?:${YEAR})?(?:${PART}|年[底末])(?:前|以前)?`;
/** A time that opens a line of a time cell and what is done by then (`三季度：实现…`, `四季度完成数据对接`, 185). */
const STAGE_LINE = new RegExp(`^(${STAGE_TIME})(?:[：:]|(?=完成|实现|實現|启动|啟動|开展|開展|推进|推進|提供|建成|出台|形成|基本|全面|进一步|進一步))`);
/** A stage's deadline words alone. */
const STAGE_WORDS = new RegExp(`^${STAGE_TIME}$`);
/** How the deadline words of a cell's stages are kept apart: `三季度；四季度`. */
const STAGES_APART = '；';

/**
 * A time cell that says what is done by when, a line a stage: its deadline words are the times alone, one
 * stage a dated deadline, several a phased one from the first stage to the last (`三季度；四季度`).
 */
function stagedDeadline(cell: string, documentYear?: number): Deadline | undefined {
  const lines = cell.split('\n').map(trimAll).filter((line) => line !== '');
  const stages = lines.map((line) => STAGE_LINE.exec(line)?.[1]);
  if (stages.length === 0 || stages.some((stage) => stage === undefined)) return undefined;
  return parseDeadline(stages.join(STAGES_APART), documentYear);
}

/** `三季度；四季度`: stages, each a time, from the first to the last. */
function phasedStages(words: string, documentYear?: number): Deadline | undefined {
  const stages = words.split(STAGES_APART);
  if (stages.length < 2 || !stages.every((stage) => STAGE_WORDS.test(stage))) return undefined;
  const [first, last] = [parseDeadline(stages[0]!, documentYear), parseDeadline(stages.at(-1)!, documentYear)];
  return make(words, 'phased', last?.due, first?.due);
}
