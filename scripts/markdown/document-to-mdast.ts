import type { Html, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import { u } from 'unist-builder';
import { stringify as stringifyYaml } from 'yaml';
import type { Agency, PolicyDocument, Reference, SectionNode, StructureNode, Task } from '../model.ts';

/** Labels shown to readers; the UI is zh-CN. */
const ROLE_LABELS = { lead: '牵头', participants: '参加', responsible: '责任', guidance: '指导' } as const;

const text = (value: string): PhrasingContent => u('text', value);

/** An empty element carrying an ASCII anchor; the id comes only from the number path. */
function anchor(id: string): Html {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`anchor "${id}" is not ASCII`);
  return u('html', `<a id="${id}"></a>`);
}

function agencyLinks(agencies: Agency[]): PhrasingContent[] {
  return agencies.flatMap((agency, index): PhrasingContent[] => {
    const name = agency.id ? u('link', { url: `/agencies/${agency.id}/` }, [text(agency.name)]) : text(agency.name);
    return index === 0 ? [name] : [text('、'), name];
  });
}

/** What a document page links to beyond itself. */
export interface PageLinks {
  /** URL of a cited document when it is in the corpus. */
  reference: (reference: Reference) => string | undefined;
}

/** Context a document's blocks need: its tasks, and anchors of its sections by id. */
interface PageContext {
  tasks: Map<string, Task>;
  anchors: Map<string, string>;
  labels: Map<string, string>;
}

function taskBlock(task: Task, label: string, context: PageContext): RootContent[] {
  const lines: PhrasingContent[][] = [];
  for (const role of ['lead', 'participants', 'responsible', 'guidance'] as const) {
    if (task[role].length > 0) lines.push([u('strong', [text(ROLE_LABELS[role])]), text('：'), ...agencyLinks(task[role])]);
  }
  if (task.deadline) lines.push([u('strong', [text('时限')]), text(`：${task.deadline.raw}`)]);
  if (task.targets.length > 0) lines.push([u('strong', [text('目标')]), text(`：${task.targets.map((target) => target.phrase).join('；')}`)]);
  if (task.kind === 'row' && task.sectionId && context.anchors.has(task.sectionId)) {
    lines.push([u('strong', [text('对应正文')]), text('：'), u('link', { url: `#${context.anchors.get(task.sectionId)}` }, [text(context.labels.get(task.sectionId)!)])]);
  }
  const body: MdParagraph = u('paragraph', [u('strong', [text(label)]), text(' '), text(task.text)]);
  const details: RootContent[] = lines.length
    ? [u('list', { ordered: false, spread: false }, lines.map((line) => u('listItem', { spread: false }, [u('paragraph', line)])))]
    : [];
  return [anchor(task.anchor), body, ...details];
}

function sectionBlocks(node: StructureNode, depth: number, context: PageContext): RootContent[] {
  if (node.kind === 'table') {
    return [
      anchor(node.anchor),
      u('heading', { depth: Math.min(depth, 6) as 2 }, [text(node.caption?.text ?? '任务分工表')]),
      ...node.rows.flatMap((row) => taskBlock(context.tasks.get(row.taskId)!, `${row.number.label}.`, context)),
      ...(node.notes ?? []).map((paragraph) => u('paragraph', [text(paragraph.text)])),
    ];
  }
  const section: SectionNode = node;
  const task = section.taskId ? context.tasks.get(section.taskId) : undefined;
  if (task) return taskBlock(task, section.number.marker, context);
  return [
    anchor(section.anchor),
    u('heading', { depth: Math.min(depth, 6) as 2 }, [text(`${section.number.marker}${section.text}`)]),
    ...section.paragraphs.map((paragraph) => u('paragraph', [text(paragraph.text)])),
    ...section.children.flatMap((child) => sectionBlocks(child, depth + 1, context)),
  ];
}

/** Front matter: the document's metadata, for the content collection's schema. */
export function frontMatter(document: PolicyDocument): Record<string, unknown> {
  return {
    slug: document.slug,
    title: document.title,
    ...(document.shortTitle ? { shortTitle: document.shortTitle } : {}),
    ...(document.docNumber ? { docNumber: document.docNumber } : {}),
    ...(document.issuer ? { issuer: document.issuer } : {}),
    ...(document.signedDate ? { signedDate: document.signedDate } : {}),
    ...(document.publishedDate ? { publishedDate: document.publishedDate } : {}),
    ...(document.year ? { year: document.year } : {}),
    script: document.script,
    sourceFile: document.sourceFile,
    taskCount: document.tasks.length,
  };
}

/**
 * The reading page of one document as an mdast tree. Knows nothing about
 * parsing: it arranges the model. Every string of the policy goes into a
 * `text` node, so remark-stringify escapes `*`, `_`, `#`, `<` and the rest.
 */
export function documentToMdast(document: PolicyDocument, links: PageLinks = { reference: () => undefined }): Root {
  const sections: SectionNode[] = [];
  const collect = (nodes: StructureNode[]) => nodes.forEach((node) => node.kind === 'section' && (sections.push(node), collect(node.children)));
  collect(document.structure);
  const context: PageContext = {
    tasks: new Map(document.tasks.map((task) => [task.id, task])),
    anchors: new Map(sections.map((section) => [section.id, section.anchor])),
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
    u('yaml', stringifyYaml(frontMatter(document)).trimEnd()),
    u('heading', { depth: 1 as const }, [text(document.title)]),
    ...preamble,
    ...document.structure.flatMap((node) => sectionBlocks(node, 2, context)),
    ...(references.length > 0
      ? [u('heading', { depth: 2 as const }, [text('引用文件')]), u('list', { ordered: false, spread: false }, references)]
      : []),
  ]);
}
