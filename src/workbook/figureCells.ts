// A figure core computed, as the cell that caches it: the number, or the error Excel would show.
import { Band, BandStatus, isError, Result, statusWord } from '../core';
import type { CellValue } from './cellKinds';

export const figureCell = (value: Result<number>): CellValue => (isError(value) ? { error: value.code } : value);

/** A band's two ends as two cells. */
export const bandCells = (value: Result<Band>): CellValue[] =>
  isError(value) ? [{ error: value.code }, { error: value.code }] : [value.low, value.high];

/** One end of a band. */
export const boundOf = (value: Result<Band>, end: 'low' | 'high'): Result<number> =>
  isError(value) ? value : value[end];

/** BANDWIDTH_STATUS's words as the sheets are written (Dutch). */
export const STATUS_WORDS = {
  below: statusWord('below', 'nl'),
  within: statusWord('within', 'nl'),
  above: statusWord('above', 'nl'),
};

/** BANDWIDTH_STATUS's word as Dutch Excel shows it. */
export const statusCell = (status: Result<BandStatus>): CellValue =>
  isError(status) ? { error: status.code } : statusWord(status, 'nl');
