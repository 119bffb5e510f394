import type { Diagnostic, Paragraph, PreambleParagraph } from '../model.ts';
import { readDate } from './dates.ts';
import { readMetadataLine } from './metadata-lines.ts';
import { isGenericDepartment, PROVINCE_NAMES } from './agency-vocabulary.ts';
import { closeCjkGaps, endsSentence, stripSpaces } from './text.ts';

/** A title's last word (通知, 意见, 《…》) with a 文号 run on after it. */
const GLUED_DOC_NUMBER = /^(.*(?:通知|意见|意見|方案|规划|規劃|办法|辦法|决定|決定|计划|計劃|要点|要點|分工|细则|細則|规定|規定|纲要|綱要|报告|報告|批复|批復|公告|通告|措施|函|清单|清單|条例|條例|安排|》))[（(]?([\u4e00-\u9fff]{1,12}[\s\u3000]*[〔［[][\s\u3000]*[12]\d{3}[\s\u3000]*[〕］\]][\s\u3000]*\d+[\s\u3000]*[号號])[）)]?$/;

/** A document number: `新政办发〔2013〕118号`, `丰政办发 [2026] 4号`. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[][12]\d{3}[〕］\]]\d+[号號]/;
const SPACED_DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[\s\u3000]*[〔［[（(][\s\u3000]*[12]\d{3}[\s\u3000]*[〕］\]）)][\s\u3000]*\d+[\s\u3000]*[号號]/;
const LEADING_DOC_NUMBER = new RegExp(`^[\\s\\u3000]*(${SPACED_DOC_NUMBER.source})[\\s\\u3000]`);
const DOC_NUMBER_LINE = new RegExp(`^[（(]?${SPACED_DOC_NUMBER.source}[）)]?$`);
/** A line that is only a date, maybe in parentheses: `2018年8月5日`, `（2018年5月30日）`, `二〇一八年十一月二十日`. */
const DATE_LINE = /^[（(]?(?:[12]\d{3}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九ＯO]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[）)]?$/;
const TITLE_END =
  /(?:通知|意见|意見|方案|规划|規劃|办法|辦法|决定|決定|计划|計劃|要点|要點|分工|细则|細則|规定|規定|纲要|綱要|报告|報告|批复|批復|公告|通告|措施|函|清单|清單|条例|條例|安排|指引|指南|规则|規則|公报|公報|决议|決議|《[^》]+》)(?:[(（][^)）]*[)）])?$/;
const BODY_NAME = /(?:厅|廳|局|委|办公室|辦公室|办|辦|政府|委员会|委員會|院|部|部门|部門|党委|黨委|公署|总署|總署|中心|银行|銀行|分行|会|會|公司)$/;
/** Words that, after the issuing bodies, begin a title: `国务院关于…`, `X印发…`. */
const TITLE_VERB = /关于|關於|印发|印發|转发|轉發|批转|批轉/;
/** Lines a crawl or a print puts around a title that are not the title. */
const NOT_A_TITLE = /^(?:附件\d*|（此件[^）]*）|\(此件[^)]*\)|字体[:：]?.*|政策解读|打印|关闭)$/;

/** What the notice part of a document says about the document. */
export interface BodyFacts {
  title?: string;
  shortTitle?: string;
  docNumber?: string;
  issuer?: string;
  signedDate?: string;
  publishedDate?: string;
  /** The issuer a metadata line names, trusted less than the text's own. */
  listedIssuer?: string;
  listedTitle?: string;
  listedSignedDate?: string;
}

/** A line that is only a date, as a signature block dates a document. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(stripSpaces(text));
}

/** A line that could be one signing body of a signature block. */
export function isSignerLine(text: string): boolean {
  const compact = stripSpaces(text);
  return compact.length <= 40 && !/[:：>»]|首页/.test(compact) && BODY_NAME.test(compact.replace(/[（(][^）)]*[）)]$/, ''));
}

function isTitle(text: string): boolean {
  const compact = stripSpaces(text);
  const withoutPeriod = compact.replace(/[(（][^)）]*[)）]$/, '');
  return compact.length <= 120 && (!endsSentence(withoutPeriod) || /》$/.test(withoutPeriod)) && TITLE_END.test(compact) && !/[。；]/.test(compact);
}

/** A short line with no sentence in it: a title when no line reads as one. */
function isPlainHeading(text: string): boolean {
  const compact = stripSpaces(text);
  return compact.length >= 4 && compact.length <= 60 && !/[。；，,:：]/.test(compact) && !NOT_A_TITLE.test(compact);
}

/** The bodies before `关于`/`印发` in a title, when they are nothing but bodies: `中共中央办公厅 国务院办公厅`. */
function issuersBeforeVerb(prefix: string): string[] | undefined {
  const names = prefix.trim().split(/[\s\u3000、]+/).filter(Boolean);
  if (names.length === 0 || names.some((name) => name.length > 30)) return undefined;
  return names.every((name) => BODY_NAME.test(name)) ? withSharedPlace(names.flatMap(splitGluedBodies)) : undefined;
}

export function normalizeDocNumber(written: string): string {
  return stripSpaces(written).replace(/^[（(](.*)[）)]$/, '$1').replace(/[［[（(]/, '〔').replace(/[］\]）)]/, '〕');
}

interface TitleReading {
  index: number;
  /** Paragraphs the title spans (a title broken over two or three lines). */
  span: number;
  title: string;
  issuers?: string[];
  docNumber?: string;
  /** The date a subtitle gives (`——2024年3月5日在…`). */
  dated?: string;
}

/** Where metadata printed after a title on its line begins: a wide gap before a label or a 文号. */
const TRAILING_METADATA = new RegExp(`[\\s\\u3000]{3,}(?=[^\\s\\u3000]{1,8}[:：]|${SPACED_DOC_NUMBER.source})`);
/** `政府工作报告——2024年3月5日在…上`: a subtitle after a dash says where and when the text was given. */
const SUBTITLE = /——.*$/;

/** A piece that can begin a title broken over lines: the issuers, or words up to and past 关于/印发; no label or address. */
function canBeginTitle(text: string): boolean {
  const compact = stripSpaces(text);
  // A title breaks after its issuers or inside its 关于… clause; a line of page chrome above it does neither.
  return (TITLE_VERB.test(compact) || BODY_NAME.test(compact)) && !/[:：]|https?|www\./.test(compact) && !NOT_A_TITLE.test(compact);
}

/** Reads a title from `span` paragraphs starting at `index`, splitting off a glued 文号. */
function titleAt(paragraphs: Paragraph[], index: number, span: number, heading: boolean): TitleReading | undefined {
  const pieces = paragraphs.slice(index, index + span);
  if (pieces.length < span || pieces.some((piece) => endsSentence(piece.text) && !/[》）)]$/.test(piece.text.trim()))) return undefined;
  if (span > 1 && !canBeginTitle(pieces[0]!.text)) return undefined;
  // One issuing body on the line above `关于…` belongs to the title; a block of them is the joint issuers' header.
  const above = paragraphs[index - 1];
  if (span > 1 && !TITLE_VERB.test(pieces[0]!.text) && above && isSignerLine(above.text)) return undefined;
  if (pieces.some((piece) => isDateLine(piece.text))) return undefined;
  let written = closeCjkGaps(pieces.map((piece) => piece.text.trim().split(TRAILING_METADATA)[0]!).join(''));
  // `…的实施意见国办发〔2020〕24号`: the 文号 begins where the title's last word ends.
  const glued = GLUED_DOC_NUMBER.exec(written);
  const docNumber = glued ? normalizeDocNumber(glued[2]!) : undefined;
  if (glued) written = glued[1]!;
  // `2024-04-16重庆市…的通知`: a crawl put the page's date before the title.
  written = written.replace(/^[12]\d{3}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]*/, '');
  const subtitle = SUBTITLE.exec(written);
  if (subtitle && subtitle.index >= 4) written = written.slice(0, subtitle.index);
  if (!(heading ? isPlainHeading(written) || isTitle(written) : isTitle(written))) return undefined;
  // `（2025—2027年）` or `（试行）` on the next line completes the title.
  const next = paragraphs[index + span];
  let spanned = span;
  if (next && /^[（(][^（()）]{1,20}[)）]$/.test(stripSpaces(next.text)) && !readDate(next.text) && !SPACED_DOC_NUMBER.test(next.text)) {
    written += next.text.trim();
    spanned++;
  }
  const verb = written.search(TITLE_VERB);
  // Issuers are told apart by the spaces between them, which closing CJK gaps would lose.
  const spaced = pieces.map((piece) => piece.text.trim()).join('');
  const spacedVerb = spaced.search(TITLE_VERB);
  const issuers = verb > 0 && spacedVerb > 0 ? issuersBeforeVerb(spaced.slice(0, spacedVerb)) : undefined;
  // `自治区党委办公厅 自治区人民政府办公厅 关于…`: bodies set apart by a space head the title, as a red header would.
  const setApart = issuers && /[\s\u3000]$/.test(spaced.slice(0, spacedVerb)) && /^(?:关于|關於)/.test(written.slice(verb));
  const title = stripSpaces(setApart ? written.slice(verb) : written);
  const dated = subtitle ? readDate(subtitle[0])?.iso : undefined;
  return { index, span: spanned, title, ...(issuers ? { issuers } : {}), ...(docNumber ? { docNumber } : {}), ...(dated ? { dated } : {}) };
}

/** The first title among the paragraphs: a Markdown heading, a line ending as titles end, or one broken over lines. */
function findTitle(paragraphs: Paragraph[], candidates: number[], headingLines: ReadonlySet<number>, from = 0, plain = false): TitleReading | undefined {
  const eligible = candidates.filter((candidate) => candidate >= from);
  const headings = eligible.filter((index) => headingLines.has(paragraphs[index]!.lines.start));
  const titled = (index: number) => titleAt(paragraphs, index, 1, false);
  const broken = (index: number) => {
    for (let span = 1; span <= 3; span++) {
      if (span > 1 && !eligible.includes(index + span - 1)) return undefined;
      const reading = titleAt(paragraphs, index, span, false);
      if (reading) return reading;
    }
    return undefined;
  };
  // A heading that reads as a title, then any line or lines that do, then a heading that is merely short.
  return plain ? first(headings, (index) => titleAt(paragraphs, index, 1, true)) : first(headings, broken) ?? first(eligible, broken);
}

/** `重庆市人民政府办公厅 2024 年 3 月 30 日 （此件公开发布）`: a signature and its date on one line. */
const SIGNED_LINE = /^(?<signers>(?:[^\s\u3000]{2,40}[\s\u3000]+){1,8}?)?[（(]?(?<date>(?:[12][\d\s]{3}[\s]*年[\s\d]{1,4}月[\s\d]{1,4}日|[〇零一二三四五六七八九ＯO]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日))[）)]?[\s\u3000]*(?:[（(]此件[^）)]*[）)])?$/;

/** The signers and date of a paragraph that is a date, maybe after its signers; undefined otherwise. */
function signedLine(text: string): { signers: string[] } | undefined {
  const match = SIGNED_LINE.exec(text.trim());
  if (!match) return undefined;
  const signers = (match.groups!.signers ?? '').trim().split(/[\s\u3000]+/).filter(Boolean);
  return signers.every((signer) => isSignerLine(signer)) ? { signers } : undefined;
}

function first<T>(indexes: number[], read: (index: number) => T | undefined): T | undefined {
  for (const index of indexes) {
    const reading = read(index);
    if (reading) return reading;
  }
  return undefined;
}

/** Most bodies that sign one document together (joint notices of a dozen or more departments exist). */
const MOST_SIGNERS = 30;

/** The signing bodies just above a date paragraph: `国务院办公厅` / `2018年8月5日`. */
function signatureAbove(paragraphs: Paragraph[], dateIndex: number): number[] {
  const signature: number[] = [];
  for (let index = dateIndex - 1; index >= 0 && signature.length < MOST_SIGNERS; index--) {
    const compact = stripSpaces(paragraphs[index]!.text);
    if (compact.length > 40 || !BODY_NAME.test(compact.replace(/[（(][^）)]*[）)]$/, ''))) break;
    signature.unshift(index);
  }
  return signature;
}

/** Where one body's name ends and the next begins in a signature run together (`…发展和改革委员会吉林省工业和信息化厅`). */
const BODY_END = '(?<=委员会|委員會|厅|廳|局|办公室|辦公室|办公厅|辦公廳|政府|部|委)';
const GLUED_BODY = new RegExp(`${BODY_END}(?=${PROVINCE_NAMES.join('|')}|国家|國家|中共)`, 'g');
/** The place a body's name begins with: `黄浦区`, `吉林省`. */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{2,7}?(?:自治区|自治州|省|市|区|區|县|縣|州|盟|旗)/;

/** Bodies run together in one line: split before a province, before 国家/中共, or before the first body's own place. */
/** `内蒙古自治区交通运输厅 财政厅`: a department named after the first body shares that body's place. */
function withSharedPlace(names: string[]): string[] {
  const place = PLACE_PREFIX.exec(names[0] ?? '')?.[0];
  return place ? names.map((name, index) => (index > 0 && !PLACE_PREFIX.test(name) && isGenericDepartment(name) ? place + name : name)) : names;
}

function splitGluedBodies(name: string): string[] {
  // `国家税务总局河南省税务局`, `中国人民银行河南省分行`: a national system's provincial branch is one body.
  if (/^(?:国家|國家|中国|中國)/.test(name) && !/[\s\u3000]/.test(name)) return [name];
  const place = PLACE_PREFIX.exec(name)?.[0];
  const samePlace = place ? new RegExp(`${BODY_END}(?=${place})`, 'g') : undefined;
  return name.split(GLUED_BODY).flatMap((piece) => (samePlace ? piece.split(samePlace) : [piece])).filter(Boolean);
}

export interface FrontMatter {
  preamble: PreambleParagraph[];
  facts: BodyFacts;
  warnings: Diagnostic[];
}

/**
 * Gives each preamble paragraph its role (red header, metadata, 文号, title,
 * addressee, signature, date) and reads the facts they state. The issuer is
 * the body that signs; failing a signature, the red header (`…办公厅文件`);
 * failing that, the bodies that begin the title (`国务院关于…`).
 * `closing` are the paragraphs of the body, where a plan without a covering
 * notice, or a notice that numbers its own work, is signed and dated.
 */
export function readFrontMatter(paragraphs: Paragraph[], closing: Paragraph[], headingLines: ReadonlySet<number>): FrontMatter {
  const preamble: PreambleParagraph[] = paragraphs.map((paragraph) => ({ ...paragraph, role: 'text' }));
  const facts: BodyFacts = {};
  const warnings: Diagnostic[] = [];
  let redHeader: string | undefined;

  const dateOf = (paragraph: Paragraph): string | undefined => {
    const reading = readDate(paragraph.text);
    if (reading?.invalid) warnings.push({ line: paragraph.lines.start, message: `date "${reading.invalid}" does not exist; expected a real calendar date, so none is recorded` });
    return reading?.iso;
  };

  // A collector's YAML front matter (`---` … `---` at the head of a Markdown copy) describes the copy, not the text.
  // Its lines with a label of ours (`发文字号: …`) are read like any metadata line; the rest only set aside.
  const yamlClose = preamble[0] && /^-{3,}$/.test(preamble[0].text.trim())
    ? preamble.findIndex((paragraph, index) => index > 0 && /^-{3,}$/.test(paragraph.text.trim()))
    : -1;
  const yaml = new Set(yamlClose > 0 ? preamble.slice(0, yamlClose + 1) : []);
  for (const [position, paragraph] of preamble.entries()) {
    // A value line the label above it has taken.
    if (paragraph.role === 'metadata') continue;
    const compact = stripSpaces(paragraph.text);
    let metadata = readMetadataLine(paragraph.text);
    // `发文机构：` with its value on the next line, as a portal's two-column box copies.
    const next = preamble[position + 1];
    if (metadata?.length === 1 && metadata[0]!.value === '' && next && !readMetadataLine(next.text) && stripSpaces(next.text).length <= 60) {
      metadata = [{ ...metadata[0]!, value: next.text.trim() }];
      next.role = 'metadata';
    }
    // A title line may carry the page's metadata after a wide gap: `关于…的通知      发布日期：…   沪发改环资〔2025〕61 号`.
    const [, ...trailing] = paragraph.text.trim().split(TRAILING_METADATA);
    for (const segment of metadata ? [] : trailing) {
      for (const fact of readMetadataLine(segment) ?? []) {
        if (fact.kind === 'publishedDate') facts.publishedDate ??= readDate(fact.value)?.iso;
        if (fact.kind === 'signedDate') facts.listedSignedDate ??= readDate(fact.value)?.iso;
      }
      if (DOC_NUMBER_LINE.test(stripSpaces(segment))) facts.docNumber ??= normalizeDocNumber(segment);
    }
    if (metadata) {
      paragraph.role = 'metadata';
      for (const { kind, value } of metadata) {
        if (!value) continue;
        if (kind === 'docNumber' && SPACED_DOC_NUMBER.test(value)) facts.docNumber ??= normalizeDocNumber(SPACED_DOC_NUMBER.exec(value)![0]);
        else if (kind === 'issuer') facts.listedIssuer ??= stripSpaces(value);
        else if (kind === 'title') facts.listedTitle ??= stripSpaces(value);
        else if (kind === 'signedDate') facts.listedSignedDate ??= dateOf(paragraph);
        else if (kind === 'publishedDate') facts.publishedDate ??= readDate(value)?.iso;
      }
    } else if (yaml.has(paragraph)) {
      paragraph.role = 'metadata';
    } else if (/文件$/.test(compact) && compact.length <= 40 && redHeader === undefined && BODY_NAME.test(compact.replace(/[\s\u3000]*文件$/, ''))) {
      paragraph.role = 'red-header';
      redHeader = splitGluedBodies(compact.replace(/文件$/, '')).join('、');
    } else if (DOC_NUMBER_LINE.test(compact)) {
      paragraph.role = 'doc-number';
      facts.docNumber ??= normalizeDocNumber(compact);
    } else if (LEADING_DOC_NUMBER.test(paragraph.text)) {
      // `渝府办发〔2024〕29 号 各区县…`: an extraction ran the 文号 into the addressee.
      facts.docNumber ??= normalizeDocNumber(LEADING_DOC_NUMBER.exec(paragraph.text)![1]!);
    }
  }

  const dateIndex = preamble.findIndex((paragraph) => paragraph.role === 'text' && signedLine(paragraph.text) !== undefined);
  const candidates = preamble.flatMap((paragraph, index) => (paragraph.role === 'text' && index !== dateIndex ? [index] : []));
  // A title above the signature; else the plan's below it; only then a heading that is merely short.
  const found = findTitle(preamble, candidates.filter((index) => dateIndex < 0 || index < dateIndex), headingLines) ??
    (dateIndex >= 0 ? findTitle(preamble, candidates, headingLines, dateIndex + 1) : undefined) ??
    findTitle(preamble, candidates, headingLines, 0, true);
  // A page headed by the plan's name may print the notice that issues it below: `…关于印发《plan》的通知` is the title.
  const notice = found && findTitle(preamble, candidates.filter((index) => index > found.index && (dateIndex < 0 || index < dateIndex)), new Set(), found.index + 1);
  const title = notice && notice.title.includes(found.title) && /印发|印發|转发|轉發/.test(notice.title) ? notice : found;
  if (title) {
    for (let index = title.index; index < title.index + title.span; index++) preamble[index]!.role = 'title';
    facts.title = title.title;
    if (title.docNumber) facts.docNumber ??= title.docNumber;
    if (title.dated) facts.listedSignedDate ??= title.dated;
    // A plan issued by the notice follows the signature: its title is the short title.
    const plan = dateIndex > title.index ? findTitle(preamble, candidates, headingLines, dateIndex + 1) : undefined;
    if (plan && plan.title !== title.title) {
      for (let index = plan.index; index < plan.index + plan.span; index++) preamble[index]!.role = 'title';
      facts.shortTitle = plan.title;
    }
  } else {
    const plain = candidates.find((index) => isPlainHeading(preamble[index]!.text));
    if (plain !== undefined) {
      preamble[plain]!.role = 'title';
      facts.title = stripSpaces(closeCjkGaps(preamble[plain]!.text));
    }
  }

  for (const [index, paragraph] of preamble.entries()) {
    if (paragraph.role !== 'text') continue;
    if (/[:：]$/.test(stripSpaces(paragraph.text)) && index < (dateIndex < 0 ? preamble.length : dateIndex) && stripSpaces(paragraph.text).length <= 200) {
      paragraph.role = 'addressee';
      break;
    }
  }

  let signature: string[] = [];
  if (dateIndex >= 0) {
    preamble[dateIndex]!.role = 'date';
    facts.signedDate = dateOf(preamble[dateIndex]!);
    const signers = signatureAbove(preamble, dateIndex).filter((index) => preamble[index]!.role === 'text');
    for (const index of signers) preamble[index]!.role = 'signature';
    signature = [...signers.map((index) => stripSpaces(preamble[index]!.text)), ...signedLine(preamble[dateIndex]!.text)!.signers].flatMap(splitGluedBodies);
  } else {
    // Signed within the body: a plan at its end, a notice that numbers its own work after that work.
    const closingDate = closing.findIndex((paragraph, index) => DATE_LINE.test(stripSpaces(paragraph.text)) && signatureAbove(closing, index).length > 0);
    if (closingDate >= 0) {
      facts.signedDate = dateOf(closing[closingDate]!);
      signature = signatureAbove(closing, closingDate).map((index) => stripSpaces(closing[index]!.text)).flatMap(splitGluedBodies);
    }
  }
  facts.signedDate ??= facts.listedSignedDate;
  const issuer = signature.length > 0 ? signature.join('、') : redHeader ?? title?.issuers?.join('、') ?? facts.listedIssuer;
  if (issuer) facts.issuer = issuer;
  return { preamble, facts, warnings };
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
