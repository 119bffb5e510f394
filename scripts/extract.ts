/**
 * `npm run --silent extract -- <file>...` (.txt, .md, .html, .htm, .docx):
 * prints a JSON array of the document models on stdout; warnings and errors
 * go to stderr as `file:line: message`, where a line of a web page or Word
 * document also names its place in the original (`x.docx:57 (paragraph 14)`).
 */
import { NotAFileError } from './lib/read-regular-file.ts';
import { ParseError } from './parse/errors.ts';
import { loadPolicyDocument, locateLine } from './read-document.ts';
import type { PolicyDocument } from './model.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- <file.txt|.md|.html|.docx>...\n');
  process.exit(2);
}

const documents: PolicyDocument[] = [];
let failed = false;
for (const file of files) {
  try {
    const { document, source } = await loadPolicyDocument(file);
    for (const warning of document.warnings) process.stderr.write(`${warning.file ? `${warning.file}:${warning.line}` : locateLine(file, warning.line, source)}: warning: ${warning.message}\n`);
    documents.push(document);
  } catch (error) {
    failed = true;
    if (error instanceof ParseError || error instanceof NotAFileError) process.stderr.write(`${error.message}\n`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') process.stderr.write(`${file}:1: no such file\n`);
    else process.stderr.write(`${file}:1: ${(error as Error).message}\n`);
  }
}
process.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
