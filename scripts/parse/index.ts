import { LEAD_RULE } from './assignment-text.ts';
import type { Deadline, Paragraph, PolicyDocument, Reference, Script, StructureNode, Task } from '../model.ts';
import { parseDeadline } from './deadline.ts';
import { readDate } from './dates.ts';
import { docNumberYear, issuerOfDocNumber } from './issuer-codes.ts';
import type { LeadRule } from './assignment-text.ts';
import { isBreadcrumb, stripBoilerplate } from './boilerplate.ts';
import { stripSpaces } from './text.ts';
import { blankMarkdownSyntax } from './markdown-syntax.ts';
import { readFrontMatter } from './front-matter.ts';
import { readInterpretedTitle } from './interpretation-link.ts';
import { readPrintingOffice } from './signature.ts';
import { numberAgencyParagraphs } from './agency-paragraphs.ts';
import { assignIdentifiers } from './identifiers.ts';
import { stripPageFurniture, yamlFrontMatterEnd } from './page-furniture.ts';
import { scanMetadataTable, tableFacts } from './metadata-table.ts';
import { findReferences } from './references.ts';
import { linkRestatements } from './restatement.ts';
import { emptyFindings, isBlank, removedText, toSourceLines } from './source-lines.ts';
import { scanBody } from './structure.ts';
import { collectTasks, readAssignments, rowsOf, sectionsOf } from './tasks.ts';
import { ParseError } from './errors.ts';

/** Facts a curated sidecar file supplies where the text lacks or garbles them. */
export type Sidecar = Partial<
  Pick<PolicyDocument, 'slug' | 'title' | 'shortTitle' | 'docNumber' | 'issuer' | 'signedDate' | 'publishedDate' | 'year' | 'sourceFile' | 'sourceUrl' | 'sourceNote' | 'jurisdiction'>
>;

export interface ParseOptions {
  /** Path of the file, used in messages and to derive the slug. */
  file: string;
  /** Stable ASCII slug (derived from the file name by the caller). */
  slug: string;
  script: Script;
  sidecar?: Sidecar;
}

function referencesOf(document: Pick<PolicyDocument, 'preamble' | 'structure' | 'docNumber' | 'title' | 'shortTitle'>): Reference[] {
  const pieces = [
    ...document.preamble.map((paragraph) => ({ text: paragraph.text, line: paragraph.lines.start })),
    ...sectionsOf(document.structure).flatMap(({ node }) => [
      { text: node.text, line: node.lines.start },
      ...node.paragraphs.map((paragraph) => ({ text: paragraph.text, line: paragraph.lines.start })),
    ]),
    ...rowsOf(document.structure).map((row) => ({ text: row.text, line: row.lines.start })),
  ];
  // `（以下简称《意见》）` defines an abbreviation; later 《意见》 repeat a citation already made.
  const abbreviations = new Set(
    pieces.flatMap(({ text }) => [...text.matchAll(/(?:简称|簡稱)《([^》]+)》/g)].map((match) => match[1]!)),
  );
  // One reference per cited document: a 文号 given anywhere completes a bare title given elsewhere.
  const byKey = new Map<string, Reference>();
  for (const { text, line } of pieces) {
    for (const reference of findReferences(text, line)) {
      if (reference.docNumber && reference.docNumber === document.docNumber) continue;
      if (reference.title && abbreviations.has(reference.title)) continue;
      // The notice names the plan it issues: that is this document, not a citation.
      if (!reference.docNumber && reference.title && (reference.title === document.shortTitle || document.title.includes(`《${reference.title}》`))) continue;
      const key = reference.title ?? reference.docNumber!;
      const known = byKey.get(key);
      if (!known) byKey.set(key, reference);
      else if (!known.docNumber && reference.docNumber) known.docNumber = reference.docNumber;
    }
  }
  return [...byKey.values()];
}

/** How many last lines of a text may hold its 版记. */
const FOOT_LINES = 20;

/** Every paragraph of the body in document order: where a plan without a covering notice, or a notice that numbers its own work, is signed. */
function bodyParagraphs(structure: StructureNode[]): Paragraph[] {
  return sectionsOf(structure).flatMap(({ node }) => node.paragraphs);
}

/** `seeds/会议纪要 2024.txt` → `会议纪要 2024`. */
function titleOfFileName(file: string): string {
  return file.split(/[\\/]/).at(-1)!.replace(/\.[^.]+$/, '').trim() || file;
}

/** The year deadlines without one take: the signature's, else the 文号's, else the title's. */
function documentYear(signedDate: string | undefined, docNumber: string | undefined, title: string, publishedDate: string | undefined): number | undefined {
  const year = signedDate?.slice(0, 4) ?? (docNumber ? docNumberYear(docNumber) : undefined) ?? /((?:19|20)\d{2})年/.exec(title)?.[1] ?? publishedDate?.slice(0, 4);
  return year ? Number(year) : undefined;
}

/** Deadlines that name only a month (`5月底前`) take the document's year, known only once the whole text is read. */
function dateDeadlines(structure: StructureNode[], tasks: Task[], year: number): void {
  const redate = (deadline: Deadline | undefined) => (deadline ? parseDeadline(deadline.raw, year) ?? deadline : undefined);
  for (const node of [...sectionsOf(structure).map(({ node }) => node), ...rowsOf(structure)]) {
    if (node.assignment?.deadline) node.assignment.deadline = redate(node.assignment.deadline);
  }
  for (const task of tasks) {
    if (task.deadline) task.deadline = redate(task.deadline);
  }
}

/**
 * Turns the text of one policy document into its model. Pure: no I/O, no
 * Markdown. Throws ParseError (with a line) only when there is no document to
 * model; anything recoverable becomes a warning in the model.
 */
export function parse(text: string, options: ParseOptions): PolicyDocument {
  const normalized = text.replace(/^\uFEFF/, '');
  const allLines = toSourceLines(normalized);
  if (allLines.every((source) => isBlank(source.text))) {
    throw new ParseError(options.file, 1, 'empty document; expected the text of a policy');
  }
  const findings = emptyFindings();
  const leadRule: LeadRule = LEAD_RULE.test(normalized.replace(/\s/g, '')) ? 'first-listed' : undefined;
  const metadata = scanMetadataTable(allLines);
  if (metadata.table && !metadata.table.consistent) {
    findings.warnings.push({
      line: metadata.table.lines.start,
      message: `metadata table fails its consistency check and is not used (${metadata.table.problems.join('; ')})`,
    });
  }
  // The page frame goes first: a page number `- 2 -` would read as a Markdown list item.
  const yamlEnd = yamlFrontMatterEnd(metadata.rest);
  const bodyLines = stripBoilerplate(blankMarkdownSyntax(stripPageFurniture(metadata.rest, findings, yamlEnd), findings), findings);
  const scan = scanBody(bodyLines, leadRule, findings);
  const removedBeforeFrontMatter = removedText(findings);
  const headingLines = new Set(removedBeforeFrontMatter.filter((removed) => removed.reason === 'markdown-syntax' && /^#+$/.test(removed.text)).map((removed) => removed.line));
  const { preamble, facts, warnings: frontWarnings } = readFrontMatter(
    scan.preamble,
    bodyParagraphs(scan.structure),
    headingLines,
    yamlEnd,
    // Read from every line: a page's link lists are site chrome, set aside before the text is read.
    readInterpretedTitle(allLines),
    removedBeforeFrontMatter.find((removed) => removed.reason === 'site-chrome' && isBreadcrumb(stripSpaces(removed.text)))?.line,
  );
  findings.warnings.push(...frontWarnings);
  numberAgencyParagraphs(scan.structure);
  readAssignments(scan.structure, leadRule, findings);
  assignIdentifiers(scan.structure, findings);
  linkRestatements(
    rowsOf(scan.structure),
    sectionsOf(scan.structure).map(({ node }) => node),
  );
  const { tasks, targets } = collectTasks(scan.structure, findings);
  if (scan.structure.length === 0) {
    findings.warnings.push({ line: 1, message: 'no numbered sections found; the document is read as one plain section' });
  }

  const fromTable = tableFacts(metadata.table);
  const sidecar = options.sidecar ?? {};
  // Precedence: sidecar > what the body says > a metadata table that passed its check.
  const foundTitle = sidecar.title ?? facts.title ?? fromTable.title ?? facts.listedTitle ?? facts.shortTitle;
  // A bare page of notes has no title; refusing it helps no one, so its file's name stands in, marked as such.
  const title = foundTitle ?? titleOfFileName(options.file);
  if (!foundTitle) {
    findings.warnings.push({ line: 1, message: `no title found in the text; the file name "${title}" stands in as the title (a sidecar's \`title:\` gives the real one)` });
  }
  // A signature date without its year takes the 文号's year (`9月9日` under 吉能储能〔2024〕232号).
  const docYear = facts.docNumber ? docNumberYear(facts.docNumber) : undefined;
  const signedDate = sidecar.signedDate ?? facts.signedDate ?? fromTable.signedDate ??
    (facts.signedMonthDay && docYear ? readDate(`${docYear}-${facts.signedMonthDay}`)?.iso : undefined);
  const publishedDate = sidecar.publishedDate ?? fromTable.publishedDate ?? facts.publishedDate;
  const docNumber = sidecar.docNumber ?? facts.docNumber ?? fromTable.docNumber;
  // The page's 信息来源 comes last: it names where the copy came from, which is the issuer only when nothing in the text says otherwise.
  const issuer = sidecar.issuer ?? facts.issuer ?? fromTable.issuer ?? (docNumber ? issuerOfDocNumber(docNumber) : undefined) ??
    readPrintingOffice(allLines.slice(-FOOT_LINES).map((source) => source.text)) ?? facts.sourceBody;
  const year = sidecar.year ?? documentYear(signedDate, docNumber, title, publishedDate);
  if (year !== undefined) dateDeadlines(scan.structure, tasks, year);
  const shortTitle = sidecar.shortTitle ?? (facts.shortTitle !== title ? facts.shortTitle : undefined);

  const document: PolicyDocument = {
    slug: sidecar.slug ?? options.slug,
    title,
    ...(foundTitle ? {} : { titleFromFileName: true as const }),
    ...(shortTitle ? { shortTitle } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...(issuer ? { issuer } : {}),
    ...(signedDate ? { signedDate } : {}),
    ...(publishedDate ? { publishedDate } : {}),
    ...(year ? { year } : {}),
    script: options.script,
    sourceFile: sidecar.sourceFile ?? options.file.split('/').at(-1)!,
    ...(sidecar.sourceUrl ? { sourceUrl: sidecar.sourceUrl } : {}),
    ...(sidecar.sourceNote ? { sourceNote: sidecar.sourceNote } : {}),
    ...(sidecar.jurisdiction ? { jurisdiction: sidecar.jurisdiction } : {}),
    ...(metadata.table ? { metadataTable: metadata.table } : {}),
    preamble,
    structure: scan.structure,
    tasks,
    targets,
    references: [],
    removed: removedText(findings).sort((a, b) => a.line - b.line || a.column - b.column),
    ...(leadRule ? { leadRule } : {}),
    warnings: findings.warnings.sort((a, b) => a.line - b.line),
  };
  document.references = referencesOf(document);
  return document;
}
