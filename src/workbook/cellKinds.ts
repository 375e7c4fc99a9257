// What one plan field looks like in a cell, both ways. Writing is always the same (Dutch words,
// numbers as numbers, text as text); reading accepts what a person or an English Office may
// have put there instead, and says "unreadable" rather than guess.
import { ExcelErrorCode } from '../core';

/** An Excel error value in a cell (a formula's cached result, or what Excel shows). */
export interface CellError {
  error: ExcelErrorCode;
}
export type CellValue = string | number | boolean | null | CellError;

export const isCellError = (value: unknown): value is CellError =>
  typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';

export const isBlankCell = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

export type Kind = 'text' | 'date' | 'number' | 'share' | 'money' | 'step' | 'activityStatus' | 'trend';

/** Number formats in Excel's invariant (en-US) codes; "@" keeps typed text as text (no dates). */
export const FORMAT: Record<Kind, string> = {
  text: '@',
  date: '@',
  number: 'General',
  share: '0.0%',
  money: '#,##0',
  step: '0',
  activityStatus: '@',
  trend: '@',
};

/**
 * The words for the values that are codes in the plan. They are part of the file format, not of
 * the pane's wording: the first word is written, every word is read (any case), so a workbook
 * typed in English or by an older version still reads back.
 */
const WORDS: Partial<Record<Kind, Record<string, readonly string[]>>> = {
  activityStatus: {
    todo: ['Niet gestart', 'Not started', 'Nog niet gestart', 'todo'],
    busy: ['Bezig', 'Busy', 'In progress', 'busy'],
    done: ['Gereed', 'Done', 'Klaar', 'done'],
  },
  trend: {
    rising: ['Stijgend', 'Rising', 'rising'],
    stable: ['Gelijk', 'Stable', 'Stabiel', 'stable'],
    falling: ['Dalend', 'Falling', 'falling'],
  },
};

/** The cell value to write for a plan value. */
export function toCell(kind: Kind, value: unknown): CellValue {
  const words = WORDS[kind];
  if (words) return words[String(value)]?.[0] ?? String(value);
  if (typeof value === 'number') return value;
  return value === undefined || value === null ? '' : String(value);
}

/** The words a coded cell accepts, for a drop-down list in the cell. */
export const wordsOf = (kind: Kind): string[] | undefined => {
  const words = WORDS[kind];
  return words && Object.values(words).map(list => list[0]);
};

/** Marks a cell that cannot be read as its field: the row is reported, never guessed at. */
export const UNREADABLE = Symbol('unreadable');
export type Read = string | number | typeof UNREADABLE;

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date Excel stores as a serial number, as the ISO text the plan keeps. */
const serialToIso = (serial: number): string =>
  new Date(EXCEL_EPOCH + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);

/**
 * A number from a cell. Strict (the add-in's own tables): only a real number. Lenient (the user's
 * own sources): also numeric text as CSV imports leave it, "12", "12.5", "12,5" or "20%".
 */
export function readNumber(raw: unknown, lenient = false): number | typeof UNREADABLE {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : UNREADABLE;
  if (!lenient || typeof raw !== 'string') return UNREADABLE;
  const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(raw);
  if (!match) return UNREADABLE;
  const n = Number(match[1].replace(',', '.'));
  return match[2] ? n / 100 : n;
}

/** A cell read as a field of the given kind. */
export function fromCell(kind: Kind, raw: unknown): Read {
  if (isCellError(raw)) return UNREADABLE;
  const words = WORDS[kind];
  if (words) {
    const text = String(raw ?? '')
      .trim()
      .toLowerCase();
    const code = Object.keys(words).find(key => words[key].some(word => word.toLowerCase() === text));
    return code ?? UNREADABLE;
  }
  switch (kind) {
    case 'text':
      return isBlankCell(raw) ? '' : typeof raw === 'object' ? UNREADABLE : String(raw);
    case 'date':
      if (typeof raw === 'number') return serialToIso(raw);
      return isBlankCell(raw) ? '' : typeof raw === 'string' ? raw : UNREADABLE;
    case 'step': {
      const n = typeof raw === 'string' ? Number(/\d+/.exec(raw)?.[0]) : raw;
      return typeof n === 'number' && Number.isInteger(n) ? n : UNREADABLE;
    }
    default:
      return readNumber(raw);
  }
}
