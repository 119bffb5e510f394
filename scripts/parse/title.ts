import type { Paragraph } from '../model.ts';
import { readDate } from './dates.ts';
import { normalizeDocNumber, SPACED_DOC_NUMBER } from './doc-number.ts';
import { endsAsBody } from './body-name.ts';
import { isDateLine, isPlaceName, isSignerLine, splitGluedBodies, withSharedPlace } from './signature.ts';
import { governmentOfSpeaker } from './report-speaker.ts';
import { withoutStatusMark } from './status-marks.ts';
import { closeCjkGaps, endsSentence, stripSpaces } from './text.ts';

/** Titles as copies print them: a heading, a line ending as titles end, one broken over lines or glued to its 文号. */

/** A title's last word (通知, 意见, 《…》) with a 文号 run on after it. */
const GLUED_DOC_NUMBER = /^(.*(?:通知|意见|意見|方案|规划|規劃|办法|辦法|决定|決定|计划|計劃|要点|要點|分工|细则|細則|规定|規定|纲要|綱要|报告|報告|批复|批復|公告|通告|措施|函|清单|清單|条例|條例|安排|》))[（(]?([\u4e00-\u9fff]{1,12}[\s\u3000]*[〔［[][\s\u3000]*[12]\d{3}[\s\u3000]*[〕］\]][\s\u3000]*\d+[\s\u3000]*[号號])[）)]?$/;
const TITLE_END =
  /(?:通知|意见|意見|方案|规划|規劃|办法|辦法|决定|決定|计划|計劃|要点|要點|分工|细则|細則|规定|規定|纲要|綱要|报告|報告|批复|批復|公告|通告|措施|函|清单|清單|条例|條例|安排|须知|須知|指引|指南|规则|規則|公报|公報|决议|決議|《[^》]+》)(?:[(（][^)）]*[)）])?$/;
/** Words that, after the issuing bodies, begin a title: `国务院关于…`, `X印发…`. */
export const TITLE_VERB = /关于|關於|印发|印發|转发|轉發|批转|批轉/;
/** Lines a crawl or a print puts around a title that are not the title. */
const NOT_A_TITLE = /^(?:附件\d*|（此件[^）]*）|\(此件[^)]*\)|字体[:：]?.*|政策解读|打印|关闭)$/;

/** A line that reads as a title: short, ending as titles end, no sentence in it. */
export function isTitle(text: string): boolean {
  const compact = stripSpaces(text);
  const withoutPeriod = compact.replace(/[(（][^)）]*[)）]$/, '');
  return compact.length <= 120 && (!endsSentence(withoutPeriod) || /》$/.test(withoutPeriod)) && TITLE_END.test(compact) && !/[。；]/.test(compact);
}

/** A short line with no sentence in it: a title when no line reads as one. */
export function isPlainHeading(text: string): boolean {
  const compact = stripSpaces(text);
  return compact.length >= 4 && compact.length <= 60 && !/[。；，,:：]/.test(compact) && !NOT_A_TITLE.test(compact);
}

/**
 * The bodies before `关于`/`印发` in a title, as printed, when they are nothing but bodies:
 * `中共中央办公厅 国务院办公厅`, and `吉林省发展和改革委员会吉林省工业和信息化厅` run together.
 */
function bodiesBeforeVerb(prefix: string): string[] | undefined {
  const names = prefix.trim().split(/[\s\u3000、]+/).filter(Boolean);
  if (names.length === 0 || names.some((name) => name.length > 30)) return undefined;
  return names.every(endsAsBody) ? names.flatMap(splitGluedBodies) : undefined;
}

export interface TitleReading {
  index: number;
  /** Paragraphs the title spans (a title broken over two or three lines). */
  span: number;
  title: string;
  issuers?: string[];
  docNumber?: string;
  /** The date a subtitle gives (`——2024年3月5日在…`). */
  dated?: string;
}

/**
 * Where metadata printed after a title on its line begins: a wide gap before a label or a 文号. The gap is
 * matched from its first space only (a match from inside it would end where that one does); tried from
 * each space, a long gap cost the square of its length.
 */
export const TRAILING_METADATA = new RegExp(`(?<![\\s\\u3000])[\\s\\u3000]{3,}(?=[^\\s\\u3000]{1,8}[:：]|${SPACED_DOC_NUMBER.source})`);
/**
 * A page title's `_site name`, ` | site name`, `---site name` or ` - site name` after the document's title. The
 * shortest title never ends in a space unless it is one character long, so the spaces before the separator are
 * tried from their start only. A lone hyphen between words (`2024-2025年`) separates nothing.
 */
const PORTAL_SUFFIX = /^(.+?)(?:(?<![\s\u3000])|(?<=^.))[\s\u3000]*(?:_|\||｜|-{2,}|(?<=[\s\u3000])-(?=[\s\u3000]))[\s\u3000]*[^_|｜-]{2,30}$/;
/** `政府工作报告——2024年3月5日在…上国务院总理 李强`: a subtitle after a dash says where, when and by whom the text was given. */
const SUBTITLE = /——.*$/;

/** A piece that can begin a title broken over lines: the issuers, or words up to and past 关于/印发; no label or address. */
function canBeginTitle(text: string): boolean {
  const compact = stripSpaces(text);
  // A title breaks after its issuers or inside its 关于… clause; a line of page chrome above it does neither.
  return (TITLE_VERB.test(compact) || endsAsBody(compact)) && !/[:：]|https?|www\./.test(compact) && !NOT_A_TITLE.test(compact);
}

/**
 * `赣州市` / `商务局` / `关于开展20` / `25年度…的通知`: a print may break the issuer after its place too. A place alone
 * begins a title only with the body's name on the next line; a place above `关于…` may be a page's, not the issuer's.
 */
function beginsTitle(pieces: Paragraph[]): boolean {
  if (canBeginTitle(pieces[0]!.text)) return true;
  const body = pieces[1]?.text;
  return isPlaceName(pieces[0]!.text) && body !== undefined && isSignerLine(body);
}

/** Most lines a print breaks one title over: the issuer's place, its body, and the title's words over two more. */
const MOST_TITLE_LINES = 4;

/** An item of a list (`(a)《竹棚架工作安全守則》`, `（一）…`, `2.…`): a title is never numbered. */
const LIST_ITEM = /^(?:[(（]\s*(?:[a-zA-Z]|[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|(?:[a-zA-Z]|\d{1,2})[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)/;

/** Reads a title from `span` paragraphs starting at `index`, splitting off a glued 文号. */
function titleAt(paragraphs: Paragraph[], index: number, span: number, heading: boolean): TitleReading | undefined {
  const pieces = paragraphs.slice(index, index + span);
  if (pieces.length < span || pieces.some((piece) => endsSentence(piece.text) && !/[》）)]$/.test(piece.text.trim()))) return undefined;
  if (span > 1 && !beginsTitle(pieces)) return undefined;
  // One issuing body on the line above `关于…` belongs to the title; a block of them is the joint issuers' header.
  const above = paragraphs[index - 1];
  if (span > 1 && !TITLE_VERB.test(pieces[0]!.text) && above && isSignerLine(above.text)) return undefined;
  if (pieces.some((piece) => isDateLine(piece.text)) || LIST_ITEM.test(pieces[0]!.text.trim())) return undefined;
  // `（失效）…的通知（京管发〔2024〕9号）`: a portal's mark of validity is the page's, not the title's.
  let written = withoutStatusMark(closeCjkGaps(pieces.map((piece) => piece.text.trim().split(TRAILING_METADATA)[0]!).join('')));
  // `…的实施意见国办发〔2020〕24号`: the 文号 begins where the title's last word ends.
  const glued = GLUED_DOC_NUMBER.exec(written);
  const docNumber = glued ? normalizeDocNumber(glued[2]!) : undefined;
  if (glued) written = withoutStatusMark(glued[1]!);
  // `2024-04-16重庆市…的通知`: a crawl put the page's date before the title.
  written = written.replace(/^[12]\d{3}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]*/, '');
  // `…的通知_云南省发展和改革委员会`: a portal's page title names the site after the document's.
  const portal = PORTAL_SUFFIX.exec(written);
  if (portal && isTitle(portal[1]!)) written = portal[1]!;
  const subtitle = SUBTITLE.exec(written);
  if (subtitle && subtitle.index >= 4) written = written.slice(0, subtitle.index);
  // Issuers are told apart by the spaces between them, which closing CJK gaps would lose.
  const spaced = withoutStatusMark(pieces.map((piece) => piece.text.trim()).join(''));
  const spacedVerb = spaced.search(TITLE_VERB);
  const bodiesAhead = spacedVerb > 0 ? bodiesBeforeVerb(spaced.slice(0, spacedVerb)) : undefined;
  // `上海市应急管理局 上海市统计局 …（12 bodies） 关于印发…的通知` (175): joint issuers may make a title longer than
  // titles are; from its verb on it must still read as one.
  const issuersAhead = written.search(TITLE_VERB) > 0 && bodiesAhead !== undefined;
  const readsAsTitle = (words: string) => isTitle(words) || (issuersAhead && isTitle(words.slice(words.search(TITLE_VERB))));
  if (!(heading ? isPlainHeading(written) || readsAsTitle(written) : readsAsTitle(written))) return undefined;
  // `（2025—2027年）` or `（试行）` on the next line completes the title.
  const next = paragraphs[index + span];
  let spanned = span;
  if (next && /^[（(][^（()）]{1,20}[)）]$/.test(stripSpaces(next.text)) && !readDate(next.text) && !SPACED_DOC_NUMBER.test(next.text)) {
    written += next.text.trim();
    spanned++;
  }
  const verb = written.search(TITLE_VERB);
  const bodies = verb > 0 ? bodiesAhead : undefined;
  // `…会议上国务院总理 李强`: a work report's subtitle names the head who gave it, and so the government it speaks for.
  const speaker = subtitle && subtitle.index >= 4 ? governmentOfSpeaker(subtitle[0]) : undefined;
  const issuers = bodies ? withSharedPlace(bodies) : speaker ? [speaker] : undefined;
  // The issuers head the title as a reader sees it, also when a space sets them apart from `关于…`
  // (`重庆市人民政府办公厅 关于印发《…》的通知`): the print's line break, not a second title.
  // Joint issuers stay apart in the title, one space between them as a print sets them, also where a copy
  // ran them together (`吉林省能源局 吉林省发展和改革委员会吉林省工业和信息化厅印发…`).
  // Bodies a 、 joins are left as printed.
  const jointIssuers = bodies && bodies.length > 1 && !spaced.slice(0, spacedVerb).includes('、') ? bodies.join(' ') : undefined;
  const title = (jointIssuers ?? '') + stripSpaces(jointIssuers ? written.slice(verb) : written);
  const dated = subtitle ? readDate(subtitle[0])?.iso : undefined;
  return { index, span: spanned, title, ...(issuers ? { issuers } : {}), ...(docNumber ? { docNumber } : {}), ...(dated ? { dated } : {}) };
}

/** The first title among the paragraphs: a Markdown heading, a line ending as titles end, or one broken over lines. */
export function findTitle(paragraphs: Paragraph[], candidates: number[], headingLines: ReadonlySet<number>, from = 0, plain = false): TitleReading | undefined {
  const eligible = candidates.filter((candidate) => candidate >= from);
  const headings = eligible.filter((index) => headingLines.has(paragraphs[index]!.lines.start));
  const broken = (index: number) => {
    for (let span = 1; span <= MOST_TITLE_LINES; span++) {
      if (span > 1 && !eligible.includes(index + span - 1)) return undefined;
      const reading = titleAt(paragraphs, index, span, false);
      if (reading) return reading;
    }
    return undefined;
  };
  // A heading that reads as a title, then any line or lines that do, then a heading that is merely short.
  return plain ? first(headings, (index) => titleAt(paragraphs, index, 1, true)) : first(headings, broken) ?? first(eligible, broken);
}

function first<T>(indexes: number[], read: (index: number) => T | undefined): T | undefined {
  for (const index of indexes) {
    const reading = read(index);
    if (reading) return reading;
  }
  return undefined;
}
