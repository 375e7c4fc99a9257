// Small steps the plan's figures share: a figure computed only when its inputs could be, a status
// against a band, and a list of numbers as the column range a catalogue function takes.
import type { Band } from '../band';
import { BANDWIDTH_STATUS, BandStatus } from '../functions/bandwidthStatus';
import { isError, Result } from '../result';

/** Numbers as a column range ([[a], [b], …]), the way Excel passes one. */
export const column = <T>(values: readonly T[]): T[][] => values.map(v => [v]);

/** Applies `fn` when every input is a number, else passes the first refusal on. */
export function ifComputed<T>(inputs: readonly Result<unknown>[], fn: () => Result<T>): Result<T> {
  const failed = inputs.find(isError);
  return failed ? (failed as Result<T>) : fn();
}

/** Where a caseload stands against a band: BANDWIDTH_STATUS, or why it cannot be said. */
export function statusOf(caseload: Result<number>, band: Result<Band>): Result<BandStatus> {
  return ifComputed([caseload, band], () => {
    const { low, high } = band as Band;
    return BANDWIDTH_STATUS.evaluate([caseload, low, high]) as Result<BandStatus>;
  });
}

/** A name as people type it, for comparing: case and surrounding spaces do not matter ("Noord " is "noord"). */
export const nameKey = (name: string): string => name.trim().toLowerCase();

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);
