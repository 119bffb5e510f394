/**
 * `npm run --silent extract -- <file.txt>...`: prints a JSON array of the
 * document models on stdout; warnings and errors go to stderr as `file:line: message`.
 */
import { NotAFileError } from './lib/read-regular-file.ts';
import { ParseError } from './parse/errors.ts';
import { readPolicyDocument } from './read-document.ts';
import type { PolicyDocument } from './model.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- <file.txt>...\n');
  process.exit(2);
}

const documents: PolicyDocument[] = [];
let failed = false;
for (const file of files) {
  try {
    const document = readPolicyDocument(file);
    for (const warning of document.warnings) process.stderr.write(`${file}:${warning.line}: warning: ${warning.message}\n`);
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
