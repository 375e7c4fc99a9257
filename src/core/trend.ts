// The least-squares line through a weekly monitoring column, shared by CASELOAD_TREND and
// WEEKS_UNTIL_OUTSIDE. A week's x is its position in the column (1, 2, 3, ...). A blank cell is a
// week without a figure: it is skipped but keeps its place, so the weeks after it keep theirs.
// Blanks after the last figure (a column filled in week by week) are therefore simply ignored.
import { Cells, isBlankCell } from './cells';
import { CaseloadError, Result } from './result';

/** How far ahead WEEKS_UNTIL_OUTSIDE looks, in weeks; beyond it the trend says too little. */
export const HORIZON_WEEKS = 52;

export interface Trend {
  /** Position in the column (1-based) of the last non-blank value. */
  readonly lastWeek: number;
  readonly lastValue: number;
  /** The line at position `week` (same scale as lastWeek); a caseload never goes below 0. */
  readonly at: (week: number) => number;
}

/** Fits y = a + b·x through the non-blank cells; at least two are needed. */
export function fitTrend(cells: Cells, argument: string): Result<Trend> {
  const weeks: number[] = [];
  const values: number[] = [];
  let largest = 0;
  cells.values.forEach((value, i) => {
    if (isBlankCell(value)) return;
    weeks.push(i + 1);
    values.push(value);
    largest = Math.max(largest, Math.abs(value));
  });
  const n = values.length;
  if (n < 2) return new CaseloadError('#N/A', 'tooFewValues', { argument, got: String(n) });
  // Figures so large that their sums could overflow are fitted scaled down, and scaled back after.
  const scale = largest > 1e150 ? largest : 1;
  let sumWeek = 0;
  let sumValue = 0;
  for (let i = 0; i < n; i++) {
    sumWeek += weeks[i];
    sumValue += values[i] / scale;
  }
  const meanWeek = sumWeek / n;
  const meanValue = sumValue / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = weeks[i] - meanWeek;
    sxx += dx * dx;
    sxy += dx * (values[i] / scale - meanValue);
  }
  const slope = sxy / sxx; // sxx > 0: the weeks are distinct
  return {
    lastWeek: weeks[n - 1],
    lastValue: values[n - 1],
    at: week => Math.max(0, scale * (meanValue + slope * (week - meanWeek))),
  };
}
