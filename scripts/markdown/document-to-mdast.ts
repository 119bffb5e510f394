import type { Html, PhrasingContent, Root, RootContent } from 'mdast';
import { u } from 'unist-builder';
import { stringify as stringifyYaml } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import type { TocEntry } from '../../src/lib/toc.ts';
import { urls } from '../../src/lib/urls.ts';
import { citedWork, documentTaskCitation, sectionHeading, taskNumberLabel } from '../graph/citation.ts';
import { type Agency, type LineRange, type PolicyDocument, type Reference, type SectionNode, type StructureNode, type TableNode, type Task, TASK_ROLES } from '../model.ts';

const ROLE_LABELS = ui.task.roles;

const text = (value: string): PhrasingContent => u('text', value);
const html = (value: string): Html => u('html', value);

/** Escapes a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function checkedAnchor(id: string): string {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`anchor "${id}" is not ASCII`);
  return id;
}

/** An empty element carrying an ASCII anchor; the id comes only from the number path. */
function anchor(id: string): Html {
  return html(`<a id="${checkedAnchor(id)}"></a>`);
}

/** Inline text wrapped in an element with a class, its content still escaped as text. */
function span(className: string, content: PhrasingContent[], tag = 'span'): PhrasingContent[] {
  return [html(`<${tag} class="${className}">`), ...content, html(`</${tag}>`)];
}

/** The text with each target phrase in `<mark>`, in order of appearance; a phrase not found is left unmarked. */
function markTargets(value: string, phrases: string[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let position = 0;
  for (const phrase of phrases) {
    const at = value.indexOf(phrase, position);
    if (phrase === '' || at < 0) continue;
    if (at > position) nodes.push(text(value.slice(position, at)));
    nodes.push(...span('target', [text(phrase)], 'mark'));
    position = at + phrase.length;
  }
  if (position < value.length) nodes.push(text(value.slice(position)));
  return nodes;
}

function agencyLinks(agencies: Agency[]): PhrasingContent[] {
  return agencies.flatMap((agency, index): PhrasingContent[] => {
    const name = agency.id ? u('link', { url: urls.agency(agency.id) }, [text(agency.name)]) : text(agency.name);
    return index === 0 ? [name] : [text('、'), name];
  });
}

/** What a document page links to beyond itself. */
export interface PageLinks {
  /** URL of a cited document when it is in the corpus. */
  reference: (reference: Reference) => string | undefined;
  /** URL of a line range in the document's source text. */
  source: (lines: LineRange) => string;
  /** Path of a task's permalink page. */
  permalink: (task: Task) => string;
}

/** Context a document's blocks need: its tasks, section anchors and labels, and target phrases by node. */
interface PageContext {
  document: PolicyDocument;
  links: PageLinks;
  tasks: Map<string, Task>;
  anchors: Map<string, string>;
  labels: Map<string, string>;
  sectionTargets: Map<string, string[]>;
}

const lineLabel = (lines: LineRange) => (lines.start === lines.end ? `第${lines.start}行` : `第${lines.start}–${lines.end}行`);

/**
 * One task as an `<article>` carrying its anchor and citation: number, text
 * with targets marked, agencies by role (lead first and marked as such),
 * deadline, and where it stands in the source text.
 */
function taskBlock(task: Task, label: string, context: PageContext): RootContent[] {
  const { document } = context;
  const lines: PhrasingContent[][] = [];
  for (const role of TASK_ROLES) {
    if (task[role].length === 0) continue;
    lines.push(span(`role role-${role}`, [u('strong', [text(ROLE_LABELS[role])]), text('：'), ...agencyLinks(task[role])]));
  }
  if (task.deadline) lines.push([u('strong', [text(ui.task.deadline)]), text('：'), ...span('deadline', [text(task.deadline.raw)])]);
  const unmarked = task.targets.filter((target) => !task.text.includes(target.phrase));
  if (unmarked.length > 0) lines.push([u('strong', [text(ui.task.targets)]), text('：'), ...span('target', [text(unmarked.map((target) => target.phrase).join('；'))], 'mark')]);
  lines.push([u('strong', [text(ui.task.sourceLines)]), text('：'), u('link', { url: context.links.source(task.sourceLines) }, [text(lineLabel(task.sourceLines))])]);
  const citation = documentTaskCitation(document, task);
  return [
    html(`<article class="task" id="${checkedAnchor(task.anchor)}" data-citation="${attribute(citation)}" data-number="${attribute(taskNumberLabel(task.id))}" data-permalink="${attribute(context.links.permalink(task))}">`),
    // The number links to the task's own page: the link to copy, even without script.
    u('paragraph', [...span('task-number', [u('link', { url: context.links.permalink(task) }, [text(label)])]), text(' '), ...markTargets(task.text, task.targets.map((target) => target.phrase))]),
    u('list', { ordered: false, spread: false }, lines.map((line) => u('listItem', { spread: false }, [u('paragraph', line)]))),
    html('</article>'),
  ];
}

/**
 * A numbered item's lead sentence and what follows it: `建立…机制，激发…动力。要…`
 * → lead `建立…动力。`, rest `要…`. A title (`指导思想`, `加强组织领导。`) has no rest.
 */
export function leadSentence(itemText: string): { lead: string; rest: string } {
  const end = itemText.search(/[。！？；](?=.)/);
  return end < 0 ? { lead: itemText, rest: '' } : { lead: itemText.slice(0, end + 1), rest: itemText.slice(end + 1) };
}

/**
 * A 分工表 as a real table: 序号 / 任务 / one column per role any row uses /
 * 完成时限. Each row is the task (`<tr class="task">` with its anchor and
 * citation); cells hold ordinary Markdown paragraphs between HTML blocks. On a
 * phone the stylesheet lays each row out as a card, every cell labelled.
 */
function taskTable(node: TableNode, depth: number, context: PageContext): RootContent[] {
  const tasks = node.rows.map((row) => context.tasks.get(row.taskId)!);
  const roles = TASK_ROLES.filter((role) => tasks.some((task) => task[role].length > 0));
  const hasDeadline = tasks.some((task) => task.deadline);
  const headers = [ui.table.number, ui.table.task, ...roles.map((role) => ROLE_LABELS[role]), ...(hasDeadline ? [ui.table.deadline] : [])];
  const cell = (label: string, attributes: Record<string, string>) =>
    html(`</td><td data-label="${attribute(label)}"${Object.entries(attributes).map(([name, value]) => ` ${name}="${attribute(value)}"`).join('')}>`);
  const groupRow = (heading: string) => html(`<tr class="task-group"><th colspan="${headers.length}" scope="colgroup">${attribute(heading)}</th></tr>`);
  const row = (task: Task, label: string): RootContent[] => {
    const details: PhrasingContent[][] = [];
    if (task.sectionId && context.anchors.has(task.sectionId)) {
      details.push([u('strong', [text(ui.task.restates)]), text('：'), u('link', { url: `#${context.anchors.get(task.sectionId)}` }, [text(context.labels.get(task.sectionId)!)])]);
    }
    details.push([u('strong', [text(ui.task.sourceLines)]), text('：'), u('link', { url: context.links.source(task.sourceLines) }, [text(lineLabel(task.sourceLines))])]);
    return [
      html(`<tr class="task" id="${checkedAnchor(task.anchor)}" data-citation="${attribute(documentTaskCitation(context.document, task))}" data-number="${attribute(taskNumberLabel(task.id))}" data-permalink="${attribute(context.links.permalink(task))}"><td class="task-cell-number">`),
      u('paragraph', span('task-number', [u('link', { url: context.links.permalink(task) }, [text(label)])])),
      cell(ui.table.task, { class: 'task-cell-text', 'data-actions-host': '' }),
      u('paragraph', markTargets(task.text, task.targets.map((target) => target.phrase))),
      u('list', { ordered: false, spread: false }, details.map((line) => u('listItem', { spread: false }, [u('paragraph', line)]))),
      // An empty cell is marked so a phone's card leaves out its label.
      ...roles.flatMap((role) => task[role].length > 0
        ? [cell(ROLE_LABELS[role], { class: `role role-${role}` }), u('paragraph', agencyLinks(task[role]))]
        : [cell(ROLE_LABELS[role], { class: `role role-${role}`, 'data-empty': '' })]),
      ...(hasDeadline ? (task.deadline ? [cell(ui.table.deadline, { class: 'deadline' }), u('paragraph', [text(task.deadline.raw)])] : [cell(ui.table.deadline, { class: 'deadline', 'data-empty': '' })]) : []),
      html('</td></tr>'),
    ];
  };
  return [
    anchor(node.anchor),
    u('heading', { depth: Math.min(depth, 6) as 2 }, [text(node.caption?.text ?? ui.document.untitledTable)]),
    html(`<div class="task-table-wrap"><table class="task-table"><thead><tr>${headers.map((header) => `<th scope="col">${attribute(header)}</th>`).join('')}</tr></thead><tbody>`),
    ...node.rows.flatMap((tableRow, index) => [
      ...(node.headings ?? []).filter((heading) => heading.beforeRow === index).map((heading) => groupRow(heading.text)),
      ...row(context.tasks.get(tableRow.taskId)!, `${tableRow.number.label}.`),
    ]),
    html('</tbody></table></div>'),
    ...(node.headings ?? []).filter((heading) => heading.beforeRow >= node.rows.length).map((heading) => u('paragraph', [text(heading.text)])),
    ...(node.notes ?? []).map((paragraph) => u('paragraph', [text(paragraph.text)])),
  ];
}

function sectionBlocks(node: StructureNode, depth: number, context: PageContext): RootContent[] {
  if (node.kind === 'table') return taskTable(node, depth, context);
  const section: SectionNode = node;
  const task = section.taskId ? context.tasks.get(section.taskId) : undefined;
  if (task) return taskBlock(task, section.number.marker, context);
  const phrases = context.sectionTargets.get(section.id) ?? [];
  const { lead, rest } = leadSentence(section.text);
  return [
    anchor(section.anchor),
    // Only a title is a heading; an item that runs on past its lead sentence is a paragraph led by it in bold.
    rest
      ? u('paragraph', [u('strong', [text(`${section.number.marker}${lead}`)]), ...markTargets(rest, phrases.filter((phrase) => rest.includes(phrase)))])
      : u('heading', { depth: Math.min(depth, 6) as 2 }, [text(`${section.number.marker}${section.text}`)]),
    ...section.paragraphs.map((paragraph) => u('paragraph', markTargets(paragraph.text, phrases.filter((phrase) => paragraph.text.includes(phrase))))),
    ...section.children.flatMap((child) => sectionBlocks(child, depth + 1, context)),
  ];
}

function tableOfContents(nodes: StructureNode[], tasks: Map<string, Task>, depth = 1): TocEntry[] {
  return nodes.flatMap((node): TocEntry[] => {
    if (node.kind === 'table') return [{ anchor: node.anchor, label: node.caption?.text ?? ui.document.untitledTable, depth }];
    if (node.taskId && tasks.has(node.taskId)) return [];
    return [{ anchor: node.anchor, label: sectionHeading(node), depth }, ...tableOfContents(node.children, tasks, depth + 1)];
  });
}

/** Front matter: the document's metadata, for the content collection's schema. */
export function frontMatter(document: PolicyDocument, jurisdictionName: string): Record<string, unknown> {
  const tasks = new Map(document.tasks.map((task) => [task.id, task]));
  return {
    slug: document.slug,
    title: document.title,
    ...(document.titleFromFileName ? { titleFromFileName: true } : {}),
    ...(document.shortTitle ? { shortTitle: document.shortTitle } : {}),
    ...(document.docNumber ? { docNumber: document.docNumber } : {}),
    ...(document.issuer ? { issuer: document.issuer } : {}),
    ...(document.signedDate ? { signedDate: document.signedDate } : {}),
    ...(document.publishedDate ? { publishedDate: document.publishedDate } : {}),
    ...(document.year ? { year: document.year } : {}),
    script: document.script,
    sourceFile: document.sourceFile,
    ...(document.sourceUrl ? { sourceUrl: document.sourceUrl } : {}),
    ...(document.sourceNote ? { sourceNote: document.sourceNote } : {}),
    jurisdiction: jurisdictionName,
    reference: citedWork(document),
    taskCount: document.tasks.length,
    toc: tableOfContents(document.structure, tasks),
  };
}

/**
 * The reading page of one document as an mdast tree. Knows nothing about
 * parsing: it arranges the model. The title and metadata are front matter,
 * for the page to show in its own header. Every string of the policy goes into a
 * `text` node, so remark-stringify escapes `*`, `_`, `#`, `<` and the rest.
 */
export function documentToMdast(document: PolicyDocument, links: PageLinks, jurisdictionName = ''): Root {
  const sections: SectionNode[] = [];
  const collect = (nodes: StructureNode[]) => nodes.forEach((node) => node.kind === 'section' && (sections.push(node), collect(node.children)));
  collect(document.structure);
  const sectionTargets = new Map<string, string[]>();
  for (const target of document.targets) {
    if (!target.taskId && target.nodeId) sectionTargets.set(target.nodeId, [...(sectionTargets.get(target.nodeId) ?? []), target.phrase]);
  }
  const context: PageContext = {
    document,
    links,
    sectionTargets,
    tasks: new Map(document.tasks.map((task) => [task.id, task])),
    anchors: new Map(sections.map((section) => [section.id, section.anchor])),
    // Shorter than `sectionHeading`: the link sits inside a task's detail line, so its first clause is enough.
    labels: new Map(sections.map((section) => [section.id, `${section.number.marker}${section.text.split(/[。，,]/)[0]}`])),
  };
  const references = document.references.map((reference) => {
    const label = [reference.title ? `《${reference.title}》` : '', reference.docNumber ? `（${reference.docNumber}）` : ''].join('');
    const url = links.reference(reference);
    return u('listItem', { spread: false }, [u('paragraph', [url ? u('link', { url }, [text(label)]) : text(label)])]);
  });
  const preamble = document.preamble
    .filter((paragraph) => paragraph.role !== 'title' || paragraph.text.trim() !== document.title)
    .map((paragraph) => u('paragraph', [text(paragraph.text)]));
  return u('root', [
    u('yaml', stringifyYaml(frontMatter(document, jurisdictionName)).trimEnd()),
    ...preamble,
    ...document.structure.flatMap((node) => sectionBlocks(node, 2, context)),
    ...(references.length > 0
      ? [u('heading', { depth: 2 as const }, [text('引用文件')]), u('list', { ordered: false, spread: false }, references)]
      : []),
  ]);
}
