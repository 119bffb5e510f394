/**
 * The typed model of one policy document. `parse()` produces it; everything
 * downstream (Markdown, open data, the site) reads only this.
 */

export type Script = 'zh-Hans' | 'zh-Hant';

/** Inclusive 1-based line range in the source file. */
export interface LineRange {
  start: number;
  end: number;
}

/** How a number was written: the style decides nesting and the anchor prefix. */
export type NumberStyle =
  | 'chapter' // 第一章
  | 'article' // 第一条
  | 'cjk' // 一、
  | 'cjk-paren' // （一）
  | 'arabic' // 1. / 1、 / 1．
  | 'arabic-paren' // （1）
  | 'circled' // ①
  | 'paragraph' // an unnumbered 职责分工 paragraph, numbered ¶1, ¶2 in the order printed
  | 'row'; // 序号 column of a table

export interface NumberToken {
  style: NumberStyle;
  value: number;
  /** The marker exactly as written, e.g. `（十六）`, `36.`, `1、`. */
  marker: string;
  /** Canonical label used in ids: `十六`→`(十六)`, `36`, `一`. */
  label: string;
}

export interface Agency {
  /** As written, stray spaces removed, a shared prefix distributed. */
  name: string;
  /** The text this name came from, when it differs (`商务和工信局` for `市商务和工信局`). */
  written?: string;
  /** Registry id; filled in by agency resolution, never by the parser. */
  id?: string;
  /** A group of agencies (各地区, 国务院相关部门), not one agency. */
  group?: true;
}

export type DeadlineKind = 'dated' | 'ongoing' | 'recurring' | 'phased';

export interface Deadline {
  /** The deadline words as written. */
  raw: string;
  kind: DeadlineKind;
  /** When it is due: ISO `2020`, `2020-12` or `2020-12-31`. */
  due?: string;
  /** When it starts, same forms. */
  start?: string;
  /** `2016年已完成`: the document reports the work done. */
  done?: true;
}

export type Comparator =
  | '超过'
  | '达到'
  | '不低于'
  | '不少于'
  | '以上'
  | '以下'
  | '以内'
  | '突破'
  | '左右'
  | '年均增长'
  | '增长'
  | '提高到'
  | '前'
  | '约'
  | '=';

export interface Target {
  /** The phrase as written, e.g. `高新技术企业数量超过50家`. */
  phrase: string;
  /** What is measured, as written before the figure (may be empty). */
  metric: string;
  value: number;
  /** Upper bound of a range such as `2—3个`. */
  valueMax?: number;
  unit: string;
  comparator: Comparator;
  year?: number;
  /** Task id, when the target is stated inside a task. */
  taskId?: string;
  /** Structure node id of the enclosing section or item. */
  nodeId?: string;
  line: number;
}

/** Where an assignment is written: a parenthetical, label lines, table cells, or the clause's own subject (`市财政局负责…`). */
export type AssignmentForm = 'paren' | 'lines' | 'table' | 'clause';

export interface Assignment {
  /** Source text of the assignment, verbatim (parenthetical, label lines or table cells). */
  raw: string;
  form: AssignmentForm;
  lead: Agency[];
  participants: Agency[];
  responsible: Agency[];
  /** 指导部门: agencies that guide rather than do the work. */
  guidance: Agency[];
  deadline?: Deadline;
  lines: LineRange;
}

export interface Paragraph {
  text: string;
  lines: LineRange;
}

export type PreambleRole =
  | 'red-header'
  | 'metadata'
  | 'doc-number'
  | 'title'
  | 'addressee'
  | 'signature'
  | 'date'
  | 'text';

export interface PreambleParagraph extends Paragraph {
  role: PreambleRole;
}

export interface SectionNode {
  kind: 'section';
  /** The document's own number path, e.g. `27`, `三.(一).1`. */
  id: string;
  anchor: string;
  number: NumberToken;
  /** Text on the numbered line after the marker (heading, clause, or both). */
  text: string;
  /** Unnumbered paragraphs that follow before the next numbered line. */
  paragraphs: Paragraph[];
  assignment?: Assignment;
  children: StructureNode[];
  lines: LineRange;
  /** Set when this node is a task. */
  taskId?: string;
}

export interface TableCell {
  header: string;
  text: string;
}

export interface TableRowNode {
  kind: 'row';
  id: string;
  anchor: string;
  number: NumberToken;
  /** The task text cell (重点任务 / 工作任务 …), page-break pieces joined. */
  text: string;
  /** Every cell other than the number and the task text, as written. */
  cells: TableCell[];
  assignment?: Assignment;
  /** Id of the body section whose sentences this row restates. */
  restates?: string;
  lines: LineRange;
  taskId: string;
}

/** A row of a web table that heads the rows below it (`| 一、共筑美丽蓝天 |`). */
export interface TableHeading extends Paragraph {
  /** Index of the first row it heads. */
  beforeRow: number;
}

export interface TableNode {
  kind: 'table';
  id: string;
  anchor: string;
  caption?: Paragraph;
  header: string[];
  rows: TableRowNode[];
  headings?: TableHeading[];
  /** Unnumbered paragraphs after the table (notes such as `注：…`). */
  notes?: Paragraph[];
  lines: LineRange;
}

export type StructureNode = SectionNode | TableNode;

/** The roles a task gives agencies, in the order a reader meets them. */
export const TASK_ROLES = ['lead', 'participants', 'responsible', 'guidance'] as const;

export interface Task {
  id: string;
  anchor: string;
  /** `clause` for a numbered item of the body, `row` for a table row. */
  kind: 'clause' | 'row';
  /** Full text of the clause, without its assignment. */
  text: string;
  lead: Agency[];
  participants: Agency[];
  responsible: Agency[];
  guidance: Agency[];
  deadline?: Deadline;
  targets: Target[];
  /** Id of the section that contains the task (or that a row restates). */
  sectionId?: string;
  sourceLines: LineRange;
}

export interface Reference {
  docNumber?: string;
  title?: string;
  line: number;
}

export interface MetadataCell {
  label: string;
  value: string;
  line: number;
}

export interface MetadataTable {
  cells: MetadataCell[];
  /** False when a cell holds a value of the wrong kind (the table is shifted). */
  consistent: boolean;
  problems: string[];
  lines: LineRange;
}

export type RemovalReason =
  | 'site-chrome'
  | 'stray-delimiter'
  | 'repeated-title'
  | 'repeated-table-header'
  | 'page-break-duplicate'
  | 'page-furniture'
  | 'markdown-syntax';

export interface Removed {
  line: number;
  /** 1-based column (in UTF-16 code units) where the removed text starts. */
  column: number;
  text: string;
  reason: RemovalReason;
}

export interface Diagnostic {
  line: number;
  message: string;
  /** The file the line is in when it is not the document's own text: its sidecar. */
  file?: string;
}

export interface PolicyDocument {
  slug: string;
  title: string;
  /** The text names no title and no sidecar gives one: the title is the file's name, shown as supplied. */
  titleFromFileName?: true;
  /** The title of the plan or division of work the notice issues, if any. */
  shortTitle?: string;
  docNumber?: string;
  issuer?: string;
  signedDate?: string;
  publishedDate?: string;
  /** Year of the document, from a date or, failing that, the sidecar. */
  year?: number;
  script: Script;
  sourceFile: string;
  /** The official address of the document (sidecar `sourceUrl`). */
  sourceUrl?: string;
  /** Where this copy comes from, when it is not the official one (sidecar `sourceNote`). */
  sourceNote?: string;
  /**
   * Registry id of the jurisdiction whose agencies the document names: a
   * sidecar's, else decided by agency resolution (`unknown` when nothing tells).
   */
  jurisdiction?: string;
  /** The bodies of `issuer`, one per name, with registry ids; filled in by agency resolution. */
  issuers?: Agency[];
  metadataTable?: MetadataTable;
  preamble: PreambleParagraph[];
  structure: StructureNode[];
  tasks: Task[];
  targets: Target[];
  references: Reference[];
  removed: Removed[];
  /** `first-listed` when the document says the first agency listed leads. */
  leadRule?: 'first-listed';
  warnings: Diagnostic[];
}
