// The allowed values of a parameter, checked the same way for a single value and for every
// cell of a range.
import { CaseloadError } from './result';

/** Allowed values: any number, ≥ 0 (hours, FTE, counts, money), > 0, or a share 0..1. */
export type Check = 'number' | 'nonNegative' | 'positive' | 'share';

/**
 * Why a number is not allowed by a check, if it is not: #NUM!, as Excel's own functions answer a
 * number outside what they take (SQRT(-1)). Excel shows no message with #NUM!; the message still
 * goes with it, for the pane and for any Excel that shows one.
 */
export function violation(value: number, check: Check, argument: string, cell?: number): CaseloadError | undefined {
  if (check === 'nonNegative' && value < 0) return new CaseloadError('#NUM!', 'negative', { argument, cell });
  if (check === 'positive' && value <= 0) return new CaseloadError('#NUM!', 'notPositive', { argument, cell });
  if (check === 'share' && (value < 0 || value > 1)) return new CaseloadError('#NUM!', 'notAShare', { argument, cell });
  return undefined;
}

/**
 * Finite bounds that every allowed value lies within (a fast pre-check; `violation` decides and
 * explains). 'positive' includes 0 here, so a 0 takes the slow path and is refused there.
 */
export const BOUNDS: Record<Check, readonly [number, number]> = {
  number: [-Number.MAX_VALUE, Number.MAX_VALUE],
  nonNegative: [0, Number.MAX_VALUE],
  positive: [Number.MIN_VALUE, Number.MAX_VALUE],
  share: [0, 1],
};
