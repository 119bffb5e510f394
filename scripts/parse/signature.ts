import type { Paragraph } from '../model.ts';
import { isGenericDepartment, PROVINCE_NAMES } from './agency-vocabulary.ts';
import { endsAsBody } from './body-name.ts';
import { WRITTEN_DATE } from './dates.ts';
import { stripSpaces } from './text.ts';

/** Signature blocks: the bodies that sign a document and the date they sign it. */

/** A line that is only a date, maybe in parentheses: `2018年8月5日`, `（2018年5月30日）`, `二〇一八年十一月二十日`. */
export const DATE_LINE = new RegExp(`^[（(]?(?:[12]\\d{3}年\\d{1,2}月\\d{1,2}日|${WRITTEN_DATE})[）)]?$`);
/** A line that is only a date, as a signature block dates a document. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(stripSpaces(text));
}

/** A line that could be one signing body of a signature block. */
export function isSignerLine(text: string): boolean {
  const compact = stripSpaces(text);
  return compact.length <= 40 && !/[:：>»]|首页/.test(compact) && endsAsBody(compact.replace(/[（(][^）)]*[）)]$/, ''));
}

/** `重庆市人民政府办公厅 2024 年 3 月 30 日 （此件公开发布）`: a signature and its date on one line. */
const SIGNED_LINE = new RegExp(
  `^(?<signers>(?:[^\\s\\u3000]{2,40}[\\s\\u3000]+){1,8}?)?[（(]?(?<date>(?:[12][\\d\\s]{3}[\\s]*年[\\s\\d]{1,4}月[\\s\\d]{1,4}日|${WRITTEN_DATE}))[）)]?[\\s\\u3000]*(?:[（(]此件[^）)]*[）)])?$`,
);

/** The signers and date of a paragraph that is a date, maybe after its signers; undefined otherwise. */
export function signedLine(text: string): { signers: string[] } | undefined {
  const match = SIGNED_LINE.exec(text.trim());
  if (!match) return undefined;
  const signers = (match.groups!.signers ?? '').trim().split(/[\s\u3000]+/).filter(Boolean);
  return signers.every((signer) => isSignerLine(signer)) ? { signers } : undefined;
}

/** Most pieces an extraction breaks one date into: `2014` / `年6` / `月28` / `日`. */
const MOST_DATE_PIECES = 5;
/** Longest piece of a broken date (`二〇一四年`, `十二月`); a longer line is text. */
const LONGEST_DATE_PIECE = 6;

/**
 * A signature date an extraction broke wherever digits meet characters, one piece a line (`2014` / `年6` /
 * `月28` / `日`): the date joined from the paragraphs starting at `index`, or undefined when they are no such date.
 */
export function brokenDateAt(paragraphs: Paragraph[], index: number): { date: Paragraph; span: number } | undefined {
  let text = '';
  for (let end = index; end < paragraphs.length && end < index + MOST_DATE_PIECES; end++) {
    const piece = paragraphs[end]!;
    // Pieces follow line by line: a blank line between them parts paragraphs, not a date.
    if (end > index && piece.lines.start !== paragraphs[end - 1]!.lines.end + 1) return undefined;
    if (piece.text.length > 4 * LONGEST_DATE_PIECE || stripSpaces(piece.text).length > LONGEST_DATE_PIECE) return undefined;
    text += stripSpaces(piece.text);
    if (end > index && DATE_LINE.test(text)) return { date: { text, lines: { start: paragraphs[index]!.lines.start, end: piece.lines.end } }, span: end - index + 1 };
  }
  return undefined;
}

/** Most bodies that sign one document together (joint notices of a dozen or more departments exist). */
const MOST_SIGNERS = 30;

/** Lines a letter puts between its signature and date that sign nothing: a copy list (`副本送：…`), a deputy signing for the head (`（…代行）`). */
const BESIDE_SIGNATURE = /^(?:(?:副本送|副本抄送|抄送|cc)[:：]|[（(][^）)]*代[行签簽]?[）)]$)/i;
/** A head of a body signing for it, the title repeating the body's last character: `屋宇署署長` signs for 屋宇署. */
const HEAD_OF_BODY = /([署局处處厅廳部])\1[长長]$/;

/** The body a signature line names: its text without spaces, a head's title read as the body (`屋宇署署長` → `屋宇署`). */
export function signerName(text: string): string {
  return stripSpaces(text).replace(HEAD_OF_BODY, '$1');
}

/**
 * `湖南省工业和信息化厅 ？湖南省发展和改革委员会`: a `?` after a space, or opening a line, stands where a copy lost a
 * character it could not encode (here the separator between two signers), never a question.
 */
const LOST_SEPARATOR = /(?:^|(?<=[\s\u3000]))[?？]/;
/** Two spaces or more: the gap between the columns of a signature grid, wider than a stray space inside one name. */
const WIDE_GAP = /[ \u3000]{2,}|[ \u3000]*\t[ \u3000\t]*/;

/** Bodies whose names begin as no other body's ends: a nation's, a party's, the State Council's. */
const NATIONAL_BODY = /^(?:国家|國家|中国|中國|中共|国务院|國務院)/;

/** A word of a signature line that names a body by itself: one with its place or nation, or a department a place completes. */
export function namesBodyAlone(word: string): boolean {
  return isSignerLine(word) && (PLACE_PREFIX.test(word) || NATIONAL_BODY.test(word) || isGenericDepartment(word));
}

/**
 * The bodies one signature line names, each as `signerName` reads it. A joint signature may set two a line, a space
 * between them (`国家税务总局湖南省税务局 湖南省市场监督管理局`), or a character the copy lost (`湖南省工业和信息化厅 ？湖南省发展和改革委员会`);
 * a space inside one name (`国务院 办公厅`) parts no bodies, since `办公厅` names none alone.
 */
export function signerNames(text: string): string[] {
  const pieces = text.trim().split(LOST_SEPARATOR);
  // `市应急管理局     市公安局        市住房和城乡建设管理委` (175): a signature set out as a grid parts its bodies by wide gaps.
  const gridded = pieces.flatMap((piece) => {
    const cells = piece.trim().split(WIDE_GAP);
    return cells.length > 1 && cells.every(isSignerLine) ? cells : [piece];
  });
  return gridded
    .flatMap((piece) => {
      const words = piece.trim().split(/[\s\u3000]+/);
      return words.length > 1 && words.every(namesBodyAlone) ? withSharedPlace(words.map(signerName)) : [signerName(piece)];
    })
    .filter(Boolean);
}

/**
 * A joint signature set out as a grid whose names wrap within their columns (199):
 * `上海市第一次自然灾害综合      中共上海市委宣传部` / `风险普查领导小组办公室        2021年7月26日`.
 * `lines` are the signature's lines and then the date's; each column's cells, line by line, join into
 * one body's name. Undefined unless every line is cut by wide gaps, every column ends as a body's name
 * does, and some name took more than one line (a grid of whole names is read line by line).
 */
export function signatureGridColumns(lines: string[]): string[] | undefined {
  const rows = lines.map((line) => line.trim().split(WIDE_GAP).filter((cell) => !DATE_LINE.test(stripSpaces(cell))));
  // The date's line may hold a name's last piece and the date alone.
  if (rows.length < 2 || rows.slice(0, -1).some((cells) => cells.length < 2)) return undefined;
  const columns = Array.from({ length: Math.max(...rows.map((cells) => cells.length)) }, (_, column) => rows.map((cells) => cells[column] ?? '').map(stripSpaces).join(''));
  const wrapped = rows.some((cells) => cells.some((cell) => !endsAsBody(stripSpaces(cell))));
  return wrapped && columns.every((name) => endsAsBody(name)) ? columns : undefined;
}

/** The signing bodies just above a date paragraph: `国务院办公厅` / `2018年8月5日`. */
export function signatureAbove(paragraphs: Paragraph[], dateIndex: number): number[] {
  const signature: number[] = [];
  for (let index = dateIndex - 1; index >= 0 && signature.length < MOST_SIGNERS; index--) {
    const compact = signerName(paragraphs[index]!.text);
    if (BESIDE_SIGNATURE.test(compact)) continue;
    if (compact.length > 40 || !endsAsBody(compact.replace(/[（(][^）)]*[）)]$/, ''))) break;
    signature.unshift(index);
  }
  return signature;
}

/** Where one body's name ends and the next begins in a signature run together (`…发展和改革委员会吉林省工业和信息化厅`). */
const BODY_END = '(?<=委员会|委員會|厅|廳|局|办公室|辦公室|办公厅|辦公廳|政府|部|委)';
const GLUED_BODY = new RegExp(`${BODY_END}(?=${PROVINCE_NAMES.join('|')}|国家|國家|中共)`, 'g');
/** The place a body's name begins with: `黄浦区`, `吉林省`. */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{2,7}?(?:自治区|自治州|省|市|区|區|县|縣|州|盟|旗)/;
const PLACE_ONLY = new RegExp(`${PLACE_PREFIX.source}$`);

/** A line that names a place and nothing else: `赣州市`, the first half of an issuer a print broke after its place. */
export function isPlaceName(text: string): boolean {
  return PLACE_ONLY.test(stripSpaces(text));
}

/** `内蒙古自治区交通运输厅 财政厅`: a department named after the first body shares that body's place. */
export function withSharedPlace(names: string[]): string[] {
  const place = PLACE_PREFIX.exec(names[0] ?? '')?.[0];
  return place ? names.map((name, index) => (index > 0 && !PLACE_PREFIX.test(name) && isGenericDepartment(name) ? place + name : name)) : names;
}

/**
 * `上海市浦东新区人民政府` for a title's `浦东新区人民政府`: a metadata line naming the same body with the place
 * it lies in before its name. Any other name is another body (a 发布单位 naming the government whose 办公室 issued).
 */
export function isSameBodyInFull(short: string, full: string): boolean {
  return full.length > short.length && full.endsWith(short) && PLACE_ONLY.test(full.slice(0, -short.length));
}

/** Bodies run together in one line: split before a province, before 国家/中共, or before the first body's own place. */
export function splitGluedBodies(name: string): string[] {
  // `国家税务总局河南省税务局`, `中国人民银行河南省分行`: a national system's provincial branch is one body.
  if (/^(?:国家|國家|中国|中國)/.test(name) && !/[\s\u3000]/.test(name)) return [name];
  const place = PLACE_PREFIX.exec(name)?.[0];
  const samePlace = place ? new RegExp(`${BODY_END}(?=${place})`, 'g') : undefined;
  return name.split(GLUED_BODY).flatMap((piece) => (samePlace ? piece.split(samePlace) : [piece])).filter(Boolean);
}

/** `盐城市盐都区人民政府办公室  2024年5月28日印发`: the 版记 at a document's foot names the office that printed it. */
const PRINTED_BY = /^[\s|｜]*([^\s|｜]{4,40}?)[\s|｜]*(?:[12]\d{3}年\d{1,2}月\d{1,2}日)[\s]*印发[\s|｜]*$/;

/** The office that printed the document, from the last lines of the text, when its 版记 survives. */
export function readPrintingOffice(lastLines: string[]): string | undefined {
  for (const line of [...lastLines].reverse()) {
    const office = PRINTED_BY.exec(line)?.[1];
    if (office && isSignerLine(office)) return office;
  }
  return undefined;
}
