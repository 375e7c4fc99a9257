// Failures travel as values (never exceptions) from the coercion of a cell up to the edge that
// shows them: a custom function turns them into an Excel error, the task pane into a message.
import type { Language } from './language/language';

/** The Excel error values this product can produce or pass on. */
export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A' | '#NULL!' | '#NAME?' | '#REF!' | '#CALC!';

/** Why an input or a result is not acceptable; each reason has a message in every language. */
export type Reason =
  | 'notANumber' // text, a boolean or an object where a number is needed
  | 'required' // a required argument is blank or missing
  | 'negative' // must be ≥ 0
  | 'notPositive' // must be > 0
  | 'notAShare' // must be between 0 and 1
  | 'notSingle' // a range where one value is needed
  | 'sizeMismatch' // two ranges that must line up do not
  | 'divisionByZero' // a divisor is zero
  | 'noClientTime' // an indirect share of 100% leaves nothing to divide by
  | 'excelError' // an Excel error value arrived as input
  | 'tooLarge' // the result does not fit in a number
  | 'hoursExceeded' // deductions exceed the contract hours
  | 'partExceedsWhole' // a part (indirect hours) exceeds its whole (total hours)
  | 'bandNotLeft' // the trend stays inside the band within the horizon
  | 'tooFewValues' // a trend needs at least two figures
  | 'boundsEqual' // a band whose low and high bound are the same has no width to divide by
  | 'notAWord' // a word parameter holds something that is none of its words
  | 'noVersion' // a list of versions (from dates) holds no date at all
  | 'beforeFirstVersion' // a date before every version's from date
  | 'endsBeforeStart'; // a period whose to date is before its from date

export interface ErrorDetail {
  /** The argument at fault, by its parameter id (English, as in the metadata). */
  argument?: string;
  /** A second argument involved (size mismatch, part/whole). */
  other?: string;
  /** 1-based position of the offending cell inside a range. */
  cell?: number;
  /** The offending text, shape or value, to quote back to the user. */
  got?: string;
  otherGot?: string;
  /** The words a word parameter takes, each as every language writes it (listed to the user). */
  words?: readonly Readonly<Record<Language, string>>[];
}

export class CaseloadError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly reason: Reason,
    readonly detail: ErrorDetail = {},
  ) {}
}

export type Result<T> = T | CaseloadError;

export const isError = (value: unknown): value is CaseloadError => value instanceof CaseloadError;

/** Divides, or reports which argument was zero. */
export function divide(numerator: number, denominator: number, argument: string): Result<number> {
  return denominator === 0 ? new CaseloadError('#DIV/0!', 'divisionByZero', { argument }) : numerator / denominator;
}
