/** An input the parser cannot model, located at a line of a file. */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ParseError';
    this.file = file;
    this.line = line;
  }
}
