import type { Agency } from '../model.ts';
import { parseAgencyList } from './agency-list.ts';
import type { Roles } from './assignment-text.ts';
import { stripSpaces } from './text.ts';

/**
 * The agencies a clause opens with, and the verb that gives them their role:
 * `市发展改革委负责…`, `科技部、中国社科院分别负责…`, `由市商务局牵头组织…`,
 * `市商务局会同市公安局…`, `区商务委：负责…`, `商务部门。检查…` (a list of
 * duties by department).
 */
const SUBJECT = /^(?:由|请|請)?((?:[\u4e00-\u9fff（）()“”"]{2,30}?)(?:[、和及与][\u4e00-\u9fff（）()“”"]{2,30}?)*?)(?:要|应当|應當|应|應)?(分别|分別|具体|具體|共同)?(牵头|牽頭|会同|會同|负责|負責|承担|承擔|[:：]|。(?=负责|負責|检查|檢查|对|對))/;

/** Last characters of a name that can be an agency or a group of them. */
const AGENCY_NAME_END = /(?:厅|廳|局|委|办|辦|部|院|会|會|室|处|處|中心|政府|单位|單位|部门|部門|署|队|隊|行|街镇|乡镇|鄉鎮|街道|管委会|公司|集团|集團)$/;

/** Words that open a clause but never name an agency. */
const NOT_A_SUBJECT = /^(?:各地区各部门|全面|加强|建立|完善|推进|推动|实施|开展|强化|支持|鼓励|坚持|严格|落实|进一步|积极|加快|本办法|本方案|本意见|本通知|此次|其中|同时|对于|对|为|在|按照|根据)/;

/** What a clause opening with agencies says of them, or undefined when it does not open with one. */
export function readSubjectAssignment(clause: string): Roles | undefined {
  const compact = stripSpaces(clause).replace(/^\*+|\*+$/g, '');
  const match = SUBJECT.exec(compact);
  if (!match) return undefined;
  const subject = match[1]!;
  if (NOT_A_SUBJECT.test(subject) || !AGENCY_NAME_END.test(subject.replace(/[（(][^）)]*[）)]$/, ''))) return undefined;
  const agencies = parseAgencyList(subject.replace(/[和及与]/g, (joiner, offset) => (AGENCY_NAME_END.test(subject.slice(0, offset)) ? '、' : joiner)));
  if (agencies.length === 0 || agencies.some((agency) => !AGENCY_NAME_END.test(agency.name.replace(/[（(][^）)]*[）)]$/, '')))) return undefined;
  const verb = match[3]!;
  const roles: Roles = { lead: [], participants: [], responsible: [], guidance: [] };
  if (/牵头|牽頭/.test(verb)) roles.lead = agencies;
  else if (/会同|會同/.test(verb)) {
    roles.lead = agencies;
    roles.participants = partnersAfterConvene(compact.slice(match[0].length));
  } else roles.responsible = agencies;
  return roles;
}

/** `会同市公安局、市交通局等部门开展…`: the partners a lead convenes, up to the verb. */
function partnersAfterConvene(rest: string): Agency[] {
  const partners = /^(.{2,60}?)(?:等(?:有关|相关)?(?:部门|单位|部門|單位)|按职责|按職責|共同|负责|負責|开展|開展|组织|組織|制定|研究|做好|建立|推进|推動|推动|对|，|。)/.exec(rest);
  if (!partners) return [];
  const names = parseAgencyList(partners[1]!);
  return names.every((agency) => AGENCY_NAME_END.test(agency.name)) ? names : [];
}
