// docs/bad-input.md's tables as rows of cells, for the tests that check every row: the table under
// a heading ("## In the pane's number fields"), whose header must be the columns given.
import fs from 'fs';
import path from 'path';

const DOC = path.resolve(__dirname, '../../docs/bad-input.md');

export function docTable(heading: string, columns: readonly string[]): string[][] {
  const lines = fs.readFileSync(DOC, 'utf8').split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`docs/bad-input.md has no "${heading}" heading`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const table = lines.slice(start, end < 0 ? undefined : end).filter(line => line.startsWith('|'));
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split('|')
      .map(cell => cell.trim());
  expect(cells(table[0])).toEqual(columns);
  return table.slice(2).map(cells);
}

/** The text between the first pair of backticks in a cell ("" for ``). */
export const code = (cell: string): string => /`([^`]*)`/.exec(cell)?.[1] ?? '';
