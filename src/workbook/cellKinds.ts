// What one plan field looks like in a cell, both ways. Writing is always the same (Dutch words,
// numbers as numbers, text as text); reading accepts what a person or an English Office may
// have put there instead, and says "unreadable" rather than guess.
import {
  DateProblem,
  dateText,
  ExcelErrorCode,
  isIsoDate,
  isoToSerial,
  readDate,
  serialToPlanDate,
  TEXT_LIMIT,
  weekMonday,
} from '../core';

/** An Excel error value in a cell (a formula's cached result, or what Excel shows). */
export interface CellError {
  error: ExcelErrorCode;
}
export type CellValue = string | number | boolean | null | CellError;

export const isCellError = (value: unknown): value is CellError =>
  typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';

export const isBlankCell = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * How a plan field sits in a cell. 'date' is a date kept as text (as typed: "2026-09-15");
 * 'day' a real date (Excel's serial number, so formulas compare it), blank for no limit; 'week'
 * the Monday of a week as a date, or a label kept as text where it is not a week; 'typedNumber'
 * a number that may be left blank (the figure then follows from elsewhere), 'typedMoney' such an
 * amount in euro.
 */
export type Kind =
  | 'text'
  | 'date'
  | 'day'
  | 'week'
  | 'number'
  | 'typedNumber'
  | 'typedMoney'
  | 'share'
  | 'money'
  | 'step'
  | 'activityStatus'
  | 'trend'
  | 'formulas'
  | 'count'
  | 'outcome'
  | 'divides'
  | 'normKind'
  | 'aspect';

/** Number formats in Excel's invariant (en-US) codes; "@" keeps typed text as text (no dates). */
export const FORMAT: Record<Kind, string> = {
  text: '@',
  date: '@',
  day: 'yyyy-mm-dd',
  week: 'yyyy-mm-dd',
  number: 'General',
  typedNumber: 'General',
  typedMoney: '#,##0',
  share: '0.0%',
  money: '#,##0',
  step: '0',
  activityStatus: '@',
  trend: '@',
  formulas: '@',
  count: '0',
  outcome: '@',
  divides: '@',
  normKind: '@',
  aspect: '@',
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
  // A blank cell is the add-in's own functions: a workbook saved before the setting existed.
  formulas: {
    caseload: ['CASELOAD-functies', 'CASELOAD functions', 'caseload', ''],
    standard: ['Standaard Excel-formules', 'Standard Excel formulas', 'standard'],
  },
  // The conversation side; a blank cell is a question not answered yet.
  outcome: {
    '': [''],
    factor: ['Meewegende factor ontbreekt', 'Missing weighing factor', 'factor'],
    category: ['Categorie ontbreekt', 'Missing category', 'category'],
    individual: ['Persoonlijke situatie', 'Individual situation', 'individual'],
    nothing: ['Niets aanpassen', 'Nothing to change', 'nothing'],
  },
  divides: {
    '': [''],
    teamLeader: ['De teamleider', 'The team leader', 'teamLeader'],
    team: ['Het team', 'The team', 'team'],
  },
  normKind: {
    '': [''],
    perPerson: ['Norm per persoon', 'A norm per person', 'perPerson'],
    together: ['Het team samen', 'The team together', 'together'],
  },
  aspect: {
    quantity: ['Kwantiteit', 'Quantity', 'quantity'],
    quality: ['Kwaliteit', 'Quality', 'quality'],
    productivity: ['Productiviteit', 'Productivity', 'productivity'],
    energy: ['Energieverspilling', 'Wasted energy', 'energy'],
    responsibility: ['Verantwoordelijkheid', 'Responsibility', 'responsibility'],
  },
};

/** The cell value to write for a plan value. */
export function toCell(kind: Kind, value: unknown): CellValue {
  const words = WORDS[kind];
  if (words) return words[String(value)]?.[0] ?? String(value);
  if ((kind === 'day' || kind === 'week') && typeof value === 'string' && isIsoDate(value)) return isoToSerial(value)!;
  if (typeof value === 'number') return value;
  return value === undefined || value === null ? '' : String(value);
}

/** The words a coded cell accepts, for a drop-down list in the cell. */
export const wordsOf = (kind: Kind): string[] | undefined => {
  const words = WORDS[kind];
  return words && Object.values(words).flatMap(list => (list[0] ? [list[0]] : []));
};

/** Marks a cell that cannot be read as its field: the row is reported, never guessed at. */
export const UNREADABLE = Symbol('unreadable');
export type Read = string | number | null | typeof UNREADABLE;

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
      // A number Excel made of a typed date is that date; any other number is kept as its digits.
      if (typeof raw === 'number') return dateText(raw);
      return isBlankCell(raw) ? '' : typeof raw === 'string' ? raw : UNREADABLE;
    case 'day': {
      if (typeof raw === 'number') return serialToPlanDate(raw) ?? UNREADABLE;
      if (isBlankCell(raw)) return '';
      // Text where Excel did not make a date of it (16-03-2026 in an English Excel): read as typed in the pane.
      const date = typeof raw === 'string' ? readDate(raw) : undefined;
      return date && 'iso' in date ? date.iso : UNREADABLE;
    }
    case 'week':
      // A date or a week label becomes its Monday; other text is kept as the label it is.
      if (typeof raw === 'number') return weekMonday(raw) ?? UNREADABLE;
      return typeof raw === 'string' && raw.trim() !== '' ? (weekMonday(raw) ?? raw.trim()) : UNREADABLE;
    case 'typedNumber':
    case 'typedMoney':
      return isBlankCell(raw) ? null : readNumber(raw);
    case 'step': {
      const n = typeof raw === 'string' ? Number(/\d+/.exec(raw)?.[0]) : raw;
      return typeof n === 'number' && Number.isInteger(n) ? n : UNREADABLE;
    }
    default:
      return readNumber(raw);
  }
}

/** What is wrong with a cell, where more can be said than that it does not fit its column. */
export type CellProblem =
  | { kind: 'tooLong'; length: number }
  /** A date (or a week) that cannot be read: the reason, and the cell as it shows. */
  | { kind: 'date'; problem: DateProblem; value: string };

/** Why a cell of the given kind cannot be read, when it is one of the reasons a user can act on. */
export function cellProblem(kind: Kind, raw: unknown): CellProblem | undefined {
  if (typeof raw === 'string' && raw.length > TEXT_LIMIT) return { kind: 'tooLong', length: raw.length };
  if (kind !== 'day' && kind !== 'week') return undefined;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return undefined;
    // A date Excel can show is one outside the plan's years; any other number is no date at all.
    const shown = dateText(raw);
    return { kind: 'date', problem: isIsoDate(shown) ? 'yearOutOfRange' : 'notADate', value: shown };
  }
  if (typeof raw !== 'string' || isBlankCell(raw)) return undefined;
  const date = readDate(raw);
  return 'problem' in date ? { kind: 'date', problem: date.problem, value: raw.trim() } : undefined;
}
