import { type Agency, type Deadline, TASK_ROLES } from '../model.ts';
import { parseAgencyList, shareBureau } from './agency-list.ts';
import { isDeadlineWords, parseDeadline } from './deadline.ts';
import { ASSIGNMENT_LABEL_PATTERN as LABEL_PATTERN, ASSIGNMENT_LABELS } from './assignment-labels.ts';
import { splitTopLevel, stripSpaces } from './text.ts';
import { isGroupName } from './agency-vocabulary.ts';
import { endsAsBody } from './body-name.ts';
import { namesBodyAlone } from './signature.ts';

/** The roles an assignment gives, before it is attached to a task. */
export interface Roles {
  lead: Agency[];
  participants: Agency[];
  responsible: Agency[];
  guidance: Agency[];
  deadline?: Deadline;
}

export type LeadRule = 'first-listed' | undefined;

/** A document's rule that the first body listed leads: `排在第一位的为牵头单位`, `列第一位的为牵头部门`. */
export const LEAD_RULE = /(?:排在?第一位|排名第一|列第一位|排在首位|排首位|第一个单位|第一個單位|排在第一位)的?(?:单位|單位|部门|部門)?(?:为|是|為)(?:牵头|牽頭)/;
/** The rule as a clause of an assignment (`（责任单位：市商务委、市发展改革委等，排名第一的为牵头单位）`): a rule, never a name. */
// Bounded on both sides: a clause of the rule is short, and an unbounded run tried from every position costs the square of a long one.
const LEAD_RULE_CLAUSE = new RegExp(`[，,；;]?[^，,；;。：:]{0,20}${LEAD_RULE.source}[^，,；;。]{0,20}`);
/** `区应急局（牵头）`: a lead marked after its name in a list. */
const MARKED_LEAD = /[（(](?:牵头|牽頭)(?:单位|單位|部门|部門)?[）)]$/;


/**
 * Role words that end a clause: `经信委、科技厅牵头`. A role word may take a verb of
 * doing after it (`牵头负责`, `配合实施`, `负责推进`) without naming any more work.
 */
const TAKE_ON = '(?:负责|負責|落实|落實)';
const CARRY_OUT = '(?:实施|實施|推进|推進)';
const DOING = `(?:${TAKE_ON}|${CARRY_OUT})`;
const LEAD_VERB = new RegExp(`(?:按职能分别|按職能分別|按职责分别|按職責分別|分别|分別|共同)?(?:牵头|牽頭)${DOING}?$`);
const PARTICIPANT_VERB = new RegExp(`(?:参加|參加|参与|參與|配合|协助|協助|协办|協辦)${DOING}?$`);
const RESPONSIBLE_VERB = new RegExp(`(?:按职责分工|按職責分工|按职能分工|按職能分工|按职责|按職責|分别|分別|共同)?${TAKE_ON}${CARRY_OUT}?$`);
const CONVENE = /(?:会同|會同)/;

/** A time limit alone in a parenthesis: `（2024年6月底前完成）`, `（长期坚持）`; a span such as `（2021—2023年）` is not one. */
const LIMIT_WORDS = /前|底|完成|持续|持續|长期|長期|每年|每季|每月|季度|半年|年内|常态化/;

/** Does this text read as an assignment of work at all, or as the time limit of one? */
export function looksLikeAssignment(text: string): boolean {
  const compact = stripSpaces(text);
  if (compact.length <= 30 && isDeadlineWords(compact) && LIMIT_WORDS.test(compact)) return true;
  LABEL_PATTERN.lastIndex = 0;
  if (LABEL_PATTERN.test(compact)) return true;
  return splitTopLevel(compact, '，,；;').some((clause) => {
    const words = clause.text.replace(/[。]$/, '');
    return LEAD_VERB.test(words) || PARTICIPANT_VERB.test(words) || RESPONSIBLE_VERB.test(words);
  });
}

/** Words that make a parenthesis of names a gloss, not an assignment: `（以下简称市发展改革委）`. */
const GLOSS = /简称|簡稱|以下|下同|即|含|包括|详见|詳見|参见|參見|参照|參照/;

/**
 * A parenthesis that lists bodies and nothing else, `(区农业农村委)`, `（区生态环境局、区农业农村委）`:
 * after the last sentence of an item it names who does it, with no role word.
 */
export function isBareAgencyList(text: string): boolean {
  const compact = stripSpaces(text);
  if (compact === '' || GLOSS.test(compact)) return false;
  return splitTopLevel(compact, '、，,').every((part) => {
    const name = part.text.replace(/[、，,]$/, '');
    return name.length >= 2 && name.length <= 30 && (endsAsBody(name) || isGroupName(name));
  });
}

/** Does an assignment name any agency, in any role? */
export function hasAgencies(roles: Pick<Roles, (typeof TASK_ROLES)[number]> | undefined): boolean {
  return roles !== undefined && TASK_ROLES.some((role) => roles[role].length > 0);
}

/** Roles with no agency in any of them. */
export function emptyRoles(): Roles {
  return { lead: [], participants: [], responsible: [], guidance: [] };
}

function applyLeadRule(roles: Roles, leadRule: LeadRule): Roles {
  if (leadRule !== 'first-listed' || roles.lead.length > 0 || roles.responsible.length === 0) return roles;
  const [first, ...rest] = roles.responsible;
  return { ...roles, lead: [first!], participants: [...rest, ...roles.participants], responsible: [] };
}

function parseLabelled(text: string): Roles | undefined {
  LABEL_PATTERN.lastIndex = 0;
  const labels = [...text.matchAll(LABEL_PATTERN)];
  if (labels.length === 0) return undefined;
  const roles = emptyRoles();
  // `（6月底完成，牵头考核单位：…）`: a time limit may come before the first label.
  const before = text.slice(0, labels[0]!.index).replace(/(?<![，,；;。\s])[，,；;。\s]+$/, '');
  if (before && isDeadlineWords(before)) roles.deadline = parseDeadline(before);
  labels.forEach((match, index) => {
    const role = ASSIGNMENT_LABELS.get(match[1]!) ?? 'responsible';
    const end = labels[index + 1]?.index ?? text.length;
    const value = text.slice(match.index! + match[0].length, end).replace(/(?<![，,；;。\s])[，,；;。\s]+$/, '');
    if (role === 'deadline') roles.deadline = parseDeadline(value);
    else roles[role].push(...parseAgencyList(value));
  });
  return roles;
}

/**
 * Parses the words of an assignment: a parenthetical (`经信委、科技厅牵头,发改委等参加`),
 * labelled lines (`牵头单位：…`) or a table cell (`发改委、经信委牵头、科技厅`).
 */
export function parseAssignmentText(text: string, leadRule: LeadRule): Roles {
  // `（市商务委 市发展改革委）`: bodies a space parts, each named with its place or level, are a list.
  const words = text.trim().split(/[\s\u3000]+/);
  const spacedList = words.length > 1 && words.every((word) => word.split('、').every((name) => namesBodyAlone(name) || (LEVEL_FIRST.test(name) && name.length >= 4 && endsAsBody(name))));
  const compact = stripSpaces(spacedList ? words.join('、') : text).replace(LEAD_RULE_CLAUSE, '');
  const finish = (roles: Roles) => applyLeadRule(withMarkedLead(roles), leadRule);
  const labelled = parseLabelled(compact);
  if (labelled) return finish(labelled);
  // `X牵头，Y按职责分工负责；区市场监管局组织落实。以下均需区市场监管局落实，…不再单独列出`: a note on the
  // items below assigns nothing, and a part after ； with its own role word is an assignment of its own.
  const parts = splitTopLevel(compact, '。；;').map((part) => part.text.replace(/[。；;]$/, '')).filter((part) => part !== '' && !ASSIGNMENT_NOTE.test(part));
  if (parts.length > 1 && parts.every((part) => looksLikeAssignment(part))) {
    const all = parts.map((part) => parseClauses(part));
    const roles = emptyRoles();
    for (const role of TASK_ROLES) roles[role] = all.flatMap((one) => one[role]);
    roles.deadline = all.find((one) => one.deadline)?.deadline;
    if (!roles.deadline) delete roles.deadline;
    shareBureau(TASK_ROLES.map((role) => roles[role]));
    return finish(roles);
  }
  const roles = parseClauses(parts.length === 1 ? parts[0]! : compact);
  shareBureau(TASK_ROLES.map((role) => roles[role]));
  return finish(roles);
}

/** `责任单位：区应急局（牵头）、区公安分局`: the body marked leads, without its mark; the others beside it take part. */
function withMarkedLead(roles: Roles): Roles {
  const marked = TASK_ROLES.flatMap((role) => roles[role].filter((agency) => MARKED_LEAD.test(agency.name)));
  if (marked.length === 0) return roles;
  const unmarked = (agencies: Agency[]) => agencies.filter((agency) => !marked.includes(agency));
  const lead = [...roles.lead, ...marked.map(({ name, written, ...rest }) => ({ ...rest, name: name.replace(MARKED_LEAD, '') }))];
  return { ...roles, lead, participants: [...unmarked(roles.participants), ...unmarked(roles.responsible)], responsible: [] };
}

/** A body named with its level first: `市商务委`, `区财政局`. */
const LEVEL_FIRST = /^[省市区县州旗镇乡區縣鄉鎮]/;

/** A note inside an assignment about the items that follow (`以下均需区市场监管局落实，…不再单独列出`). */
const ASSIGNMENT_NOTE = /^以下|不再(?:单独|單獨)?列出/;

/** The roles that the clauses of one assignment give, parted by ， and ；. */
function parseClauses(compact: string): Roles {
  const roles = emptyRoles();
  let pending = '';
  // The clauses of the limit being read; a limit runs on only from the clause just before.
  const limitClauses: string[] = [];
  let afterLimit = false;
  const clauses = splitTopLevel(compact, '，,；;').map((clause) => clause.text.replace(/。$/, ''));
  for (const clause of clauses) {
    // `（区财政局、区审计局，2024年底前）`: a time limit after names without a role word is not one of them;
    // `2024年启动，2026年建成`: a limit's stages, clause after clause, are one limit.
    if (isDeadlineWords(clause)) {
      // The clause runs on from a limit just read, or opens the assignment's first; any later one is left out.
      const runsOn: boolean = afterLimit || !roles.deadline;
      if (runsOn) {
        if (!afterLimit) limitClauses.length = 0;
        limitClauses.push(clause);
        roles.deadline = parseDeadline(limitClauses.join('，')) ?? roles.deadline;
      }
      afterLimit = runsOn;
      continue;
    }
    afterLimit = false;
    // A clause without a role word joins the next one's list, keeping the ， that parted them.
    const words = pending ? `${pending}，${clause}` : clause;
    const convene = CONVENE.exec(words);
    if (convene && (RESPONSIBLE_VERB.test(words) || LEAD_VERB.test(words) || PARTICIPANT_VERB.test(words))) {
      // `X会同Y负责`: X leads, Y takes part.
      roles.lead.push(...parseAgencyList(words.slice(0, convene.index)));
      const partners = words.slice(convene.index + convene[0].length).replace(RESPONSIBLE_VERB, '').replace(LEAD_VERB, '');
      roles.participants.push(...parseAgencyList(partners));
      pending = '';
    } else if (LEAD_VERB.test(words)) {
      roles.lead.push(...parseAgencyList(words.replace(LEAD_VERB, '')));
      pending = '';
    } else if (PARTICIPANT_VERB.test(words)) {
      roles.participants.push(...parseAgencyList(words.replace(PARTICIPANT_VERB, '')));
      pending = '';
    } else if (RESPONSIBLE_VERB.test(words)) {
      roles.responsible.push(...parseAgencyList(words.replace(RESPONSIBLE_VERB, '')));
      pending = '';
    } else if (/(?:牵头|牽頭)、/.test(words)) {
      // A lead marked inside a list: `发改委、经信委牵头、科技厅、质监局`.
      const split = /(?:牵头|牽頭)、/.exec(words)!;
      roles.lead.push(...parseAgencyList(words.slice(0, split.index)));
      roles.participants.push(...parseAgencyList(words.slice(split.index + split[0].length)));
      pending = '';
    } else {
      pending = words;
    }
  }
  if (pending) {
    // Agencies without a role word: a lead/participant split is stated elsewhere or not at all.
    const target = roles.lead.length > 0 || roles.participants.length > 0 ? roles.participants : roles.responsible;
    target.push(...parseAgencyList(pending));
  }
  // `A牵头，B按职责分工负责`: beside a named lead, the others take part.
  if (roles.lead.length > 0 && roles.responsible.length > 0) {
    roles.participants.push(...roles.responsible);
    roles.responsible = [];
  }
  return roles;
}
