// DOMAIN.md's worked examples, shared by the tests that run them through the source and
// through the built bundle. Spills are compared cell by cell.
import { column } from './excelRuntime';

export type Expected = number | number[][];

export const WORKED_EXAMPLES: [name: string, id: string, args: unknown[], want: Expected][] = [
  ['1 AVAILABLE_HOURS', 'AVAILABLE_HOURS', [36, 52, 180, 50.4, 36, 0.055], 1517.292],
  ['2 INDIRECT_TIME_SHARE', 'INDIRECT_TIME_SHARE', [14.4, 36], 0.4],
  ['3 CLIENT_HOURS', 'CLIENT_HOURS', [1517.292, 0.4], 910.3752],
  ['4 WEIGHTED_CASELOAD', 'WEIGHTED_CASELOAD', [column(10, 6, 2), column(1, 1.5, 3)], 25],
  ['4 WEIGHTED_CASELOAD per FTE', 'WEIGHTED_CASELOAD', [column(10, 6, 2), column(1, 1.5, 3), 0.8], 31.25],
  ['5 BANDWIDTH', 'BANDWIDTH', [910.3752, 40, 25], [[22.75938, 36.415008]]],
  ['5 BANDWIDTH with reductions', 'BANDWIDTH', [910.3752, 40, 25, column(0.05, 0.05)], [[20.54034045, 32.86454472]]],
  ['6 CONCURRENT_CASELOAD', 'CONCURRENT_CASELOAD', [30, 26], 15],
  ['7 FTE_NEEDED', 'FTE_NEEDED', [column(120, 60), column(20, 45), 1517.292, 0.4], 5.6020858213],
  ['7 FTE_NEEDED + individual', 'FTE_NEEDED', [column(120, 60), column(20, 45), 1517.292, 0.4, 80], 5.6548113349],
  ['8 STAFFING_RATIO', 'STAFFING_RATIO', [5, 5.6020858213], 0.8925247059],
  ['9 HOURLY_RATE', 'HOURLY_RATE', [78000, 1517.292, 0.25], 64.2592197151],
  ['10 COST_PER_CASE', 'COST_PER_CASE', [468000, 84000, 150], 3680],
  ['11 BANDWIDTH_POSITION', 'BANDWIDTH_POSITION', [29.59, 22.76, 36.42], 0.5],
];

/** Exact to 1e-9 (relative above 1), as DOMAIN.md asks. */
export function expectClose(got: unknown, want: Expected) {
  if (typeof want === 'number') {
    expect(typeof got).toBe('number');
    expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    return;
  }
  expect(Array.isArray(got)).toBe(true);
  const rows = got as number[][];
  expect(rows.map(r => r.length)).toEqual(want.map(r => r.length));
  want.forEach((row, i) => row.forEach((v, j) => expectClose(rows[i][j], v)));
}
