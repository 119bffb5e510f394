import { endsAsBody } from './body-name.ts';
import { isEveryPlace, isGroupName } from './agency-vocabulary.ts';
import { splitTopLevel, stripSpaces } from './text.ts';
import { cellWords } from './vertical-header.ts';

/**
 * How a body's name ends in a table cell. Narrower than a name in a sentence:
 * a task cell's line ends in `…充电站`, `…人员密集场所`, `…推进会`, so only
 * ends that no task's words take count here.
 */
/** A bracketed office or other name closing a name (`市交通委（计划财务处）`), which the body's own name precedes. */
const CLOSING_BRACKET = /[（(][^（）()]*[）)]$/;
/** Longest name a role cell holds; a line longer than that is text. */
const MAX_NAME_LENGTH = 25;

/**
 * A table cell's line that names bodies: every name ends as a body's does
 * (`设施养护处`, `区经济委员会`, `上海机场（集团）有限公司`), or names every
 * place or department of a kind (`各区`, `各行业主管部门`). Counts (`200辆`)
 * and sentences are text.
 */
export function isAgencyLine(text: string): boolean {
  // `…、上港集团等`: a list closed by 等 (and others) names bodies all the same (269).
  const words = stripSpaces(cellWords(text)).replace(/等$/, '');
  if (words === '' || /[0-9０-９。！？：:]/.test(words)) return false;
  return splitTopLevel(words, '、，,；;').every(({ text: name }) =>
    name.length >= 2 && name.length <= MAX_NAME_LENGTH && (endsAsBody(name.replace(CLOSING_BRACKET, '')) || isEveryPlace(name) || (isGroupName(name) && endsAsBody(name))),
  );
}
