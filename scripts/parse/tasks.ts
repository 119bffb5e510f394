import { type Agency, type Assignment, type Paragraph, type SectionNode, type StructureNode, TASK_ROLES, type TableRowNode, type Target, type Task } from '../model.ts';
import { findSentenceAssignments, splitTrailingAssignment } from './assignment-paren.ts';
import { readConvenedPartners, readDutySubject, readHeadingAgency, readSubjectAssignment } from './assignment-subject.ts';
import { stripSpaces } from './text.ts';
import { emptyRoles, hasAgencies, type LeadRule, parseAssignmentText, type Roles } from './assignment-text.ts';
import { findDeadlineInClause, findPeriodInHeading } from './deadline.ts';
import type { Findings } from './source-lines.ts';
import { findTargets } from './targets.ts';
import { itemParagraphs } from './notice-closing.ts';

/** Every section node with its parent, in document order. */
export function sectionsOf(structure: StructureNode[]): { node: SectionNode; parent?: SectionNode }[] {
  const result: { node: SectionNode; parent?: SectionNode }[] = [];
  const walk = (nodes: StructureNode[], parent?: SectionNode) => {
    for (const node of nodes) {
      if (node.kind !== 'section') continue;
      result.push(parent ? { node, parent } : { node });
      walk(node.children, node);
    }
  };
  walk(structure);
  return result;
}

export function rowsOf(structure: StructureNode[]): TableRowNode[] {
  return structure.flatMap((node) => (node.kind === 'table' ? node.rows : []));
}

/**
 * Reads each section's assignment: labelled lines gathered by the scanner, or
 * the parenthetical that ends its clause, which is split off the text.
 */
export function readAssignments(structure: StructureNode[], leadRule: LeadRule, findings: Findings): void {
  for (const { node } of sectionsOf(structure)) {
    if (node.assignment) {
      Object.assign(node.assignment, parseAssignmentText(node.assignment.raw, leadRule));
      continue;
    }
    joinBrokenParenthesis(node);
    // The assignment ends the item's own clause (what follows, such as 主要措施, is more than
    // the clause), or else its last paragraph, when the clause runs on over paragraphs; or an
    // earlier paragraph that ends by naming agencies, when words after it address everyone
    // (`各有关部门要按照职责分工…`, 157), not a note in brackets (`（如设施维护、每月核实…）`).
    const paragraphs = itemParagraphs(node);
    const found = [node, ...paragraphs.toReversed()]
      .map((holder) => ({ holder, trailing: splitTrailingAssignment(holder.text) }))
      .find(({ holder, trailing }) => trailing !== undefined && (holder === node || holder === paragraphs.at(-1) || hasAgencies(parseAssignmentText(trailing.content, leadRule))));
    const inner = findSentenceAssignments(found?.holder === node ? found.trailing!.body : node.text).map((content) => parseAssignmentText(content, leadRule));
    if (!found) {
      const roles = inner.length > 0 ? { raw: '', roles: mergeRoles(inner) } : subjectRoles(node);
      if (roles) node.assignment = { raw: roles.raw, form: 'clause', ...roles.roles, lines: { start: node.lines.start, end: node.lines.start } };
      continue;
    }
    const { holder } = found;
    const trailing = found.trailing!;
    // A clause continued across a page break ends on a later line than it starts.
    const clauseEnd = Math.max(node.lines.start, Math.min(node.lines.end, (node.paragraphs[0]?.lines.start ?? Infinity) - 1, (node.children[0]?.lines.start ?? Infinity) - 1));
    const inParagraph = holder !== node;
    const line = inParagraph ? holder.lines.end : clauseEnd;
    if (trailing.unclosed) {
      findings.warnings.push({ line, message: `assignment "${trailing.raw.slice(0, 30)}" opens a parenthesis that never closes; expected ）` });
    }
    holder.text = trailing.body.trimEnd();
    if (inParagraph && holder.text === '') node.paragraphs.splice(node.paragraphs.indexOf(holder as Paragraph), 1);
    const own = mergeRoles([...inner, parseAssignmentText(trailing.content, leadRule)]);
    // `（一）方案制定阶段（1-2月）`: a parenthesis that gives only a heading's period leaves the doer to the item's text (196).
    const doers = hasAgencies(own) ? undefined : subjectRoles(node);
    const assignment: Assignment = {
      raw: trailing.raw,
      form: 'paren',
      ...mergeRoles([own, ...(doers ? [doers.roles] : [])]),
      lines: { start: inParagraph ? holder.lines.start : node.lines.start, end: line },
    };
    node.assignment = assignment;
  }
  inheritHeadingAgency(structure);
}

/**
 * `（一）区交通委` over `1．制定…` `2．…`: a heading that is a department's name alone
 * gives its duties, so sub-items that name no agency of their own are that department's.
 * A paragraph between them may introduce the list (`区绿化市容局是…主管部门，主要履行以下职责：`);
 * one that says anything else (ends otherwise than with its colon) keeps the sub-items apart.
 */
function inheritHeadingAgency(structure: StructureNode[]): void {
  for (const { node } of sectionsOf(structure)) {
    if (node.children.length === 0 || !node.paragraphs.every((paragraph) => /[:：]$/.test(paragraph.text.trim()))) continue;
    const heading = readHeadingAgency(stripSpaces(node.text), true);
    if (!heading) continue;
    for (const child of node.children) {
      if (child.kind !== 'section' || hasAgencies(child.assignment)) continue;
      child.assignment = { raw: node.text, form: 'clause', ...emptyRoles(), ...(child.assignment?.deadline ? { deadline: child.assignment.deadline } : {}), responsible: heading.responsible, lines: { start: node.lines.start, end: node.lines.start } };
    }
  }
}

/**
 * `…（责任单位：各区县政府，` / `市发展改革委、…国网重庆电力）`: a line break (in a PDF
 * copy) inside the closing parenthesis made two paragraphs of one; they are one again.
 */
function joinBrokenParenthesis(node: SectionNode): void {
  const last = node.paragraphs.at(-1);
  if (!last) return;
  const previous = node.paragraphs.at(-2) ?? node;
  const opensInPrevious = splitTrailingAssignment(previous.text)?.unclosed === true;
  const closesInLast = /[）)][\s\u3000。；;，,]*$/.test(last.text) && splitTrailingAssignment(last.text) === undefined;
  if (!opensInPrevious || !closesInLast) return;
  previous.text += last.text;
  if (previous !== node) (previous as Paragraph).lines.end = last.lines.end;
  node.paragraphs.pop();
}

/** The roles of several assignments of one item, each agency once per role (one body may lead one measure and join another); the first deadline. */
function mergeRoles(all: Roles[]): Roles {
  const merged = emptyRoles();
  for (const roles of all) {
    for (const role of TASK_ROLES) {
      for (const agency of roles[role]) {
        if (!merged[role].some((other) => other.name === agency.name)) merged[role].push(agency);
      }
    }
    if (roles.deadline) merged.deadline ??= roles.deadline;
  }
  return merged;
}

/** A short caption that ends in a stop before the item's text: `重点排查。`, `（二十五）加强党对科研诚信建设工作的领导。`. */
const CAPTION = /^[^，,。；;：:]{2,30}[。：:]$/;

/** The sentences of one paragraph, each marked whether it opens the paragraph (the first after a caption). */
function openingSentences(text: string): { sentence: string; opens: boolean }[] {
  const sentences = text.split(/(?<=[。；;])/).filter((sentence) => sentence.trim() !== '');
  const first = sentences.length > 1 && CAPTION.test(sentences[0]!.trim()) ? 1 : 0;
  return sentences.map((sentence, index) => ({ sentence, opens: index === first }));
}

/** Whether `short` is `full` written short: its characters in order, ending alike (区绿化市容局, 虹口区绿化和市容管理局). */
function abbreviates(short: string, full: string): boolean {
  if (short === full || short.length >= full.length || short.at(-1) !== full.at(-1)) return false;
  let at = 0;
  for (const char of full) if (char === short[at]) at += 1;
  return at === short.length;
}

/**
 * Agencies a clause names as its own subject: the item's heading is a department
 * (`（一）商务部门。`), or one of its sentences opens with agencies and a role verb
 * (`第十条 市发展改革委负责…`, `…。科技部、中国社科院分别负责…`).
 */
function subjectRoles(node: SectionNode): { raw: string; roles: Roles } | undefined {
  // Under a bare heading (`（一）摸底排查`) the item's text opens with its first paragraph.
  const bareHeading = !/[。；;，,]/.test(node.text);
  const sentences = [node.text, ...itemParagraphs(node).map((paragraph) => paragraph.text)].flatMap((text, index) =>
    openingSentences(text).map((entry) => ({ ...entry, opens: entry.opens && (index === 0 || (index === 1 && bareHeading)) })),
  );
  const raw: string[] = [];
  const found: Roles[] = [];
  for (const { sentence, opens } of sentences) {
    const roles = readSubjectAssignment(sentence, opens);
    // `市安全监管部门要加强…；会同相关职能部门开展…`: the subject before convenes the partners, so it leads.
    const partners = roles || found.length === 0 ? undefined : readConvenedPartners(sentence);
    if (partners) {
      const before = found.at(-1)!;
      before.lead.push(...before.responsible);
      before.responsible = [];
      before.participants.push(...partners);
      raw.push(sentence);
    }
    if (!roles) continue;
    raw.push(sentence);
    found.push(roles);
  }
  // `（二）区公安分局` over its duties: the heading without a stop, which the sentences above do not read.
  const heading = /[。：:]\s*$/.test(node.text) ? undefined : readHeadingAgency(stripSpaces(node.text), true);
  if (heading) {
    // `（一）虹口区绿化和市容管理局` over `区绿化市容局是…主管部门` (163): the text names the heading's body short.
    const headed = TASK_ROLES.flatMap((role) => heading[role]);
    for (const roles of found) for (const role of TASK_ROLES) roles[role] = roles[role].filter((agency) => !headed.some((body) => abbreviates(agency.name, body.name)));
    raw.unshift(node.text);
    found.unshift(heading);
  }
  // A paragraph of a duties section names its body first, whatever verb follows (`…按照职责分工充分发挥…`).
  const duty = raw.length === 0 && node.number.style === 'paragraph' ? readDutySubject(node.text) : undefined;
  if (duty) {
    raw.push(node.text);
    found.push(duty);
  }
  const merged = mergeRoles(found);
  // `由区房屋管理部门统一认定后，…区房屋管理部门会同区发展改革、规划资源等部门联合认定` (155): a body that leads the item's work is not also charged with it.
  merged.responsible = merged.responsible.filter((agency) => !merged.lead.some((lead) => lead.name === agency.name));
  return raw.length > 0 ? { raw: raw.join(''), roles: merged } : undefined;
}

/**
 * Which numbered nodes are tasks. Where a document assigns work, the tasks are
 * the items that carry an assignment and their sibling items in the same list;
 * where it assigns none (a work plan), every innermost numbered item is a task.
 */
function taskNodes(structure: StructureNode[]): SectionNode[] {
  const sections = sectionsOf(structure);
  const bodies = sections.filter(({ node }) => makesTaskList(node.assignment));
  // A notice that gives work only to every place of a kind (`各县（市、区）商务主管部门负责…`) assigns it all the same.
  // A table of tasks is the document's assignment, whatever its prose says (穗卫函〔2023〕1930号).
  const assigned = bodies.length > 0 || rowsOf(structure).length > 0 ? bodies : sections.filter(({ node }) => hasAgencies(node.assignment));
  if (assigned.length === 0) {
    return rowsOf(structure).length > 0 ? [] : sections.filter(({ node }) => node.children.length === 0).map(({ node }) => node);
  }
  // A list runs on across parents when its numbers do ((一)…(六) under 一、, (七)… under 二、); a 1 starts a new one.
  const runOf = new Map<SectionNode, string>();
  const open = new Map<string, { key: string; last: number }>();
  for (const { node, parent } of sections) {
    const style = node.number.style;
    const current = open.get(style);
    const continues = current && (node.number.value === current.last + 1 || (current.key.startsWith(`${parent?.id ?? ''}\u0000`) && node.number.value !== 1));
    const key = continues ? current.key : `${parent?.id ?? ''}\u0000${style}\u0000${node.lines.start}`;
    open.set(style, { key, last: node.number.value });
    runOf.set(node, key);
  }
  const listOf = ({ node }: { node: SectionNode }) => runOf.get(node)!;
  const lists = new Set(assigned.map(listOf));
  return sections.filter((entry) => lists.has(listOf(entry))).map(({ node }) => node);
}

/** Every unit and department there is (`各单位各部门`, `各有关部门`): a call on everyone, not work given to some. */
const EVERYONE = /^(?:(?:各|有关|有關|相关|相關|其他)*(?:单位|單位|部门|部門|地区|地區)[、和及与]?)+$/;

/**
 * Does this assignment make its list a task list? A parenthesis, label or table cell does; so
 * does a sentence naming a body (`市财政局负责…`) or a group of some kind of body or place opening
 * an item's own text (`各街镇（管委会）应结合…`): annotators of 153, 163, 173 and 196 counted such
 * lists, and a user looking up what the towns must do wants them. A closing 保障措施 list that
 * calls on every unit and department (`各单位各部门要加强沟通对接…`, the 昌吉 seed; `各区、各部门要…`, 21)
 * assigns no work by itself.
 */
function makesTaskList(assignment: Assignment | undefined): boolean {
  if (!hasAgencies(assignment)) return false;
  const named = TASK_ROLES.flatMap((role) => assignment![role]);
  return assignment!.form !== 'clause' || named.some((agency) => !agency.group) || !named.some((agency) => EVERYONE.test(agency.name));
}

function clauseText(node: SectionNode): string {
  return [node.text, ...node.paragraphs.map((paragraph) => paragraph.text)].filter(Boolean).join('\n');
}

function targetsIn(node: SectionNode | TableRowNode): Target[] {
  const pieces = node.kind === 'row'
    ? [{ text: node.text, line: node.lines.start }]
    : [{ text: node.text, line: node.lines.start }, ...node.paragraphs.map((paragraph) => ({ text: paragraph.text, line: paragraph.lines.start }))];
  return pieces.flatMap(({ text, line }) => findTargets(text, line).map((target) => ({ ...target, nodeId: node.id })));
}

/**
 * Words no body's name holds, which a reading that ran on past a name takes in: a clause's modal or verb
 * (`应急预案应当抄送同级民防办`, `区房屋管理部门可以聘请…`, `景观照明设施建设单位牵头组织相关部门`,
 * `区政府组织各街镇`, `各公共资源交易行业主管部门协调指导`), or the 的 that ended the words before it (`的鉴定单位`).
 */
const CLAUSE_IN_NAME = /^的|应当|應當|可以|抄送|聘请|聘請|不适合|不適合|牵头(?=组织|組織|负责|負責)|牽頭(?=组织|組織|负责|負責)|(?<!党委|黨委|[市区县省]委)组织(?=各|相关|有关|相關|有關)|协调指导$|協調指導$/;

/** The bodies of a role, without words a reading took in that name none. */
const bodiesOf = (agencies: Agency[] | undefined): Agency[] => (agencies ?? []).filter((agency) => !CLAUSE_IN_NAME.test(agency.name));

/** Builds the task list and every target of the body, each target tied to its node and task. */
export function collectTasks(structure: StructureNode[], findings: Findings): { tasks: Task[]; targets: Target[] } {
  const parents = new Map(sectionsOf(structure).map(({ node, parent }) => [node, parent]));
  const taskSet = new Set(taskNodes(structure));
  const documentAssigns = [...taskSet].some((node) => hasAgencies(node.assignment));
  const tasks: Task[] = [];
  const targets: Target[] = [];
  for (const { node } of sectionsOf(structure)) {
    const nodeTargets = targetsIn(node);
    if (!taskSet.has(node)) {
      targets.push(...nodeTargets);
      continue;
    }
    node.taskId = node.id;
    const text = clauseText(node);
    const owned = nodeTargets.map((target) => ({ ...target, taskId: node.id }));
    targets.push(...owned);
    const assignment = node.assignment;
    if (documentAssigns && !hasAgencies(assignment)) {
      findings.warnings.push({ line: node.lines.start, message: `item ${node.id} names no agency although its siblings do` });
    }
    // Under a bare heading (`（一）名录制定`) the clause is the paragraph that follows.
    const clause = node.paragraphs.length > 0 && !/[。；;]/.test(node.text) && node.text.length <= 60 ? node.paragraphs[0]!.text : node.text;
    const deadline = assignment?.deadline ?? findDeadlineInClause(clause) ?? findPeriodInHeading(node.text);
    tasks.push({
      id: node.id,
      anchor: node.anchor,
      kind: 'clause',
      text,
      lead: bodiesOf(assignment?.lead),
      participants: bodiesOf(assignment?.participants),
      responsible: bodiesOf(assignment?.responsible),
      guidance: bodiesOf(assignment?.guidance),
      ...(deadline ? { deadline } : {}),
      targets: owned,
      ...(parents.get(node) ? { sectionId: parents.get(node)!.id } : {}),
      sourceLines: node.lines,
    });
  }
  for (const row of rowsOf(structure)) {
    row.taskId = row.id;
    const owned = targetsIn(row).map((target) => ({ ...target, taskId: row.id }));
    targets.push(...owned);
    const assignment = row.assignment;
    tasks.push({
      id: row.id,
      anchor: row.anchor,
      kind: 'row',
      text: row.text,
      lead: bodiesOf(assignment?.lead),
      participants: bodiesOf(assignment?.participants),
      responsible: bodiesOf(assignment?.responsible),
      guidance: bodiesOf(assignment?.guidance),
      ...(assignment?.deadline ? { deadline: assignment.deadline } : {}),
      targets: owned,
      ...(row.restates ? { sectionId: row.restates } : {}),
      sourceLines: row.lines,
    });
  }
  return { tasks, targets };
}
