import { z } from 'zod';
import type { SectionNode, StructureNode } from '../model.ts';
import { readDutySubject, readHeadingAgency, readSubjectAssignment } from './assignment-subject.ts';
import { readParserData } from './data.ts';
import { stripSpaces } from './text.ts';
import { sectionsOf } from './tasks.ts';

/** An unnumbered paragraph that opens with an agency and a colon (`区商务委：负责…`) or its duty (`区规划资源局负责本区…`, `市发展改革委配合市生态环境局…`). */
const AGENCY_OPENING = /^(?:[^：:。，,]{2,40}[：:]|[\u4e00-\u9fff（）()、“”]{2,40}?(?:负责|負責|牵头|牽頭|配合|会同|會同))/;

const DUTY_HEADINGS = readParserData('duty-headings', z.object({ words: z.array(z.string().min(1)), coordinators: z.array(z.string().min(1)) }));
/** Words of a heading over duties, one body's per paragraph; from data/duty-headings.yaml. */
const DUTY_HEADING_WORDS: readonly string[] = DUTY_HEADINGS.words;

/** Is this paragraph's subject a body that coordinates the others (`…领导小组根据职责，…`)? */
function opensWithCoordinator(text: string): boolean {
  const subject = readDutySubject(text)?.responsible[0]?.name;
  return subject !== undefined && DUTY_HEADINGS.coordinators.some((ending) => subject.endsWith(ending));
}

/**
 * Does this heading head duties, body by body (`五、职责分工`, `（二）区更新办`), or none at all?
 * A task's heading (`（一）优化工作体制`) does not: the bodies its paragraphs name share its one task.
 */
function headsDuties(heading: string): boolean {
  const compact = stripSpaces(heading);
  return compact === '' || DUTY_HEADING_WORDS.some((word) => compact.includes(word)) || readHeadingAgency(compact, true) !== undefined;
}

/**
 * `市规划国土资源局制订有关项目规划和建设用地优化手续的实施细则。` (148): a one-sentence paragraph that opens with
 * the body whose act it is, as a line of a list of duties does; a paragraph of several sentences is prose.
 */
function opensWithItsDoer(text: string): boolean {
  if (/[。；;](?=.)/.test(text.trim())) return false;
  const roles = readSubjectAssignment(text);
  // Bodies that only take part (`区发展改革委、…等部门按照各自职责，协同实施本意见`, 127) close an article, not list its duties.
  const first = roles ? [...roles.lead, ...roles.responsible][0] : undefined;
  return first !== undefined && stripSpaces(text).startsWith(first.written ?? first.name);
}

/**
 * A 职责分工 section gives each agency its own paragraph (`区商务委：负责全区…`,
 * `市财政局负责…`). Each such paragraph becomes a numbered item of its section,
 * numbered `¶1`, `¶2`… in the order printed, so that it is a task with its agency.
 * Two such paragraphs in one section are needed: one alone is a sentence of prose.
 * Where most of a section's paragraphs open with a body, a duty may also begin
 * with another verb (`区属机构按照职责分工…`, `X（以下简称“Y”）受区建管委委托，…`).
 */
export function numberAgencyParagraphs(structure: StructureNode[]): void {
  for (const { node } of sectionsOf(structure)) {
    if (!headsDuties(node.text)) continue;
    const named = node.paragraphs.filter((paragraph) => AGENCY_OPENING.test(paragraph.text) && readSubjectAssignment(paragraph.text));
    const opened = node.paragraphs.filter((paragraph) => named.includes(paragraph) || readDutySubject(paragraph.text) || opensWithItsDoer(paragraph.text));
    const duties = opened.length >= 2 && 2 * opened.length >= node.paragraphs.length ? opened : named;
    if (duties.length < 2) continue;
    // `（二）区更新办` over `区更新办由…负责…`: the paragraph of the body the heading names is the heading's own text.
    const headingBody = readHeadingAgency(stripSpaces(node.text), true)?.responsible.map((agency) => agency.name).join('、');
    // The first paragraph, when it is the coordinating body's (`镇…领导小组根据职责，…`, 153), introduces the members' duties: the heading's own text.
    const introduction = node.paragraphs[0] !== undefined && opensWithCoordinator(node.paragraphs[0].text) ? node.paragraphs[0] : undefined;
    const others = duties.filter((paragraph) => paragraph !== introduction && (headingBody === undefined || readDutySubject(paragraph.text)?.responsible.map((agency) => agency.name).join('、') !== headingBody));
    const items: SectionNode[] = others.map((paragraph, index) => ({
      kind: 'section',
      id: '',
      anchor: '',
      number: { style: 'paragraph', value: index + 1, marker: '', label: `¶${index + 1}` },
      text: paragraph.text,
      paragraphs: [],
      children: [],
      lines: { ...paragraph.lines },
    }));
    node.paragraphs = node.paragraphs.filter((paragraph) => !others.includes(paragraph));
    node.children = [...items, ...node.children].sort((a, b) => a.lines.start - b.lines.start);
  }
}
