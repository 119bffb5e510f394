import { normalizeDocNumber, SPACED_DOC_NUMBER } from './doc-number.ts';
import { isTitle } from './title.ts';
import { stripSpaces } from './text.ts';

/** What a page's link to the document's own file says of it. */
export interface AttachmentName {
  title: string;
  docNumber?: string;
}

/**
 * `点击查看PDF:（鲁发改能源〔2026〕220号）关于印发《…》的通知.pdf`: a download line after the text, the file named
 * by the 文号 and title of the notice; a label before a colon, the 文号 in brackets before or after the title.
 */
const ATTACHMENT_LINE = new RegExp(
  `^(?:[^:：]{0,12}[:：])?[（(]?(?<before>${SPACED_DOC_NUMBER.source})?[）)]?(?<title>.+?)[（(]?(?<after>${SPACED_DOC_NUMBER.source})?[）)]?\\.(?:pdf|docx?|wps|ofd)$`,
  'i',
);

/** A line that ends in a file's name, and is short enough to be only that: the lines worth matching against ATTACHMENT_LINE. */
const FILE_LINE = /^.{1,200}\.(?:pdf|docx?|wps|ofd)[\s\u3000]*$/i;

/** The title (and 文号) a download line names its file by, when that name reads as a title. */
export function readAttachmentName(text: string): AttachmentName | undefined {
  if (!FILE_LINE.test(text)) return undefined;
  const match = ATTACHMENT_LINE.exec(stripSpaces(text));
  if (!match || !isTitle(match.groups!.title!)) return undefined;
  const { title, before, after } = match.groups!;
  const written = before ?? after;
  return { title: title!, ...(written ? { docNumber: normalizeDocNumber(written) } : {}) };
}
