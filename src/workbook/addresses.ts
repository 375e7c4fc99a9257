// A1 addresses as plain numbers and back. Rows and columns are 0-based inside the code and only
// become letters at the edge, so the layout can do arithmetic on table sizes.

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells, bounds included. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export const cellAddress = ({ row, col }: CellRef): string => `${columnLetters(col)}${row + 1}`;

export function parseCell(address: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
}

/** "B3:D9" or "B3"; a sheet name in front ("'VC Situatie'!B3:D9") is ignored. */
export function parseArea(address: string): Area {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to = from] = local.split(':');
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export const areaAddress = (area: Area): string =>
  area.top === area.bottom && area.left === area.right
    ? cellAddress({ row: area.top, col: area.left })
    : `${cellAddress({ row: area.top, col: area.left })}:${cellAddress({ row: area.bottom, col: area.right })}`;

/** The area of a block of `rows` × `cols` cells whose top-left cell is `at`. */
export const blockArea = (at: CellRef, rows: number, cols: number): Area => ({
  top: at.row,
  left: at.col,
  bottom: at.row + rows - 1,
  right: at.col + cols - 1,
});

/** A sheet name as a formula needs it: always quoted, quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The sheet part of "'My sheet'!A1:B2" (or of "Sheet1!A1"), if any. */
export function sheetOf(address: string): string | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheet = address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * A grid of values from A1, from a block that starts elsewhere (Excel's used range): the cells
 * before the block are blank, so a cell's position in the grid is its address.
 */
export function gridFromA1(address: string | undefined, values: readonly (readonly unknown[])[]): unknown[][] {
  if (!address || values.length === 0) return [];
  const { top, left } = parseArea(address);
  const grid: unknown[][] = Array.from({ length: top }, () => []);
  for (const row of values) grid.push([...Array<unknown>(left).fill(null), ...row]);
  return grid;
}
