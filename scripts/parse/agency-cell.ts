import { isAgencyLike } from './agency-list.ts';
import { isEveryPlace } from './agency-vocabulary.ts';
import { splitTopLevel, stripSpaces } from './text.ts';
import { cellWords } from './vertical-header.ts';

/** `区相关部门`, `江湾镇街道`, `各乡镇`: ends that name no body by its kind but a place's or a department's. */
const PLACE_OR_DEPARTMENT = /(?:部门|部門|街道|乡镇|鄉鎮|街镇|办事处|辦事處)$/;

/** Longest name a role cell holds; a line longer than that is text. */
const MAX_NAME_LENGTH = 25;

/**
 * A table cell's line that names bodies: every name ends as a body does
 * (`设施养护处`, `上海机场（集团）有限公司`), names a street or township
 * (`江湾镇街道`), or every place or department of a kind (`各区`,
 * `各行业主管部门`). Counts (`200辆`) and sentences are text.
 */
export function isAgencyLine(text: string): boolean {
  const words = stripSpaces(cellWords(text));
  if (words === '' || /[0-9０-９。！？：:]/.test(words)) return false;
  return splitTopLevel(words, '、，,；;').every(({ text: name }) =>
    name.length >= 2 && name.length <= MAX_NAME_LENGTH && (isAgencyLike(name) || isEveryPlace(name) || PLACE_OR_DEPARTMENT.test(name)),
  );
}

