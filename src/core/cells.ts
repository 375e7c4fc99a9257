// The one place that turns what Excel can send into numbers (or, for a word parameter, one of its
// words): numbers, text, booleans, blanks (null, undefined or ""), Excel error values and 2-D
// ranges. Everything else in core sees clean values; every refusal names the argument and, inside
// a range, the cell.
import { BOUNDS, Check, violation } from './checks';
import { serialToIso } from './dates';
import type { Language } from './language/language';
import { CaseloadError, ExcelErrorCode, Result } from './result';

/**
 * A range flattened row by row. Blanks stay in place, as NaN (never a real value: coercion refuses
 * NaN), so rows keep lining up; a typed array keeps 100,000-row ranges unboxed and fast.
 */
export interface Cells {
  readonly values: Float64Array;
  /** "rows×columns", to show in messages. */
  readonly shape: string;
}

/**
 * The errors a custom function can give back as they came in. Excel takes #NAME?, #REF! and others
 * as input only, so those come back as #VALUE!, whose message names the error and the cell.
 */
const PASSED_ON = new Set<string>(['#VALUE!', '#NUM!', '#DIV/0!', '#N/A', '#NULL!']);

/** The Excel error code carried by an error value, if this is one, and the one a function gives back for it. */
function excelErrorCode(value: object): { got: string; code: ExcelErrorCode } | undefined {
  const code = (value as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('#')) return undefined;
  return { got: code, code: (PASSED_ON.has(code) ? code : '#VALUE!') as ExcelErrorCode };
}

const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** A cell that is not what the parameter takes, as a message quotes it back. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'range';
  if (typeof value === 'object' && value !== null) return 'object';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return quote(String(value));
}

export const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/** One cell's value as a number, null for a blank, or why it is not a number. */
export function toNumber(value: unknown, argument: string, cell?: number): Result<number | null> {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : new CaseloadError('#NUM!', 'tooLarge', { argument, cell });
  }
  if (isBlank(value)) return null;
  if (typeof value === 'object' && value !== null) {
    const error = excelErrorCode(value);
    if (error) return new CaseloadError(error.code, 'excelError', { argument, cell, got: error.got });
  }
  return new CaseloadError('#VALUE!', 'notANumber', { argument, cell, got: shown(value) });
}

/** The one cell of a single value: a 1×1 range is unwrapped, an empty one is a blank, a larger one refused. */
function oneCell(value: unknown, argument: string): Result<unknown> {
  if (!Array.isArray(value)) return value;
  const rows = value.length;
  const cols = rows > 0 && Array.isArray(value[0]) ? value[0].length : 1;
  if (rows === 0 || (rows === 1 && cols === 0)) return null;
  if (rows > 1 || cols > 1) return new CaseloadError('#VALUE!', 'notSingle', { argument, got: `${rows}×${cols}` });
  return Array.isArray(value[0]) ? value[0][0] : value[0];
}

/** A single value: a 1×1 range is unwrapped, a larger one refused. */
export function toSingle(value: unknown, argument: string): Result<number | null> {
  const cell = oneCell(value, argument);
  return cell instanceof CaseloadError ? cell : toNumber(cell, argument);
}

/**
 * The words a word parameter takes, by id (the English word), each with how every language
 * writes it: `{ above: { en: 'above', nl: 'boven' }, ... }`.
 */
export type WordChoices<W extends string> = Readonly<Record<W, Readonly<Record<Language, string>>>>;

/**
 * A single word: the id of the word typed, in any language and any case (spaces around it
 * ignored), null for a blank, or why it is none of the words. Text only: a number, a boolean or
 * an object is refused with the words listed; an Excel error value is passed on with its code.
 */
export function toWord<W extends string>(value: unknown, argument: string, words: WordChoices<W>): Result<W | null> {
  const cell = oneCell(value, argument);
  if (cell instanceof CaseloadError) return cell;
  if (isBlank(cell)) return null;
  if (typeof cell === 'string') {
    const typed = cell.trim().toLowerCase();
    const ids = Object.keys(words) as W[];
    const id = ids.find(w => Object.values<string>(words[w]).some(spelling => spelling.toLowerCase() === typed));
    if (id !== undefined) return id;
  } else if (typeof cell === 'object' && cell !== null) {
    const error = excelErrorCode(cell);
    if (error) return new CaseloadError(error.code, 'excelError', { argument, got: error.got });
  }
  return new CaseloadError('#VALUE!', 'notAWord', { argument, got: shown(cell), words: Object.values(words) });
}

/**
 * A range (or a single value, read as a 1×1 range) as cells in row order, each non-blank cell
 * held to `check`. One pass with a fast path for plain numbers: ranges of 100,000 rows are common.
 */
export function toCells(value: unknown, argument: string, check: Check = 'number'): Result<Cells> {
  const rows: readonly unknown[] = Array.isArray(value) ? value : [[value]];
  const [low, high] = BOUNDS[check];
  // Excel sends rectangles: size the array from the first row, and re-size only for a ragged one.
  const first = rows.length === 0 ? 0 : Array.isArray(rows[0]) ? (rows[0] as readonly unknown[]).length : 1;
  let values = new Float64Array(rows.length * first);
  let cols = first;
  let i = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? (rows[r] as readonly unknown[]) : [rows[r]];
    if (row.length !== first) {
      cols = Math.max(cols, row.length);
      const grown = new Float64Array(values.length - first + row.length);
      grown.set(values.subarray(0, i));
      values = grown;
    }
    for (let c = 0; c < row.length; c++, i++) {
      const cell = row[c];
      if (typeof cell === 'number' && cell >= low && cell <= high) {
        values[i] = cell; // the common case: a number inside the allowed bounds
        continue;
      }
      const n = toNumber(cell, argument, i + 1);
      if (n instanceof CaseloadError) return n;
      const problem = n === null ? undefined : violation(n, check, argument, i + 1);
      if (problem) return problem;
      values[i] = n ?? BLANK;
    }
  }
  return { values, shape: `${rows.length}×${cols}` };
}

/** A blank, or a number sumProductOfRanges may take as it is. */
const blankOrWithin = (value: unknown, low: number, high: number) =>
  typeof value === 'number' ? value >= low && value <= high : isBlank(value);

/**
 * Σ a×b straight from two ranges as Excel sends them, in one pass over the rows: no Cells in
 * between (two 100,000-cell typed arrays and a pass over each) and no call per cell. Only for
 * the plain case: both ranges arrays of rows of the same shape, and every cell a number within
 * its check's bounds or a blank. Anything else gives undefined, and the caller takes toCells on
 * each range, which finds the cell at fault and names it; so this never refuses anything itself.
 * The products are added in row order, a pair with a blank adding nothing, just as sumProduct
 * does on the same cells: the total is the same to the last bit.
 */
export function sumProductOfRanges(a: unknown, b: unknown, checkA: Check, checkB: Check): number | undefined {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return undefined;
  // Read by index, not destructured: with destructured bounds V8 ran the loop measurably slower.
  const lowA = BOUNDS[checkA][0];
  const highA = BOUNDS[checkA][1];
  const lowB = BOUNDS[checkB][0];
  const highB = BOUNDS[checkB][1];
  let total = 0;
  for (let r = 0; r < a.length; r++) {
    const rowA: unknown = a[r];
    const rowB: unknown = b[r];
    if (!Array.isArray(rowA) || !Array.isArray(rowB) || rowA.length !== rowB.length) return undefined;
    for (let c = 0; c < rowA.length; c++) {
      const x: unknown = rowA[c];
      const y: unknown = rowB[c];
      if (typeof x === 'number' && typeof y === 'number') {
        // The bounds are finite, so these comparisons also turn away NaN and ±Infinity.
        if (!(x >= lowA && x <= highA && y >= lowB && y <= highB)) return undefined;
        total += x * y;
      } else if (!blankOrWithin(x, lowA, highA) || !blankOrWithin(y, lowB, highB)) {
        return undefined;
      }
    }
  }
  return total;
}

/** A range that was left out: no cells. */
export const NO_CELLS: Cells = { values: new Float64Array(0), shape: '0×0' };

/** Cell i of a range that lines up with another, or a blank where it was left out (has no cells). */
export const cellAt = (cells: Cells, i: number): number => (i < cells.values.length ? cells.values[i] : BLANK);

/**
 * The serials that are Excel's dates counted as days since 1899-12-30: from 1900-03-01 (before it,
 * Excel counts a 29 February 1900 that never was) to 9999-12-31.
 */
const FIRST_DATE = 61;
const LAST_DATE = 2958465;

/** An Excel date serial as a message shows it: 2025-12-08 for a whole day Excel can show, else the number. */
export function dateText(serial: number): string {
  if (!Number.isInteger(serial) || serial < FIRST_DATE || serial > LAST_DATE) return String(serial);
  return serialToIso(serial);
}

/** Cells from plain numbers, for callers (the task pane, tests) that have no ranges. */
export const cellsOf = (values: readonly (number | null)[]): Cells => ({
  values: Float64Array.from(values, v => v ?? BLANK),
  shape: `${values.length}×1`,
});

/** How a blank cell is held inside Cells. */
export const BLANK = NaN;

/** True for a blank cell of Cells (NaN is the only value not equal to itself). */
export const isBlankCell = (value: number) => value !== value;
