import type { Paragraph, PreambleParagraph } from '../model.ts';
import { isoDate } from './metadata-table.ts';
import { closeCjkGaps, endsSentence, stripSpaces } from './text.ts';

/** A document number standing alone: `新政办发〔2013〕118号`. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[][12]\d{3}[〕］\]]\d+[号號]/;
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);
const DATE_LINE = /^[12]\d{3}年\d{1,2}月\d{1,2}日$/;
const TITLE_END =
  /(?:通知|意见|意見|方案|规划|規劃|办法|辦法|决定|決定|计划|計劃|要点|要點|分工|细则|細則|规定|規定|纲要|綱要|报告|報告|批复|批復|公告|通告|措施|函)(?:[(（][^)）]*[)）])?$/;
const BODY_NAME = /(?:厅|廳|局|委|办公室|辦公室|办|辦|政府|委员会|委員會|院|部|党委|黨委|公署)$/;

/** What the notice part of a document says about the document. */
export interface BodyFacts {
  title?: string;
  shortTitle?: string;
  docNumber?: string;
  issuer?: string;
  signedDate?: string;
}

function isTitle(text: string): boolean {
  const compact = stripSpaces(text);
  const withoutPeriod = compact.replace(/[(（][^)）]*[)）]$/, '');
  return compact.length <= 120 && !endsSentence(withoutPeriod) && TITLE_END.test(compact);
}

/** `自治区党委办公厅 自治区人民政府办公厅 关于…`: the words before 关于 are only issuing bodies. */
function issuersBeforeAbout(prefix: string): string[] | undefined {
  const names = prefix.trim().split(/[\s\u3000、]+/).filter(Boolean);
  if (names.length === 0 || /印发|印發|转发|轉發|贯彻|貫徹|落实|落實/.test(prefix)) return undefined;
  return names.every((name) => BODY_NAME.test(name)) ? names : undefined;
}

/**
 * Gives each preamble paragraph its role (red header, 文号, title, addressee,
 * signature, date) and reads the facts they state. The issuer is the body that
 * signs; failing a signature, the red header (`…办公厅文件`); failing that, the
 * bodies named before `关于` in the title line.
 */
export function readFrontMatter(paragraphs: Paragraph[]): { preamble: PreambleParagraph[]; facts: BodyFacts } {
  const preamble: PreambleParagraph[] = paragraphs.map((paragraph) => ({ ...paragraph, role: 'text' }));
  const facts: BodyFacts = {};
  let redHeader: string | undefined;
  let titleIssuers: string[] | undefined;
  const dateIndex = preamble.findIndex((paragraph) => DATE_LINE.test(stripSpaces(paragraph.text)));

  preamble.forEach((paragraph, index) => {
    const compact = stripSpaces(paragraph.text);
    if (/文件$/.test(compact) && compact.length <= 40 && facts.title === undefined) {
      paragraph.role = 'red-header';
      redHeader = compact.replace(/文件$/, '');
    } else if (DOC_NUMBER_LINE.test(compact)) {
      paragraph.role = 'doc-number';
      facts.docNumber ??= compact;
    } else if (facts.title === undefined && isTitle(compact) && (dateIndex < 0 || index < dateIndex)) {
      paragraph.role = 'title';
      const written = paragraph.text.trim();
      const about = written.search(/关于|關於/);
      const issuers = about > 0 ? issuersBeforeAbout(written.slice(0, about)) : undefined;
      if (issuers) titleIssuers = issuers;
      facts.title = stripSpaces(closeCjkGaps(issuers ? written.slice(about) : written));
    } else if (/[:：]$/.test(compact) && facts.signedDate === undefined) {
      paragraph.role = 'addressee';
    } else if (index === dateIndex) {
      paragraph.role = 'date';
      facts.signedDate = isoDate(compact);
    } else if (facts.shortTitle === undefined && facts.title !== undefined && isTitle(compact) && index > dateIndex) {
      paragraph.role = 'title';
      facts.shortTitle = stripSpaces(closeCjkGaps(paragraph.text));
    }
  });

  const signature: string[] = [];
  for (let index = dateIndex - 1; index >= 0; index--) {
    const paragraph = preamble[index]!;
    const compact = stripSpaces(paragraph.text);
    if (paragraph.role !== 'text' || compact.length > 40 || !BODY_NAME.test(compact)) break;
    paragraph.role = 'signature';
    signature.unshift(compact);
  }
  const issuer = signature.length > 0 ? signature.join('、') : redHeader ?? titleIssuers?.join('、');
  if (issuer) facts.issuer = issuer;
  return { preamble, facts };
}
