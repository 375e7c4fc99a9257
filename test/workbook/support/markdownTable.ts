// The table under a heading of a Markdown document (docs/bad-input.md), as rows of cells, so a
// test can run what each row says.
import fs from 'fs';
import path from 'path';

export const BAD_INPUT_DOC = path.resolve(__dirname, '../../../docs/bad-input.md');

/** The body rows of the first table under `heading`, whose header must be `header`. */
export function tableUnder(markdown: string, heading: string, header: string[]): string[][] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex(line => line.trim() === heading);
  if (start < 0) throw new Error(`No "${heading}" heading`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  const table = lines.slice(start + 1, end < 0 ? undefined : end).filter(line => line.trim().startsWith('|'));
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(cell => cell.trim());
  const [head, separator, ...body] = table;
  expect(cells(head)).toEqual(header);
  expect(cells(separator).every(cell => /^:?-+:?$/.test(cell))).toBe(true);
  return body.map(cells);
}

export const badInputTable = (heading: string, header: string[]) =>
  tableUnder(fs.readFileSync(BAD_INPUT_DOC, 'utf8'), heading, header);

/** The `quoted` parts of a cell. */
export const quoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map(m => m[1]);
