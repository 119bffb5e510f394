import type { Agency } from '../model.ts';
import { departmentAfterLevels, DUAL_NAMES, GROUP_WORDS, isDepartmentFunction, isGenericDepartment, isGroupName, isLevels, isPlaceKind, PROVINCE_NAMES } from './agency-vocabulary.ts';
import { splitTopLevel, stripSpaces } from './text.ts';

/**
 * Jurisdiction prefixes that a list shares: in `市发改委、商务和工信局`
 * the second agency is 市商务和工信局, in `自治区交通运输厅、财政厅` the second is
 * 自治区财政厅. `各` distributes the same way
 * (`各乡镇、街道` → 各街道).
 */
const SHARED_PREFIXES = ['自治区', '自治區', '市', '州', '县', '縣', '区', '區', '旗', '盟', '省', '各'];

/** What 各 shares: kinds of place and of body (`各乡镇、街道` → 各街道), never a named company (`各街镇、环科集团`). */
const EACH_OF = /^(?:乡镇|鄉鎮|街道|街镇|镇|区|區|县|縣|市|旗|村|社区|部门|部門|单位|單位)|政府$/;

/** A note inside an agency list (`以下各项任务均需市县政府落实，不再列出`), not a name. */
const NOT_A_NAME = /不再|均需|均由|以下各项|下同/;

/** Words that begin with a prefix character but are not a prefix (市场 is a market). */
const NOT_A_PREFIX = ['市场', '市場', '区域', '區域', '县域', '縣域', '省份'];

/** Characters that, starting a name, show it already names its own jurisdiction. */
const OWN_JURISDICTION = /^(?:自治区|自治州|中国|中共|国家|國家|新疆|兵团|中央|全国|全國|有关|有關|相关|相關|其他|(?!城市)[\u4e00-\u9fff]{2,6}(?:市|州|县|縣|区|區|省|旗|盟|地区|地區)(?!场|場|域|容))/;

/** Last characters that make a name an agency rather than a bare place name. */
const AGENCY_END = /(?:厅|廳|局|委|办|辦|部|院|会|會|室|处|處|所|站|队|隊|行|社|司|中心|机构|機構|政府|公司|企业|企業|单位|單位|署|馆|館|团|團|校|学|學|园区|園區|组|組|法院|海关|海關|协|協|联|聯|大)$/;

/** Where a place name ends and the shared rest of a name begins: `哈密|国家农业科技园区管委会`. */
const SHARED_REST = /(?:国家|國家|自治区|自治區|市|州|县|縣|地区|地區|农业|農業|高新|经济|經濟)/;

function isAgencyLike(name: string): boolean {
  return AGENCY_END.test(name.replace(/[(（][^()（）]*[)）]$/, ''));
}

/**
 * `昌吉、伊犁、哈密国家农业科技园区管委会`: bare place names share the rest of
 * the last name, so the list names three park committees.
 */
/** The body that heads a zone or place: `管委会`, `人民政府`. */
const SHARED_HEAD = /(?:管委会|管委會|管理委员会|管理委員會|人民政府|政府)$/;
/** A bare place or zone: `杨凌示范区`, `韩城`, `高新区`. */
const PLACE_END = /(?:示范区|示範區|新区|新區|开发区|開發區|园区|園區|高新区|区|區|县|縣|市|旗)$/;

/** A street or town named in full (`广中街道`, `江湾镇街道`), whose township word the bare names before it share; not `各街道`. */
const TOWNSHIP_END = /(?<=^(?!各|有关|有關|相关|相關)[\u4e00-\u9fff]{2,5})(?:街道|镇|鎮|乡|鄉|派出所|司法所|市场所|市場所|税务所|稅務所|财政所|財政所|卫生院|衛生院)$/;
/** A place named bare, without what it is: two to four characters, none of them a township word. */
const BARE_PLACE = /^(?![^]*(?:街道|镇|鎮|乡|鄉|各|有关|有關|相关|相關))[\u4e00-\u9fff]{2,4}$/;

function expandBarePlaces(names: string[]): string[] {
  const expanded = [...names];
  // `市州、县市区发展改革部门`: kinds of place named bare share the department the last name closes with.
  const sharedDepartment = departmentAfterLevels(expanded.at(-1)!);
  for (let index = 0; index < expanded.length; index++) {
    if (sharedDepartment && index < expanded.length - 1 && isLevels(expanded[index]!)) {
      expanded[index] = expanded[index] + sharedDepartment;
      continue;
    }
    if (isAgencyLike(expanded[index]!) || isGroupName(expanded[index]!) || expanded[index]!.length > 5) continue;
    const full = expanded.slice(index + 1).find((name) => isAgencyLike(name));
    // `欧阳、曲阳、凉城、广中街道`: bare place names share the 街道 (镇, 乡) the list ends with, and a town's offices
    // theirs (`吴泾、塘湾派出所`, 190).
    const townshipName = expanded.slice(index + 1).find((name) => TOWNSHIP_END.test(name));
    if (townshipName && (!full || full === townshipName) && BARE_PLACE.test(expanded[index]!) && !PLACE_END.test(expanded[index]!)) {
      expanded[index] = expanded[index] + TOWNSHIP_END.exec(townshipName)![0];
      continue;
    }
    if (!full) continue;
    // `杨凌示范区、西咸新区管委会`: a zone named bare shares the committee that heads the next name.
    const head = SHARED_HEAD.exec(full);
    if (head && PLACE_END.test(expanded[index]!) && full.length > head[0].length + 1) {
      expanded[index] = expanded[index] + head[0];
      continue;
    }
    const rest = SHARED_REST.exec(full.slice(2, 6));
    if (!rest) continue;
    expanded[index] = expanded[index] + full.slice(2 + rest.index);
  }
  return expanded;
}

/** Role words left on a name by a verb form (`省农业农村厅按职责分工`): never part of the name. */
const ROLE_WORD = '按照?各自职责|按照?职责分工|按照?职能分工|按職責分工|按职能分工|按職能分工|按职责|按職責|按职能|按職能|依职责|依職責|分别|分別|共同|具体|具體';
// A run of role words is read from its first word only: unanchored, the run is retried from each word in it.
const TRAILING_ROLE_WORDS = new RegExp(`(?<!${ROLE_WORD})(?:${ROLE_WORD})*(?:负责|負責|落实|落實|办理|辦理|牵头|牽頭|配合|组织|組織)?$`);
/** A role label that lost its list (`（责任单位`) or still heads it (`支撑单位：区文化旅游局`). */
const ROLE_LABEL = /^[（(]?(?:[\u4e00-\u9fff]{2,4}(?:单位|單位|部门|部門)[:：]|(?:责任|責任|牵头|牽頭|配合|参与|參與|协办|協辦|支撑|支撐|主责|主責)(?:单位|單位|部门|部門)$)/;

/** Removes stray spaces, role words and the trailing 等 of `…等参加`; keeps inner parentheses. */
export function normalizeAgencyName(written: string): string {
  return stripSpaces(written)
    .replace(/^[，,、；;。:：]+|(?<![，,、；;。:：])[，,、；;。:：]+$/g, '')
    .replace(/^(?:由|请|請)/, '')
    .replace(ROLE_LABEL, '')
    // `各区政府（含新区、合作区管委会，下同）`: a scope note is not part of the name.
    .replace(/[（(](?:含|包括)[^（()）]*[)）]|[（(][^（()）]*下同[)）]/g, '')
    .replace(TRAILING_ROLE_WORDS, '')
    .replace(/等$/, '')
    .replace(new RegExp(`^等(?:${GROUP_WORDS.bareAfterDeng.join('|')})?$`), '');
}

function sharedPrefixOf(name: string): string | undefined {
  // 各 is shared by the groups it begins (`各乡镇、街道` → 各街道); other groups share nothing.
  if (NOT_A_PREFIX.some((word) => name.startsWith(word)) || (isGroupName(name) && !name.startsWith('各'))) return undefined;
  return SHARED_PREFIXES.find((prefix) => name.startsWith(prefix) && name.length > prefix.length + 1);
}

/** A list closed by the departments its members are (`…等有关部门`, `…等部门`, `…相关部门`). */
export const DEPARTMENTS_CLOSE = /(?:等|有关|有關|相关|相關)(?:部门|部門)$/;

/** `县级政府`: every government of one level, a group that still closes a list of kinds of place or joins another name. */
const LEVEL_GOVERNMENT = /级(?:人民)?政府$/;

/** Words that join two agencies inside a list piece: `市财政局和市税务局`, `公安部以及各地区`, `电力调度机构或电力负荷管理中心`. */
const CONNECTOR = /以及|及|和|与|與|或/g;

/** A bare category after 等 (`部门`, `单位`) and the connector after it, before a further name. */
const BARE_CATEGORY_THEN_CONNECTOR = new RegExp(`^(?:${[...GROUP_WORDS.bareAfterDeng].sort((a, b) => b.length - a.length).join('|')})(?:${CONNECTOR.source})(?=.)`);

/**
 * Splits one 、-piece further where a connector joins two names (`X以及各地区`)
 * or 等 ends a name before a group (`海关总署等有关部门`). A connector inside a
 * name (`工业和信息化部`) does not split: the words before it are no agency.
 */
function splitPiece(piece: string): string[] {
  const deng = piece.indexOf('等');
  // `国资等有关部门`, `农业等部门`: function words before 等 and departments name a department as much as `国资委` does.
  if (deng > 0 && (isAgencyLike(piece.slice(0, deng)) || (isDepartmentFunction(piece.slice(0, deng)) && DEPARTMENTS_CLOSE.test(piece)))) {
    // `市生态环境局等部门以及各区相关部门`: the bare category closes the first list, the connector starts the next name.
    const rest = piece.slice(deng + 1).replace(BARE_CATEGORY_THEN_CONNECTOR, '');
    return [...splitPiece(piece.slice(0, deng)), ...(GROUP_WORDS.bareAfterDeng.includes(rest) || rest === '' ? [] : splitPiece(rest))];
  }
  // `市场监管等综合执法部门`, `商务等行业主管部门`: the function before 等 is a department of that kind too.
  if (deng > 0 && isDepartmentFunction(piece.slice(0, deng)) && /(?:部门|部門)$/.test(piece) && piece.length - deng > 3) {
    return [`${piece.slice(0, deng)}部门`, ...splitPiece(piece.slice(deng + 1))];
  }
  for (const match of piece.matchAll(CONNECTOR)) {
    const left = piece.slice(0, match.index);
    const right = piece.slice(match.index + match[0].length);
    // `村及联席办` after `各相关职能部门、单位、`: a kind of place the list's 各 goes on to (a village, not a level of government: `市和区政府` is one name), then a body of its own.
    if (right && ((isAgencyLike(left) && (!isGroupName(left) || LEVEL_GOVERNMENT.test(left))) || /^各/.test(right) || (isPlaceKind(left) && !isLevels(left)))) return [left, ...splitPiece(right)];
  }
  return [piece];
}

/** Splits on 、 except inside a body's two names (`市科委、中关村管委会`). */
/** A group named by the endings of its bodies' names, with the words before them: `各有关委、办、局`. */
const ENDING_LIST = new RegExp(`[^、，,；;]{0,6}(?:${[...GROUP_WORDS.endingLists].sort((a, b) => b.length - a.length).join('|')})`);

function splitKeepingDualNames(run: string): { text: string }[] {
  const dual = ENDING_LIST.exec(run)?.[0] ?? DUAL_NAMES.find((name) => run.includes(name));
  if (!dual) return splitTopLevel(run, '、');
  const at = run.indexOf(dual);
  return [...splitKeepingDualNames(run.slice(0, at)), { text: dual }, ...splitKeepingDualNames(run.slice(at + dual.length))].filter((piece) => piece.text !== '');
}

/**
 * `市和区、县人民政府`, `区、县绿化管理部门`, `市或者区、县绿化管理部门`, `乡、镇人民政府`: levels of government
 * named by a character each, joined, before the body each level has, a regulation's way of naming the bodies
 * of several levels at once: one group, as written (251, 191), a list going on after it (`市和区民防办以及其他有关部门`, 245).
 */
const LEVELS_BEFORE_BODY = /^(?:[省市区县乡镇區縣鄉鎮](?:、|和|或者|及))+[省市区县乡镇區縣鄉鎮](?:(?!以及|及|和|与|與|或)[\u4e00-\u9fff（）()]){2,}$/;

/**
 * `各区、县级市政府`, `各市、县、区政府`, `各市、县级政府`: kinds of place sharing one head form one group, as written;
 * so do levels of government before the body each has (`LEVELS_BEFORE_BODY`).
 */
function isListedGroup(run: string): boolean {
  if (LEVELS_BEFORE_BODY.test(run)) return true;
  const pieces = run.split('、');
  const head = pieces.at(-1)!;
  return pieces.length > 1 && pieces[0]!.startsWith('各') && pieces.slice(1).every((piece) => !piece.startsWith('各')) &&
    pieces.slice(0, -1).every((piece) => piece.length <= 4 && !isAgencyLike(piece)) &&
    (!isGroupName(head) || LEVEL_GOVERNMENT.test(head)) && head.length <= 8 && /(?:政府|部门|部門|单位|單位)$/.test(head);
}

/** A generic department by its name or by the other name in brackets after it: `经委(商务委)` (159) is the 商务委 too. */
function namesGenericDepartment(written: string): boolean {
  const otherName = /[（(]([^（()）]*)[)）]$/.exec(written);
  return isGenericDepartment(written.replace(/[（(][^（()）]*[)）]$/, '')) || (otherName !== null && isGenericDepartment(otherName[1]!));
}

function hasOwnJurisdiction(name: string): boolean {
  if (NOT_A_PREFIX.some((word) => name.startsWith(word))) return false;
  return sharedPrefixOf(name) !== undefined || OWN_JURISDICTION.test(name) || PROVINCE_NAMES.some((province) => name.startsWith(province));
}

/**
 * Splits an agency list (`市发改委、商务和工信局，各乡镇、街道`) into agencies.
 * `、` joins a run that shares the first name's jurisdiction prefix; `，` and
 * `；` start a new run.
 */
export function parseAgencyList(list: string): Agency[] {
  const agencies: Agency[] = [];
  const add = (name: string, written?: string) =>
    agencies.push({ name, ...(written ? { written } : {}), ...(isGroupName(name) ? { group: true as const } : {}) });
  for (const run of splitTopLevel(list, '，,；;')) {
    const whole = normalizeAgencyName(run.text);
    if (isListedGroup(whole)) {
      add(whole);
      continue;
    }
    let prefix: string | undefined;
    const pieces = splitKeepingDualNames(whole).flatMap((piece) => splitPiece(normalizeAgencyName(piece.text))).map(normalizeAgencyName)
      .filter((piece) => piece !== '' && !NOT_A_NAME.test(piece));
    // `区发展改革、财政、税务、国资等有关部门`, `市经信、交通、住建、农业等部门`: closed by departments, function words alone name them.
    const byFunction = pieces.length > 1 && DEPARTMENTS_CLOSE.test(whole);
    // Function words closed by 等部门 (`教育、卫生健康、新闻出版等部门`) name departments: 教育部门; a level before
    // the first is every one's (`区农业农村、生态环境、规划资源等部门` → 区农业农村部门, 区生态环境部门…, 169).
    const level = pieces.length > 0 ? sharedPrefixOf(pieces[0]!) : undefined;
    const departmentsNamed = byFunction && /等(?:部门|部門)$/.test(whole) && (level === undefined || pieces.every((piece, index) => isDepartmentFunction(index === 0 ? piece.slice(level.length) : piece)));
    for (const [index, written] of expandBarePlaces(pieces).entries()) {
      if (departmentsNamed && isDepartmentFunction(index === 0 && level ? written.slice(level.length) : written)) {
        add(`${index > 0 && level ? level : ''}${written}部门`, written);
      } else if (index === 0) {
        prefix = sharedPrefixOf(written);
        add(written);
      } else if (prefix && !hasOwnJurisdiction(written) && (prefix === '各' ? EACH_OF.test(written) : namesGenericDepartment(written) || (byFunction && isDepartmentFunction(written)))) {
        add(prefix + written, written);
      } else {
        add(written);
      }
    }
  }
  return agencies;
}

/** `市局特种设备安全监察处`: a bureau named short (`市局`, `省厅`) and one of its divisions. */
const DIVISION_OF_BUREAU = /^([市省区區县縣州][局厅廳委])[\u4e00-\u9fff]{2,}(?:处|處|室|科)$/;
/** A division named alone (`执法稽查处`, `反垄断和价格监督检查办公室`). */
const DIVISION = /(?:处|處|室|科)$/;

/**
 * `（市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责）`: a bureau's own
 * divisions, its name printed on the first only, are all the bureau's (市局执法稽查处…), across
 * the clauses of one assignment. Only when the assignment names one such bureau.
 */
export function shareBureau(lists: Agency[][]): void {
  const bureaus = new Set(lists.flat().flatMap((agency) => DIVISION_OF_BUREAU.exec(agency.name)?.[1] ?? []));
  if (bureaus.size !== 1) return;
  const [bureau] = bureaus;
  for (const list of lists) {
    for (const [index, agency] of list.entries()) {
      if (!DIVISION.test(agency.name) || agency.group || hasOwnJurisdiction(agency.name)) continue;
      list[index] = { ...agency, name: bureau + agency.name, written: agency.written ?? agency.name };
    }
  }
}

/** Where one name may end inside a run of names that lost their separators. */
const NAME_END = /(?:局|委|办|中心|社|集团|分局|总社|支队|大队)$/;
/** A party committee is followed by its own departments (`自治区党委宣传部`), not by another body. */
const PARTY_COMMITTEE = /(?:党委|黨委|[市区县州]委)$/;
const JURISDICTION_START = /^[市省区區县縣]/;
const FULL_NAME_END = /(?:分局|中心|公司|集团|支队|大队)/g;

/**
 * The start of a body with its own standing: a jurisdiction, every body of a
 * kind (`各街镇`), or a branch or company named in full, alone or before a
 * name of its own jurisdiction (`丰台运管分局` | `区科技信息化局`).
 */
function startsBody(rest: string): boolean {
  if (JURISDICTION_START.test(rest) || (/^各/.test(rest) && isGroupName(rest)) || isGenericDepartment(rest)) return true;
  return [...rest.matchAll(FULL_NAME_END)].some((match) => {
    const end = match.index + match[0].length;
    return end >= 5 && (end === rest.length || JURISDICTION_START.test(rest.slice(end)));
  });
}

/**
 * `市排水集团第四管网运营分公司`: a company's numbered branch or 分公司 is part of its name, not a second body;
 * so is a company form after a bureau (`上海铁路局` + `集团有限公司`, 146).
 */
function isSubunitOf(left: string, rest: string): boolean {
  return /^第[一二三四五六七八九十\d]/.test(rest) || (/(?:集团|集團|公司)$/.test(left) && /分公司$/.test(rest)) || COMPANY_FORM.test(rest);
}

const COMPANY_FORM = /^(?:集团|集團)?(?:股份)?有限(?:责任|責任)?公司/;

/** Does `left` leave a bracket open (`上海机场（集团` of `上海机场（集团）有限公司`)? No name ends inside one. */
function leavesBracketOpen(left: string): boolean {
  return (left.match(/[（(]/g) ?? []).length > (left.match(/[）)]/g) ?? []).length;
}

/**
 * Names a PDF table cell ran together (`区发改委盐都供电服务中心`,
 * `区住建局区市场监管局`), split where one name ends and a body with its own
 * standing begins.
 */
export function splitRunTogetherNames(run: string): string[] {
  for (let end = 3; end <= run.length - 3; end++) {
    const left = run.slice(0, end);
    const rest = run.slice(end);
    if (isNameBoundary(left, rest)) return [left, ...splitRunTogetherNames(rest)];
  }
  return [run];
}

/** Whether one name ends with `left` and a second, with its own standing, begins with `rest` (`区城市管理委` | `丰台运管分局`). */
export function isNameBoundary(left: string, rest: string): boolean {
  return left.length >= 3 && rest.length >= 3 && NAME_END.test(left) && !PARTY_COMMITTEE.test(left) && !leavesBracketOpen(left) && !isSubunitOf(left, rest) && (isAgencyLike(rest) || isGroupName(rest)) && startsBody(rest);
}
