import type { Comparator, Target } from '../model.ts';

/** Units a quantitative target is counted in. Years, ages and dates are not targets. */
const UNITS = [
  '亿元', '億元', '万元', '萬元', '万人', '萬人', '万户', '萬戶', '万亩', '萬畝', '亩', '畝', '万吨', '萬噸', '吨', '噸',
  '公里', '千瓦', '万千瓦', '萬千瓦', '平方米', '万平方米', '萬平方米', '%', '％', '个', '個', '家', '件', '户', '戶', '名', '项', '項', '次', '所', '座',
  '倍', '台', '套', '篇', '批', '亿', '億', '万', '萬', '人', '元',
];
/** A unit character that begins a word is not a unit: 305项目, 个人, 名称. */
const UNIT_WORDS = /^(?:项目|項目|个人|個人|名称|名稱|家庭|次要|人民|人才|人员|人員|所在|元素|万一|萬一)/;

/** Comparators as written (either script), most specific first, with the normalized form. */
const COMPARATORS: [string, Comparator][] = [
  ['年均增长', '年均增长'], ['年均增長', '年均增长'], ['不低于', '不低于'], ['不低於', '不低于'], ['不少于', '不少于'],
  ['不少於', '不少于'], ['超过', '超过'], ['超過', '超过'], ['达到', '达到'], ['達到', '达到'], ['突破', '突破'],
  ['提高到', '提高到'], ['增长', '增长'], ['增長', '增长'], ['保持在', '达到'], ['前', '前'], ['约', '约'], ['約', '约'],
];
const SUFFIXES: [string, Comparator][] = [['以上', '以上'], ['以下', '以下'], ['以内', '以内'], ['以內', '以内'], ['左右', '左右']];

// A figure starts where its digits start: a match from inside a run of digits would cover the same run, and
// trying each digit of a long run reads the rest of the run again.
const FIGURE = new RegExp(
  String.raw`(?<!\d)(\d+(?:\.\d+)?)(?:\s*[—\-~～至到]\s*(\d+(?:\.\d+)?))?\s*(` +
    UNITS.join('|') +
    ')',
  'g',
);

const DELIMITER = /[，,、；;。：:！？（）()“”"\n]/;

/** The year a target is set for: the last `到2023年` / `2023年底前` before it in the paragraph. */
function yearBefore(text: string, position: number): number | undefined {
  const before = text.slice(0, position);
  const years = [...before.matchAll(/(?:到|至|于|於|在)?([12]\d{3})年(?:底|末)?(?:前)?/g)].filter((match) =>
    /^(?:到|至)|年(?:底|末)?前/.test(match[0]),
  );
  const last = years.at(-1);
  return last ? Number(last[1]) : undefined;
}

function fragmentBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !DELIMITER.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !DELIMITER.test(text[to]!)) to++;
  return [from, to];
}

/**
 * Finds quantitative targets in a paragraph: `高新技术企业数量超过50家`,
 * `2%左右`, `组建各类专家智库2个以上`. A number must carry a unit; a year,
 * an ordinal (`第3次`) or a number inside a word (`305项目`) is not a target.
 */
export function findTargets(text: string, line: number): Omit<Target, 'taskId' | 'nodeId'>[] {
  const targets: Omit<Target, 'taskId' | 'nodeId'>[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index!;
    const unit = match[3]!;
    const end = start + match[0].length;
    if (UNIT_WORDS.test(text.slice(end - unit.length))) continue;
    const before = text[start - 1] ?? '';
    if (/[\d.第]/.test(before) || /^[年月日号號]/.test(text.slice(end))) continue;
    // `%E6%94%BF` in a link is a byte of a percent-encoded URL, not 94%.
    if (unit === '%' && (/%$/.test(text.slice(0, start)) || /^[0-9A-Fa-f]{2}/.test(text.slice(end)) || /https?:\/\/\S*$/.test(text.slice(0, start)))) continue;
    const [from, to] = fragmentBounds(text, start, end);
    const lead = text.slice(from, start);
    const suffix = SUFFIXES.find(([word]) => text.startsWith(word, end));
    const prefix = COMPARATORS.map(([word, comparator]) => ({ at: lead.lastIndexOf(word), word, comparator }))
      .filter((found) => found.at >= 0)
      .sort((a, b) => b.at - a.at || b.word.length - a.word.length)[0];
    // `年均增长超过10%` is a growth-rate target: the growth, not the 超过, is what it measures.
    const growth = /(?:年均增长|年均增長)(?:超过|超過|达到|達到)?$/.test(lead);
    const comparator: Comparator = growth ? '年均增长' : suffix?.[1] ?? prefix?.comparator ?? '=';
    const beforeComparator = growth ? lead.replace(/(?:年均增长|年均增長)(?:超过|超過|达到|達到)?$/, '') : prefix ? lead.slice(0, prefix.at) : lead;
    const metric = beforeComparator.replace(/^(?:力争|力爭|实现|實現|使)?(?:到[12]\d{3}年)?/, '').trim();
    const target: Omit<Target, 'taskId' | 'nodeId'> = {
      phrase: text.slice(from, Math.max(to, end + (suffix?.[0].length ?? 0))).trim(),
      metric: metric.length >= 2 ? metric : text.slice(end, to).trim(),
      value: Number(match[1]),
      unit: unit === '％' ? '%' : unit,
      comparator,
      line,
    };
    if (match[2]) target.valueMax = Number(match[2]);
    const year = yearBefore(text, start);
    if (year !== undefined) target.year = year;
    targets.push(target);
  }
  return targets;
}
