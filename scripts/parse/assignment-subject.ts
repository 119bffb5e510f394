import { type Agency, TASK_ROLES } from '../model.ts';
import { endsAsBody } from './body-name.ts';
import { DEPARTMENTS_CLOSE, parseAgencyList } from './agency-list.ts';
import { emptyRoles, hasAgencies, type Roles } from './assignment-text.ts';
import { toSimplified } from '../lib/chinese-script.ts';
import { stripSpaces } from './text.ts';
import { isDepartmentFunction, isEveryPlace, isProjectParty, namesLeadership } from './agency-vocabulary.ts';

/** Words that open a clause but never name an agency (matched on the simplified form), 向 before whom a report goes among them (`向区专项治理领导小组办公室报告`, 194); 经 is a preposition (`经审核`), but 经发办 and 经发中心 (a town's economic development office, 153) are bodies. */
const NOT_A_SUBJECT = /^(?:各地区各部门|向(?=[区市省县州镇各]|上级|有关|相关)|经(?!信|济|開|开|贸|营|发(?!展))|經(?!信|濟|開|貿|營|發(?!展))|会同|會同|全面|加强|建立|完善|推进|推动|实施|开展|强化|支持|鼓励|坚持|严格|落实|进一步|积极|加快|创办|建设|设立|成立|组建|打造|培育|引进|依托|发挥|提升|提高|深化|优化|探索|引导|加大|做好|本办法|本方案|本意见|本通知|上述|前述|以上|此次|其中|同时|对于|对|为|在|按照|根据|通过|围绕|以|是否|如|若|凡|未|不|无|严禁|禁止|确保|督促|指导|组织|协调|依法|查处)/;

/** Words for a role, not for who holds it: `由主办单位负责`, a form's blank `申请部门（单位）：`, `填表单位：`. */
const ROLE_NOUNS = /所在(?:单位|單位|部门|部門)$|^(?:主办|承办|协办|责任|牵头|配合|参与|参加|实施|成员|所在|申请|申報|申报)?(?:单位|部门)(?:[（(](?:单位|部门)[）)])?$|^(?:主办|承办|协办|责任|牵头|配合|申请|申報|申报|填表|填报|填報)/;
/** An article's caption naming what it is about (`第五条 管理部门`, `第七条 建设主体`), not a body. */
const ROLE_CAPTION = /^(?:管理|主管|监管|監管|责任|責任|建设|建設|实施|實施)(?:部门|部門|单位|單位|主体|主體)$/;
/** A clause's opening words that run past a name into what it does: `区属国有企业根据区政府…`. */
const CLAUSE_INSIDE = /发挥|發揮|根据|根據|按照|依据|依據|依照|通过|通過|围绕|圍繞|结合|結合|设立|設立|下设|下設|成立|组建|組建/;

/** A time or setting that may come before a clause's subject: `“十五五”时期，`, `2024年，`, `在党中央集中统一领导下，`, `在整改过程中，` (194);
 * never the subject and its limit (`各街镇（管委会）应在每月20日之前，`). */
const LEADING_SETTING = /^(?:“[^”]{1,8}”时期|在[^，。；]{1,24}?(?:中|过程中|期间|阶段|階段)|(?![^，。；]*(?:应|應|要|须|須|负责|負責))[^，。；]{0,16}(?:时期|年度?|期间|以来|领导下|基础上|日前|月底前|年底前|底前|前|起))，/;

/**
 * Agencies opening a clause, an optional modal, and the verb that gives them
 * their role: `市发展改革委负责…`, `科技部、中国社科院分别负责…`,
 * `国家发展改革委应当会同有关部门…`, `区商务委：负责…`, `商务部门。检查…`,
 * `各职能部门按照职责，分别牵头完成…` (the verb after a comma), those who take part (`X等部门按照各自职责，协同实施…`,
 * `X参与…`), a subject whose modal waits for a time (`区规划资源局在审核…时，应当…`), and a department
 * named in full before the verb its work opens with: `市经济信息化委支持推广…`; a department named by its
 * function only before an act of its office (`税务部门依法保护…`, `税务部门在…表单中设立…`), as `医保部门加强…` may only describe;
 * the department in charge (`省级主管部门组织制定…`) or a level's department (`区住房保障部门督促…`, 238) before any of them; every town or street before the body it sets up
 * (`各乡镇设立消防安全委员会`, 208).
 */
const SUBJECT = /^(?:由|请|請)?([\u4e00-\u9fff（）()“”"、]{2,200}?)(?:要|应当|應當|应|應|将|將|可以)?(分别|分別|具体|具體|共同)?(?:予以|给予|給予|积极|積極|主动|主動)?(牵头|牽頭|会同|會同|(?<=[厅廳局委办辦署院部])(?:商|联合|聯合)(?=[\u4e00-\u9fff]{1,20}?(?:部|委|局|厅|廳|署)(?![门門]))|(?:负责|負責)(?!人|同志)|承担|承擔|参与|參與|配合|按照?(?:各自)?(?:职责|職責)[，,](?:分别|分別)?(?:牵头|牽頭|负责|負責|协同|協同|配合|参与|參與)|(?=在[^，。；]{1,30}时[，,](?:应当|應當|应|應|要))|等?按照?(?:各自)?职责分工|等?按照?(?:各自)?職責分工|等?(?:按照?|根据|根據)(?:各自|自身)(?:职责|職責|职能|職能)(?![，,]|分工)|[:：]|。(?=负责|負責|检查|檢查|对|對)|(?<=要|应当|應當|将|將)(?=[\u4e00-\u9fff\d])|(?<=应|應)(?![急用])(?=[\u4e00-\u9fff\d])|(?=(?:于|於|在)?(?:\d{4}年|\d{1,2}月|每(?:月|季度|年|半年|周|週)[^，。；]{0,6}前))|(?=履行[^，。；]{0,20}(?:职责|職責))|(?=是[^，。；;]{0,30}(?:主管|管理|责任|責任|实施|實施|执行|執行|牵头|牽頭|监管|監管)(?:部门|部門|单位|單位|主体|主體|机构|機構|机关|機關))|(?<=[厅廳局委办辦署院部]|部门|部門|机关|機關)(?=依法|在[^，。；]{2,30}中)|(?<=[厅廳局委办辦署院部]|部门|部門|机关|機關|街道|街镇|乡镇|鄉鎮)(?=在[^，。；]{2,20}?(?:设立|設立|成立|设置|設置))|(?<=[厅廳局委办辦署院部）)]|主管部门|主管部門|[区市省县區縣][\u4e00-\u9fff]{1,10}(?:部门|部門)|乡镇|鄉鎮|街道|街镇|各区|各區|各镇|各鎮)等?(?=根据|根據|结合各自|結合各自|结合实际|結合實際|设立|設立|成立|协同|協同|制作|举办|舉辦|编发|編發|开设|開設|搭建|召开|召開|依据|依據|支持|統籌|统筹|制定|制订|制訂|組織|组织|推动|推動|推进|推進|指导|指導|开展|開展|建立|完善|加强|加強|研究|编制|編制|督促|协调|協調|做好|出台|加快|强化|強化))/;

/**
 * `区更新办由区建设管理委、区住房保障房屋管理局、区规划资源局三家副主任单位协同开展工作，负责…`: a body
 * before 由 is the one described, 由 names who staff it, and the duty after the comma is the body's own.
 */
const STAFFED_BODY = /^([\u4e00-\u9fff（）()“”]{2,20}?)由[^。；;]*?[，,](?:负责|負責)/;

function readStaffedBody(compact: string): Roles | undefined {
  const staffed = STAFFED_BODY.exec(compact);
  const agencies = staffed ? agenciesOf(staffed[1]!) : undefined;
  return agencies ? { ...emptyRoles(), responsible: agencies } : undefined;
}

/** `由国家发展改革委会同有关部门实施`, `由中央组织部统筹指导`: 由 names who does it, anywhere in a sentence. */
const BY_AGENCY = /由([\u4e00-\u9fff（）()、]{2,40}?)(?:会同|會同)?((?<=会同|會同)[\u4e00-\u9fff（）()、]{2,40}?)?(统筹指导|統籌指導|指导|指導|牵头|牽頭|负责|負責|组织实施|組織實施|实施|實施|承担|承擔)/;

/**
 * `由上海城投集团开展…`, `由区建管委（区水务局）编制…`: 由, an agency's name (with the alias a
 * parenthesis gives it) and any verb: the agency does the work; so does a department named by its
 * function (`由当地交通运输主管部门组织…`), and every place of a kind before whom it turns to
 * (`由各村向联席办上报…`: the villages report; 向 and 对 name the one addressed, never the doer); a list
 * runs on past a name's other name in brackets and 街道 goes on to 街道办事处 (`由区建管委、区房管局、区文化旅游局（区文物局）、
 * 街道办事处按照各自职责分工负责`, `由街道办事处依法处理`, 149).
 * `由企业牵头` names no agency, and `由区住房保障房屋管理局主要负责人任召集人`, `由区政府分管领导召集` only who holds a post;
 * in `由原来串联办理的最多16个工作日` (173) 办 opens the verb 办理.
 */
const BY_AGENCY_ANY_VERB = /由((?:(?!向|對|对|会同|會同|的)[\u4e00-\u9fff、]|[（(][^（）()]{1,12}[）)]){1,38}?(?:厅|廳|局|委|办公室|辦公室|办|辦|院|中心|政府|集团|集團|公司|街道|街镇|乡镇|鄉鎮|署|管委会|部门|部門|办事处|辦事處)(?:[（(][^（）()]{1,12}[）)])?|(?:各|属地|屬地)[\u4e00-\u9fff]{1,3}(?=向|對|对))(?=[,，]?[\u4e00-\u9fff])(?![门們们员員托理]|[會会](?!同)|办事处|辦事處|事处|事處|公室|或|相关|相關|有关|有關)(?!(?:主要|分管)?(?:负责人|負責人|负责同志|負責同志|领导|領導)任|(?:主要|分管)(?:负责人|負責人|负责同志|負責同志|领导|領導))/g;

/** `由局党委书记、局长…同志任组长，…为成员`: 由 names who fills the posts of a group, people rather than a body at work. */
const POSTS_FILLED = /(?:任|担任|擔任|兼任[^，,。；;]{0,20}?)(?:副?组长|副?組長|召集人|副?主任|副?总指挥|副?總指揮|成员|成員)|(?:为|為)成员|(?:为|為)成員/;

function isAgencyName(name: string): boolean {
  // 干部 (cadres), anywhere in a name, names people, whatever it ends with.
  return (endsAsBody(name.replace(/[（(][^）)]*[）)]$/, '')) && !/干部|幹部/.test(name)) || isEveryPlace(name);
}

/**
 * Agencies of a subject, when every one of them is an agency or group; otherwise undefined. A project's
 * parties (`施工监理单位`) are told what to do, not given work, unless a heading of duties names them (`headed`).
 */
function agenciesOf(subject: string, headed = false): Agency[] | undefined {
  // The whole subject ends as its last name does: `新片区管委会、各镇` ends with every town.
  const lastName = subject.split('、').at(-1)!;
  if (NOT_A_SUBJECT.test(toSimplified(subject)) || CLAUSE_INSIDE.test(subject) || !(isAgencyName(subject) || isEveryPlace(lastName)) || ROLE_NOUNS.test(subject)) return undefined;
  // `高校和科研院所`, `公安部与海关总署`: 和/与 join two subjects only after a whole agency name.
  const list = subject.replace(/[和及与]/g, (joiner, offset: number) => (isAgencyName(subject.slice(0, offset)) ? '、' : joiner));
  const agencies = parseAgencyList(list);
  // `区发展改革、财政、税务、国资等有关部门`: a list closed by a group of departments names each by its function words.
  const byFunction = agencies.length > 1 && DEPARTMENTS_CLOSE.test(subject);
  const named = (agency: Agency) => isAgencyName(agency.name) || (byFunction && isDepartmentFunction(agency.name.replace(/^[省市区县區縣]/, '')));
  // `当事人所在单位和行业主管部门`: whoever employs a person is a role, not a body, wherever it stands in the list.
  const role = (agency: Agency) => ROLE_NOUNS.test(agency.name) || (!headed && isProjectParty(agency.name));
  return agencies.length > 0 && agencies.every(named) && !agencies.some(role) ? agencies : undefined;
}

/** `会同市公安局、市交通局等部门开展…`: the partners a lead convenes, up to one of the verbs work opens with. */
function partnersBeforeVerb(rest: string): Agency[] | undefined {
  const partners = /^(.{2,120}?)(?:按职责|按職責|按照|依照|根据|根據|共同|负责|負責|开展|開展|组织|組織|制定|研究|做好|建立|推进|推動|推动|围绕|圍繞|实施|實施|进行|進行|提出|及时|及時|采取|採取|结合|結合|审核|審核|编制|編制|持续|持續|加强|加強|督促|指导|指導|约谈|約談|对|，|。)/.exec(rest);
  // `区发展改革、财政等有关部门`: partners named by their functions, as a subject may be.
  return partners ? agenciesOf(partners[1]!) : undefined;
}

/** The partners a subject convenes in its own clause (`X会同Y…`, `X商Y…`), whatever verb follows them. */
function partnersAfterConvene(rest: string): Agency[] {
  return partnersBeforeVerb(rest) ?? leadingAgencies(rest);
}

/**
 * `财政部综合各地区常住人口…`, `相关部门委托第三方…`: the names that open a clause when no verb of the list above
 * ends them, each name as short as it can be (`相关部门`, never `相关部门委托第三方交易办`), the list going on after 、.
 */
function leadingAgencies(clause: string): Agency[] {
  const words = clause.split(/[，,。；;]/)[0]!.slice(0, 60);
  let start = 0;
  let end = 0;
  while (start < words.length) {
    const nameEnd = shortestNameEnd(words, start);
    if (nameEnd === undefined) break;
    // `区房屋土地征收中心(区土地储备中心)`: the other name a parenthesis gives a body is part of it.
    end = nameEnd + (/^[（(][^（）()]{2,12}[）)]/.exec(words.slice(nameEnd))?.[0].length ?? 0);
    const joiner = /^(?:以及|[、和及与])/.exec(words.slice(end));
    if (!joiner) break;
    start = end + joiner[0].length;
  }
  return end > 0 ? agenciesOf(words.slice(0, end)) ?? [] : [];
}

/** Where the shortest agency name from `start` ends: not inside a longer ending (`部` of `部门`, `委` of `委员会`, `办` of `办公室`). */
function shortestNameEnd(words: string, start: number): number | undefined {
  for (let end = start + 2; end <= words.length; end++) {
    if (/^(?:[门們们员員会會]|公室|事处|事處)/.test(words.slice(end))) continue;
    if (agenciesOf(words.slice(start, end))) return end;
  }
  return undefined;
}

/** `；会同相关职能部门开展…`: a clause that only convenes partners, its subject the one before it; the partners, if it is one. */
export function readConvenedPartners(clause: string): Agency[] | undefined {
  const convened = /^(?:并|並)?(?:会同|會同)/.exec(stripSpaces(clause));
  const partners = convened ? partnersAfterConvene(stripSpaces(clause).slice(convened[0].length)) : [];
  return partners.length > 0 ? partners : undefined;
}

/** After 牵头, the partners a lead brings in: `，会同Y…`, `，联合Y、Z以及W，…`. */
const LEAD_CONVENES = /^[，,]?(?:会同|會同|联合|聯合)/;

/**
 * After `X牵头`, a later clause whose bodies do their share: `Y等部门履行相应职责`, `Y按职责分工负责`,
 * `Z落实主体责任` (159). As in a parenthesis `（X牵头，Y按职责分工负责）`, they take part in what X leads.
 */
const SHARE_UNDER_LEAD = /^([\u4e00-\u9fff（）()、]{2,200}?)(?:等(?:有关|相关)?(?:部门|部門|单位|單位))?(?:按照?(?:各自)?(?:职责分工|職責分工|职责|職責)(?:负责|負責)|履行(?:相应|相應|各自)?(?:的)?(?:职责|職責)|落实(?:主体|属地)?责任|落實(?:主體|屬地)?責任)/;

/** The bodies of the later clauses of a sentence that do their share of what its subject leads. */
function partiesAfterLead(rest: string): Agency[] {
  return rest
    .split(/[。；;]/)[0]!
    .split(/[，,]/)
    .flatMap((clause) => {
      const share = SHARE_UNDER_LEAD.exec(clause);
      return (share ? agenciesOf(share[1]!) : undefined) ?? [];
    });
}

/**
 * `成立由X牵头，A、B等部门和单位组成的工作专班` (206), `由X牵头，A、B参加`: the members of what X leads
 * take part in it.
 */
const MEMBERS_AFTER_LEAD = /^[，,]((?:(?!组成|組成|参加|參加)[^，,。；;]){2,300}?)(?:等(?:有关|相关|相關|有關)?(?:部门|部門|单位|單位)(?:和|及)?(?:部门|部門|单位|單位)?)?(?:共同)?(?:组成|組成|参加|參加|为成员|為成員)/;

/** `区更新办牵头区城市更新领导小组各成员单位，…` (96): the member units a body leads, named right after 牵头. */
const MEMBER_UNITS_LED = /^([\u4e00-\u9fff（）()]{2,30}?(?:成员单位|成員單位))(?=[，,。；;])/;

const membersAfterLead = (rest: string): Agency[] | undefined => {
  const members = MEMBERS_AFTER_LEAD.exec(rest) ?? MEMBER_UNITS_LED.exec(rest);
  return members ? agenciesOf(members[1]!) : undefined;
};

/** `由市政府分管副秘书长牵头` (206): one of a body's leaders leads, named by the body and the post. */
const POST_OF_BODY = /^[\u4e00-\u9fff]{1,12}(?:政府|委|局|厅|廳|办|辦)(?:分管|主要)(?:副?秘书长|副?秘書長|副?市长|副?市長|副?区长|副?區長|副?县长|副?縣長|副?省长|副?省長|副?主任|领导|領導)$/;

/** `由X会同Y实施`, `由X统筹指导`, `本办法由X负责解释` anywhere in the sentence, as often as it says so. */
function readByAgency(compact: string): Roles | undefined {
  const roles = emptyRoles();
  const read: { start: number; end: number }[] = [];
  for (const match of compact.matchAll(new RegExp(BY_AGENCY.source, 'g'))) {
    const agencies = agenciesOf(match[1]!) ?? (/牵头|牽頭/.test(match[3]!) && POST_OF_BODY.test(match[1]!) ? [{ name: match[1]! }] : undefined);
    if (!agencies) continue;
    read.push({ start: match.index, end: match.index + match[0].length });
    const verb = match[3]!;
    if (/指导|指導/.test(verb)) roles.guidance.push(...agencies);
    else if (match[2] || /牵头|牽頭/.test(verb)) {
      roles.lead.push(...agencies);
      roles.participants.push(...(match[2] ? agenciesOf(match[2]) ?? [] : []));
      const after = compact.slice(match.index + match[0].length);
      const convened = match[2] ? null : LEAD_CONVENES.exec(after);
      if (convened) roles.participants.push(...partnersAfterConvene(after.slice(convened[0].length)));
      if (!match[2]) roles.participants.push(...(membersAfterLead(after) ?? []));
    } else roles.responsible.push(...agencies);
  }
  // `由省发展改革委负责备案，…由市州发展改革部门备案`: each 由 names a doer, whatever its verb, once.
  for (const match of compact.matchAll(BY_AGENCY_ANY_VERB)) {
    if (read.some(({ start, end }) => match.index >= start && match.index < end)) continue;
    if (POSTS_FILLED.test(compact.slice(match.index).split(/[，,。；;]/)[0]!)) continue;
    const agencies = agenciesOf(match[1]!) ?? [];
    // `由区建管委（区水务局）会同区财政局审核`: the one who convenes leads, the partners take part.
    const convened = /^(?:会同|會同)/.exec(compact.slice(match.index + match[0].length));
    if (convened && agencies.length > 0) {
      roles.lead.push(...agencies);
      roles.participants.push(...partnersAfterConvene(compact.slice(match.index + match[0].length + convened[0].length)));
    } else roles.responsible.push(...agencies);
  }
  return hasAgencies(roles) ? roles : undefined;
}

/** A condition that opens a sentence, up to its 的: `重要区域内应当设置景观照明的，`, `对因…轻微失信…的自然人，`. */
const CONDITION = /^[^。；;]{2,60}?的[，,]|^(?:对于|對於|对|對)[^。；;]{2,60}?的[\u4e00-\u9fff]{1,4}[，,]/;

/** `各地商务主管部门收到申请材料后，会同…`: the event a subject's duty waits for, between the subject and its verb. */
const AWAITED_EVENT = /(?<=[厅廳局委办辦署院部]|部门|部門|政府|单位|單位)(?![门們会會])[^，。；;]{2,20}后[，,](?=应当|應當|应|應|要|会同|會同|负责|負責)/;

/** A time limit that opens a sentence: `2026年12月31日前，`. */
const LEADING_LIMIT = /^[^，。；]{0,16}(?:前|底前)，/;
/**
 * After such a limit, the agencies that follow and any verb: `2026年12月31日前，省级生态环境主管部门组织…`.
 * A modal ends the subject: in `每季度首月十日前，镇（街道）应将…上报区联席会议办…` the office is whom it reports to.
 */
const LIMITED_SUBJECT = /^由?((?:(?![应應](?![急用])|要|将|將)[\u4e00-\u9fff（）()、]){2,40}?(?:厅|局|委|办|部|部门|单位|政府|中心)(?:[（(][^（）()]{1,12}[）)])?)(?=[\u4e00-\u9fff])(?![门會会员])/;

/** `税务部门与有关部门合作，建立…`: two bodies working together, the first named leading. */
const PARTNERSHIP = /^([\u4e00-\u9fff（）()、]{2,30}?)(?:与|與)([\u4e00-\u9fff（）()、]{2,30}?)(?:合作|协作|協作)/;

function readPartnership(clause: string): Roles | undefined {
  const partnership = PARTNERSHIP.exec(clause);
  const lead = partnership ? agenciesOf(partnership[1]!) : undefined;
  const partners = partnership ? agenciesOf(partnership[2]!) : undefined;
  return lead && partners ? { ...emptyRoles(), lead, participants: partners } : undefined;
}

/** Words after which the named doer comes: `由`, one body designating (`指定`) or entrusting (`委托`) another. */
const DOER_AFTER = /由|指定|委托|委託/;

/** Agencies opening the sentence, with the role their verb gives them; `opensItem` when the sentence opens its item (see readSubjectAssignment). */
function readOpeningSubject(compact: string, opensItem = false): Roles | undefined {
  // `“十六五”时期起，每个五年规划期的第一年，国家发展改革委应当…`: settings may follow one another.
  const clause = compact.replace(LEADING_SETTING, '').replace(LEADING_SETTING, '');
  const limited = LEADING_LIMIT.test(compact) ? LIMITED_SUBJECT.exec(clause) : null;
  if (limited) {
    const agencies = agenciesOf(limited[1]!);
    if (agencies && !agencies.some((agency) => agency.group)) return { ...emptyRoles(), responsible: agencies };
  }
  // `…重要区域内应当设置景观照明的，区规划资源局应当…`: a condition may come before the subject.
  const partnership = readPartnership(clause);
  if (partnership) return partnership;
  // `…补贴标准由省商务厅牵头制定`: the agency is the one after 由, not the words before it; in
  // `区政府指定区规划资源局组织实施…` the one designated (指定, 委托) does the work.
  // The clause as it stands, else without the condition or the event its subject waits for, each read only when the
  // one before names no body: `对于…不配合整治的，各相关职能部门应…` (196) reads 对于…不 before 配合 as a subject at first.
  const readings = [() => clause, () => clause.replace(CONDITION, ''), () => clause.replace(AWAITED_EVENT, '')];
  let match: RegExpExecArray | undefined;
  let agencies: Agency[] | undefined;
  for (const reading of readings) {
    const found = SUBJECT.exec(reading());
    if (!found) continue;
    agencies = agenciesOf(found[1]!.split(DOER_AFTER).at(-1)!);
    if (agencies) {
      match = found;
      break;
    }
    match ??= found;
  }
  if (!match) return undefined;
  const subjectClause = match.input;
  // `1、机动车清洗企业备案：各区绿化市容部门负责…`: words before a colon that name no body caption the item; its subject follows.
  if (!agencies) return /^[:：]$/.test(match[3]!) ? readOpeningSubject(subjectClause.slice(match[0].length), opensItem) : undefined;
  const verb = match[3]!;
  const modal = /(?:要|应当|應當|应|應|将|將|可以)(?:分别|分別|具体|具體|共同)?(?:予以|给予|給予|积极|積極|主动|主動)?$/.test(match[0].slice(0, match[0].length - verb.length));
  // `…由中央组织部统筹指导`: the work a 由 gives, read where 由 is (guidance here), not as the act of a department named in full.
  if (verb === '' && !modal && /由/.test(match[1]!)) return undefined;
  // `X要…`, `X应当…`, `X于2026年10月31日前…` bind a named agency, and the governments of every place of a
  // kind (`各地要…`, `镇（街道）应…`), each told what to do in its place. Other groups alone are bound so
  // only where they open the item (`1.重点排查。各居村、相关责任单位于2021年6月20日前，对…完成重点排查`, 153):
  // the item is their work. Further on (`…。各地区、各部门要按最小授权原则设定…`, 08) they are an appeal to everyone,
  // and so is a call on Party committees to lead (`各级党委（党组）要高度重视…`, 03) wherever it stands.
  if (verb === '' && (!opensItem || agencies.some((agency) => namesLeadership(agency.name))) && agencies.every((agency) => agency.group) && !agencies.every((agency) => isEveryPlace(agency.name))) return undefined;
  const roles = emptyRoles();
  // `X参与…` takes part; `X要配合…` is told to do its share, as `X要…` is.
  if (/^(?:参与|參與|配合)$/.test(verb) && modal) {
    roles.responsible = agencies;
  } else if (/^(?:参与|參與|配合)$|[，,](?:协同|協同|配合|参与|參與)$/.test(verb)) {
    roles.participants = agencies;
    // `市发展改革委配合市生态环境局、市交通委统筹开展相关工作`: those it assists lead the work.
    if (/^(?:配合|协助|協助)$/.test(verb)) roles.lead = partnersAfterConvene(subjectClause.slice(match[0].length));
  } else if (/牵头|牽頭/.test(verb)) {
    roles.lead = agencies;
    // `X牵头，会同Y、Z等部门建立…`, `由X牵头，联合Y、Z以及W，建立…`: the lead convenes partners.
    const after = subjectClause.slice(match[0].length);
    const convened = LEAD_CONVENES.exec(after);
    if (convened) roles.participants = partnersAfterConvene(after.slice(convened[0].length));
    else roles.participants = membersAfterLead(after) ?? partiesAfterLead(after);
  } else if (/会同|會同|^商$|^联合$|^聯合$/.test(verb)) {
    // `国家发展改革委商财政部综合…`: to consult (商) a partner is to convene it; so is to join with one (`区绿化市容局联合区房管局加强…`, 221).
    roles.lead = agencies;
    roles.participants = partnersAfterConvene(subjectClause.slice(match[0].length));
  } else {
    // `X应当持续完善…，会同Y持续提升…`: a later clause in which the subject convenes partners makes it their lead.
    const convening = /[，,](?:并|並)?(?:会同|會同)/.exec(subjectClause.slice(match[0].length));
    const partners = convening ? partnersAfterConvene(subjectClause.slice(match[0].length + convening.index + convening[0].length)) : [];
    // `地方发展改革部门要发挥综合协调作用，牵头做好项目组织…`: a subject told only what it must (要) leads where a
    // later clause opens with 牵头; one that 负责 its own work keeps that role (`区规划资源局负责…，牵头推进…`).
    const leads = verb === '' && /[，,](?:并|並)?(?:牵头|牽頭)/.test(subjectClause.slice(match[0].length).split(/[。；;]/)[0]!);
    if (partners.length > 0) {
      roles.lead = agencies;
      roles.participants = partners;
    } else if (leads) roles.lead = agencies;
    else roles.responsible = agencies;
  }
  return roles;
}

/** A clause that opens with its subject and a modal or role verb: `联席办要充分发挥…`, `X负责…`, `X、Y等相关单位参与，…`. */
const CLAUSE_SUBJECT = /^[\u4e00-\u9fff（）()“”"、]{2,200}?(?:要|应当|應當|应(?![急用])|應(?![急用])|负责(?!人)|負責(?!人)|牵头|牽頭|会同|會同|(?<=[厅廳局委办辦署院部])(?:联合|聯合)(?=[\u4e00-\u9fff]{1,20}?(?:部|委|局|厅|廳|署)(?![门門]))|(?:参与|參與|配合)(?!的))/;

/** A clause that opens with a body's name and goes on with what it does: `上海城投集团在2026年建立…`. */
const OPENS_WITH_BODY = /^[\u4e00-\u9fff]{2,20}?(?:集团|集團|公司|局|委|厅|廳|办|辦)(?=在|将|將|已|已经|已經|正|建立|实行|實行|开展|開展|组织|組織)/;

/**
 * `按照“谁主管、谁负责”的原则，各相关职能部门、单位和村要明确责任分工，联席办要充分发挥主力军作用…`: when
 * the sentence does not open with its subject, the first of its clauses that does names who does the work.
 */
function readClauseSubject(compact: string): Roles | undefined {
  for (const comma of compact.matchAll(/[，,]/g)) {
    // `上海城投集团在2026年建立…，实行总体指挥，排水公司、管网公司共同负责…`: a clause before with a body
    // of its own as subject makes the later names its parts, not the sentence's subject.
    if (compact.slice(0, comma.index).split(/[，,]/).some((before) => OPENS_WITH_BODY.test(before))) return undefined;
    const clause = compact.slice(comma.index + 1);
    // `…，市经济信息委牵头起草了《…》`: what a body has done (了) is an account, not work given.
    const roles = CLAUSE_SUBJECT.test(clause) && !/了/.test(clause.split(/[，,]/)[0]!) ? readOpeningSubject(clause) : undefined;
    if (roles) return roles;
  }
  return undefined;
}

/**
 * What one sentence says about who does the work, when it says it in its own
 * words rather than in a parenthesis or label: the agencies it opens with
 * (`市财政局负责…`) or names with 由 (`由国家发展改革委会同有关部门实施`).
 * `opensItem`: the sentence opens its item's text or one of its paragraphs, where groups alone are bound.
 */
export function readSubjectAssignment(sentence: string, opensItem = false): Roles | undefined {
  // `（施工图纸）镇（街道）应…`: an article's caption stands before its first sentence.
  const compact = stripSpaces(sentence).replace(ALIAS, '').replace(/^\*+|(?<!\*)\*+$/g, '').replace(/^[（(][^（）()]{2,10}[）)](?=[\u4e00-\u9fff])/, '');
  const heading = readHeadingAgency(compact);
  if (heading) return heading;
  const opening = readOpeningSubject(compact, opensItem);
  if (!opening) return readStaffedBody(compact) ?? readByAgencyAndLater(compact) ?? readClauseSubject(compact);
  // `…由省发展改革委负责备案，…由市州发展改革部门备案，其他项目由县市区发展改革部门备案`: each 由 of a later clause names another doer.
  const subjectAt = compact.indexOf(TASK_ROLES.flatMap((role) => opening[role])[0]!.written ?? TASK_ROLES.flatMap((role) => opening[role])[0]!.name);
  const clauseEnd = subjectAt < 0 ? -1 : compact.slice(subjectAt).search(/[，,；;]/);
  const rest = clauseEnd < 0 ? '' : compact.slice(subjectAt + clauseEnd + 1);
  // `各地商务主管部门负责…，各地财政部门负责…，财政部适时组织…`: a later clause may open with a subject of its own.
  for (const later of [readByAgency(rest), ...readLaterSubjects(rest)]) {
    if (!later) continue;
    const named = new Set(TASK_ROLES.flatMap((role) => opening[role].map((agency) => agency.name)));
    for (const role of TASK_ROLES) opening[role].push(...later[role].filter((agency) => !named.has(agency.name)));
  }
  return opening;
}

/**
 * `…，由区城运中心负责统筹协调和派单调度，区规划资源局、…、街道办事处按照各自职责分工负责；` (149): after the
 * clause that a 由 names a doer in, later clauses may open with subjects of their own.
 */
function readByAgencyAndLater(compact: string): Roles | undefined {
  const roles = readByAgency(compact);
  if (!roles) return undefined;
  const clauseEnd = compact.slice(compact.indexOf('由')).search(/[，,]/);
  const rest = clauseEnd < 0 ? '' : compact.slice(compact.indexOf('由') + clauseEnd + 1);
  const named = new Set(TASK_ROLES.flatMap((role) => roles[role].map((agency) => agency.name)));
  for (const later of readLaterSubjects(rest)) {
    for (const role of TASK_ROLES) roles[role].push(...later[role].filter((agency) => !named.has(agency.name)));
  }
  return roles;
}

/** The roles of each clause of `rest` that opens with agencies and a modal or role verb (`X负责…`, `Y要…`). */
function readLaterSubjects(rest: string): Roles[] {
  const found: Roles[] = [];
  const starts = [0, ...[...rest.matchAll(/[，,；;]/g)].map((comma) => comma.index + 1)];
  for (const start of starts) {
    const clause = rest.slice(start);
    // `…，市经济信息委牵头起草了《…》`: what a body has done (了) is an account, not work given.
    if (!CLAUSE_SUBJECT.test(clause) || /了/.test(clause.split(/[，,]/)[0]!)) continue;
    const roles = readOpeningSubject(clause);
    if (roles) found.push(roles);
  }
  return found;
}

/** `乡镇消防安全委员会职责`, `区教育局的主要职责`: a heading that names a body and the word for its duties. */
const DUTIES_OF = /(?:的)?(?:主要|工作|具体|具體)?(?:职责|職責|职能|職能)(?=[。：:]?$)/;

/**
 * `（一）商务部门。`: an item headed by nothing but a department lists that department's duties;
 * so does a heading of its duties (`1.乡镇消防安全委员会职责`, 208).
 * Without its stop (`（一）区交通委`) only an item's own heading reads so: a paragraph of a bare name is a signature.
 */
export function readHeadingAgency(compact: string, bare = false): Roles | undefined {
  const named = compact.replace(DUTIES_OF, '');
  const heading = (bare ? /^([\u4e00-\u9fff（）()、]{2,20})[。：:]?$/ : /^([\u4e00-\u9fff（）()、]{2,20})[。：:]$/).exec(named);
  if (heading && bare && ROLE_CAPTION.test(heading[1]!)) return undefined;
  const agencies = heading ? agenciesOf(heading[1]!, true) : undefined;
  return agencies ? { ...emptyRoles(), responsible: agencies } : undefined;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * `（以下简称“区联席会议”）`, `（以下称区、县绿化管理部门）`: the short name a body is given, which is not part of
 * its name, with the comma a regulation sets after it before the verb (`市人民政府绿化行政管理部门（以下简称市绿化管理部门），负责…`, 251).
 */
const ALIAS = /[（(]以下(?:简称|簡稱|称|稱)[^（）()]*[）)](?:[，,](?=负责|負責|主管|应当|應當))?/g;
/** Where a duty paragraph's subject ends: a comma, or the first words of what it does, however it says it. */
const DUTY_SUBJECT = /^([\u4e00-\u9fff（）()“”、]{2,60}?)(?=[，,]|由|根据|根據|按照|依据|依據|依照|结合|結合|在各自|受|是|负责|負責|牵头|牽頭)/;

/**
 * In a section of duties, one paragraph per body, a paragraph's opening subject is the body
 * whose duties it sets out, whatever verb follows: `镇人民政府及街道办事处（以下简称“镇（街道）”）受区建管委委托，落实…`,
 * `街道办事处、镇人民政府按照职责分工充分发挥属地职能…`.
 */
export function readDutySubject(paragraph: string): Roles | undefined {
  // `市发展改革委、…，国网重庆电力）`: closing a parenthesis it never opened, it is the end of the paragraph before.
  if (count(paragraph, /[）)]/g) > count(paragraph, /[（(]/g)) return undefined;
  const subject = DUTY_SUBJECT.exec(stripSpaces(paragraph).replace(ALIAS, ''));
  const agencies = subject ? agenciesOf(subject[1]!, true) : undefined;
  return agencies ? { ...emptyRoles(), responsible: agencies } : undefined;
}
