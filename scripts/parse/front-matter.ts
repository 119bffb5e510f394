import type { Diagnostic, Paragraph, PreambleParagraph } from '../model.ts';
import { readAttachmentName } from './attachment-name.ts';
import { readDate } from './dates.ts';
import { DOC_NUMBER_LINE, LEADING_DOC_NUMBER, normalizeDocNumber, SPACED_DOC_NUMBER } from './doc-number.ts';
import { readMetadataLine, readPageStamp, readSourceValue } from './metadata-lines.ts';
import { endsAsBody } from './body-name.ts';
import { brokenDateAt, DATE_LINE, isSameBodyInFull, isSignerLine, signatureAbove, signatureGridColumns, signedLine, signerNames, splitGluedBodies } from './signature.ts';
import { findTitle, isPlainHeading, TRAILING_METADATA } from './title.ts';
import { closeCjkGaps, stripSpaces } from './text.ts';

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
  /** The body a page says the text came from (`信息来源：`): the issuer only when nothing else names one. */
  sourceBody?: string;
  listedTitle?: string;
  listedSignedDate?: string;
  /** `9月9日` under the signers, its year lost (a seal over it): month and day, `09-09`. */
  signedMonthDay?: string;
}

export interface FrontMatter {
  preamble: PreambleParagraph[];
  facts: BodyFacts;
  warnings: Diagnostic[];
}

/** The words of a plan's name, without the 《》 and 的 that a notice and a heading print differently. */
const planWords = (title: string) => title.replace(/[《》〈〉的]/g, '');

/** Does the notice title name the plan a heading names: `关于印发吉林省…体系实施方案的通知` and `吉林省…体系的实施方案`? */
function namesSamePlan(notice: string, plan: string): boolean {
  // The same title printed again (`…的公告` then `…的公告（2020年）`) is no notice around it.
  const core = planWords(notice).replace(/[（(][^（）()]*[）)]$/, '');
  return core.includes(planWords(plan)) && core !== planWords(plan);
}

/**
 * Gives each preamble paragraph its role (red header, metadata, 文号, title,
 * addressee, signature, date) and reads the facts they state. The issuer is
 * the body that signs; failing a signature, the red header (`…办公厅文件`);
 * failing that, the bodies that begin the title (`国务院关于…`).
 * `closing` are the paragraphs of the body, where a plan without a covering
 * notice, or a notice that numbers its own work, is signed and dated;
 * `yamlEnd` is the last line of a YAML front matter block (0 for none);
 * `interpretedTitle` the title a link to an interpretation names the document by, as the page prints it.
 */
export function readFrontMatter(paragraphs: Paragraph[], closing: Paragraph[], headingLines: ReadonlySet<number>, yamlEnd: number, interpretedTitle?: Paragraph, breadcrumbLine?: number): FrontMatter {
  const preamble: PreambleParagraph[] = paragraphs.map((paragraph) => ({ ...paragraph, role: 'text' }));
  const facts: BodyFacts = {};
  const warnings: Diagnostic[] = [];
  let redHeader: string | undefined;
  // `来源：承德市商务局2024-09-24 17:46`: the time on a source line dates the page when no 发布日期 does.
  let sourcePublished: string | undefined;
  // `2024-05-07 10:38` on a line of its own, or closing a metadata line: the page's stamp, when nothing else dates the page.
  let pageStamp: string | undefined;
  // A `标题：` value as printed, its spaces kept: they part joint issuers (`国家发展改革委 财政部印发…`).
  let listedTitleLine: Paragraph | undefined;

  const dateOf = (paragraph: Paragraph): string | undefined => {
    const reading = readDate(paragraph.text);
    if (reading?.invalid) warnings.push({ line: paragraph.lines.start, message: `date "${reading.invalid}" does not exist; expected a real calendar date, so none is recorded` });
    return reading?.iso;
  };

  // A collector's YAML front matter (lines up to `yamlEnd`) describes the copy, not the text.
  // Its lines with a label of ours (`发文字号: …`) are read like any metadata line; the rest only set aside.
  const yaml = new Set(preamble.filter((paragraph) => paragraph.lines.start <= yamlEnd));
  for (const [position, paragraph] of preamble.entries()) {
    // A value line the label above it has taken.
    if (paragraph.role === 'metadata') continue;
    const compact = stripSpaces(paragraph.text);
    let metadata = readMetadataLine(paragraph.text);
    // `发文机构：` with its value on the next line, as a portal's two-column box copies; a table row's empty cell is its value.
    const next = preamble[position + 1];
    // A sentence below an empty label is the text beginning (`主题词：` / `《…》已经国务院同意。现印发给你们…`), no value.
    if (metadata?.length === 1 && metadata[0]!.value === '' && !/^[\s\u3000]*\|/.test(paragraph.text) && next && !readMetadataLine(next.text) && stripSpaces(next.text).length <= 60 && !/[。；]/.test(next.text)) {
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
    const stamp = readPageStamp(paragraph.text);
    if (stamp && (metadata || paragraph.text.trim().startsWith(stamp))) pageStamp ??= readDate(stamp)?.iso;
    if (metadata) {
      paragraph.role = 'metadata';
      for (const { kind, value } of metadata) {
        if (!value) continue;
        if (kind === 'docNumber' && SPACED_DOC_NUMBER.test(value)) facts.docNumber ??= normalizeDocNumber(SPACED_DOC_NUMBER.exec(value)![0]);
        // `国家发展和改革委员会;财政部`: a portal's field parts joint issuers by semicolons; the model joins them by 、 as the text prints them.
        else if (kind === 'issuer') facts.listedIssuer ??= stripSpaces(value).replace(/[;；]/g, '、');
        else if (kind === 'title' && !facts.listedTitle) {
          facts.listedTitle = stripSpaces(value);
          listedTitleLine = { text: value, lines: paragraph.lines };
        }
        else if (kind === 'signedDate') facts.listedSignedDate ??= dateOf(paragraph);
        else if (kind === 'publishedDate') facts.publishedDate ??= readDate(value)?.iso;
        else if (kind === 'source') {
          const source = readSourceValue(value);
          if (isSignerLine(source.body)) facts.sourceBody ??= stripSpaces(source.body);
          if (source.published) sourcePublished ??= readDate(source.published)?.iso;
        }
      }
    } else if (yaml.has(paragraph)) {
      paragraph.role = 'metadata';
    } else if (/文件$/.test(compact) && compact.length <= 40 && redHeader === undefined && endsAsBody(compact.replace(/[\s\u3000]*文件$/, ''))) {
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

  const signatureDate = findSignatureDate(preamble);
  const dateIndex = signatureDate?.index ?? -1;
  const isDatePiece = (index: number) => signatureDate !== undefined && index >= dateIndex && index < dateIndex + signatureDate.span;
  const candidates = preamble.flatMap((paragraph, index) => (paragraph.role === 'text' && !isDatePiece(index) ? [index] : []));
  // A title above the signature; else the plan's below it; only then a heading that is merely short.
  const titleAmong = (among: number[]) => findTitle(preamble, among.filter((index) => dateIndex < 0 || index < dateIndex), headingLines) ??
    (dateIndex >= 0 ? findTitle(preamble, among, headingLines, dateIndex + 1) : undefined) ??
    findTitle(preamble, among, headingLines, 0, true);
  // Above a page's breadcrumb is its header: a section label there (`政府公报`) may end as titles end.
  const belowBreadcrumb = breadcrumbLine === undefined ? [] : candidates.filter((index) => preamble[index]!.lines.start > breadcrumbLine);
  const found = (belowBreadcrumb.length > 0 ? titleAmong(belowBreadcrumb) : undefined) ?? titleAmong(candidates);
  // A page headed by the plan's name may print the notice that issues it below: `…关于印发《plan》的通知` is the title.
  const notice = found && findTitle(preamble, candidates.filter((index) => index > found.index && (dateIndex < 0 || index < dateIndex)), new Set(), found.index + 1);
  const printed = notice && namesSamePlan(notice.title, found.title) && (/印发|印發|转发|轉發/.test(notice.title) || notice.issuers !== undefined) ? notice : found;
  // A portal's `标题：` field may name the notice whose plan alone the text heads: that notice is the title.
  const listed = listedTitleLine && findTitle([listedTitleLine], [0], new Set());
  const title = printed && listed && namesSamePlan(listed.title, printed.title) ? { ...listed, index: printed.index, span: printed.span, plan: printed.title } : printed;
  if (title) {
    for (let index = title.index; index < title.index + title.span; index++) preamble[index]!.role = 'title';
    if ('plan' in title) facts.shortTitle = title.plan;
    facts.title = title.title;
    if (title.docNumber) facts.docNumber ??= title.docNumber;
    if (title.dated) facts.listedSignedDate ??= title.dated;
    // A plan issued by the notice follows the signature: its title is the short title.
    const plan = dateIndex > title.index ? findTitle(preamble, candidates, headingLines, dateIndex + 1) : undefined;
    if (plan && plan.title !== title.title) {
      for (let index = plan.index; index < plan.index + plan.span; index++) preamble[index]!.role = 'title';
      facts.shortTitle = plan.title;
    }
  }
  // A page that prints no notice heading may name the notice's file: `点击查看PDF:（鲁发改能源〔2026〕220号）关于印发《…》的通知.pdf`,
  // or link an interpretation of it: `一图读懂：…的通知`. That name is the title when the text has none, or only the
  // heading of the plan the notice issues.
  const file = [...preamble, ...closing].map((paragraph) => readAttachmentName(paragraph.text)).find((name) => name !== undefined);
  // Read as a printed title is, the link's keeps joint issuers one space apart.
  const linked = interpretedTitle && (findTitle([interpretedTitle], [0], new Set())?.title ?? interpretedTitle.text);
  const named = file ?? (linked ? { title: linked } : undefined);
  if (named && (!facts.title || namesSamePlan(named.title, facts.title))) {
    if (facts.title) facts.shortTitle ??= facts.title;
    facts.title = named.title;
    facts.docNumber ??= named.docNumber;
  }
  // Only then a short line with no sentence in it: on a crawled page, that may be a menu's word (`要闻动态`).
  if (!facts.title) {
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
  if (signatureDate) {
    for (let index = dateIndex; index < dateIndex + signatureDate.span; index++) preamble[index]!.role = 'date';
    facts.signedDate = dateOf(signatureDate.date);
    const signers = signatureAbove(preamble, dateIndex).filter((index) => preamble[index]!.role === 'text');
    for (const index of signers) preamble[index]!.role = 'signature';
    const grid = signers.length > 0 ? signatureGridColumns([...signers.map((index) => preamble[index]!.text), signatureDate.date.text]) : undefined;
    signature = (grid ?? [...signers.flatMap((index) => signerNames(preamble[index]!.text)), ...(signedLine(signatureDate.date.text)?.signers ?? [])]).flatMap(splitGluedBodies);
  } else {
    // Signed within the body: a plan at its end, a notice that numbers its own work after that work.
    const closingDate = closing.findIndex((paragraph, index) => DATE_LINE.test(stripSpaces(paragraph.text)) && signatureAbove(closing, index).length > 0);
    if (closingDate >= 0) {
      facts.signedDate = dateOf(closing[closingDate]!);
      signature = signatureAbove(closing, closingDate).flatMap((index) => signerNames(closing[index]!.text)).flatMap(splitGluedBodies);
    }
  }
  facts.signedDate ??= facts.listedSignedDate ?? issuanceNoteDate(preamble);
  facts.publishedDate ??= sourcePublished ?? pageStamp;
  if (!facts.signedDate) {
    const bare = preamble.findIndex((paragraph, index) => MONTH_DAY_LINE.test(stripSpaces(paragraph.text)) && signatureAbove(preamble, index).length > 0);
    const [, month, day] = bare >= 0 ? MONTH_DAY_LINE.exec(stripSpaces(preamble[bare]!.text))! : [];
    if (month && day) facts.signedMonthDay = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  // A web copy may keep only the last seal of a joint signature: the title's issuers, when they include every signer, are all of them.
  const keptLastSeals = (issuers: string[]) => signature.length > 0 && signature.length < issuers.length && signature.every((name) => issuers.includes(name));
  // Joint signers may sign short (`市应急管理局 … 市交通委`, 175) where the title names each in full (`上海市应急管理局 …
  // 上海市交通委员会`), or the other way round (173): as many bodies in both, the longer names name them better.
  const length = (names: string[]) => names.join('').length;
  const namedInFull = (issuers: string[]) => signature.length > 1 && signature.length === issuers.length && length(issuers) > length(signature);
  const signers = title?.issuers && (keptLastSeals(title.issuers) || namedInFull(title.issuers)) ? title.issuers : signature;
  // A title may name its issuer without the place it lies in; a metadata line naming that body in full names it better.
  const titleIssuer = title?.issuers?.join('、');
  const fromTitle = titleIssuer && facts.listedIssuer && isSameBodyInFull(titleIssuer, facts.listedIssuer) ? facts.listedIssuer : titleIssuer;
  const issuer = signers.length > 0 ? signers.join('、') : redHeader ?? fromTitle ?? facts.listedIssuer ?? adoptingBody(preamble);
  if (issuer) facts.issuer = issuer;
  return { preamble, facts, warnings };
}

/** The signature's date: a line, maybe after its signers, or a date an extraction broke over lines (`2014` / `年6` / `月28` / `日`). */
function findSignatureDate(preamble: PreambleParagraph[]): { index: number; date: Paragraph; span: number } | undefined {
  for (const [index, paragraph] of preamble.entries()) {
    if (paragraph.role !== 'text') continue;
    if (signedLine(paragraph.text)) return { index, date: paragraph, span: 1 };
    const broken = brokenDateAt(preamble, index);
    if (broken) return { index, ...broken };
  }
  return undefined;
}

/** A date line whose year a seal or an extraction lost: `9月9日`. */
const MONTH_DAY_LINE = /^(\d{1,2})月(\d{1,2})日$/;

/**
 * `（2007年1月17日上海市第十二届人民代表大会常务委员会第三十三次会议通过 …）`: a regulation's note under its
 * title names the congress or its standing committee that adopted it, which issued it
 * (上海市人民代表大会常务委员会; 全国人民代表大会常务委员会 for `第十三届全国人民代表大会常务委员会`); a government's
 * rules name the government whose order published them (`上海市人民政府令第52号公布`).
 */
const ADOPTED = /^[（(][^（）()]*?(?:[12]\d{3}年\d{1,2}月\d{1,2}日)([\u4e00-\u9fff]{0,20}?)第[一二三四五六七八九十百零〇]+届(全国)?(人民代表大会(?:常务委员会)?)第[一二三四五六七八九十百零〇]+次(?:全体)?会议(?:通过|批准)/;
const PUBLISHED_BY_ORDER = /^[（(][^（）()]*?(?:[12]\d{3}年\d{1,2}月\d{1,2}日)([\u4e00-\u9fff]{2,20}?人民政府)令第[\d一二三四五六七八九十百零〇]+号(?:公布|发布|發布)/;

function adoptingBody(preamble: PreambleParagraph[]): string | undefined {
  for (const [index, paragraph] of preamble.entries()) {
    // A print may break the note over two lines (`（2019年12月19日上海市第十五届人民代表大会` / `常务委员会第十六次会议通过）`, 247).
    const opened = stripSpaces(paragraph.text);
    const text = /^[（(][^）)]*$/.test(opened) ? opened + stripSpaces(preamble[index + 1]?.text ?? '') : opened;
    const adopted = ADOPTED.exec(text);
    if (adopted) return `${adopted[1]!}${adopted[2] ?? ''}${adopted[3]!}`;
    const ordered = PUBLISHED_BY_ORDER.exec(text);
    if (ordered) return ordered[1]!;
  }
  return undefined;
}

/**
 * `（2026年2月26日中共中央政治局常委会会议审议批准 2026年4月12日中共中央办公厅、国务院办公厅发布）`:
 * a regulation's note under its title dates its issuance by the date before 发布/印发.
 */
function issuanceNoteDate(preamble: PreambleParagraph[]): string | undefined {
  for (const paragraph of preamble) {
    const note = /^[（(].*?([12]\d{3}年\d{1,2}月\d{1,2}日)[^（()）\d]*(?:发布|發布|印发|印發)[）)]$/.exec(stripSpaces(paragraph.text).replace(/^\*+|(?<!\*)\*+$/g, ''));
    if (note) return readDate(note[1]!)?.iso;
  }
  return undefined;
}
