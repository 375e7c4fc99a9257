// The worked examples of DOMAIN.md, exact to 1e-9, through the functions as Excel registers them.
import { callExcel, column, inLanguage } from '../support/excelRuntime';

const close = (got: unknown, want: number) => {
  expect(typeof got).toBe('number');
  expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
};

async function value(id: string, ...args: unknown[]) {
  const outcome = await callExcel(id, ...args);
  if (!('value' in outcome)) throw new Error(`${id} failed: ${outcome.message}`);
  return outcome.value;
}

test.each([
  ['1 AVAILABLE_HOURS', 'AVAILABLE_HOURS', [36, 52, 180, 50.4, 36, 0.055], 1517.292],
  ['2 INDIRECT_TIME_SHARE', 'INDIRECT_TIME_SHARE', [14.4, 36], 0.4],
  ['3 CLIENT_HOURS', 'CLIENT_HOURS', [1517.292, 0.4], 910.3752],
  ['4 WEIGHTED_CASELOAD', 'WEIGHTED_CASELOAD', [column(10, 6, 2), column(1, 1.5, 3)], 25],
  ['4 WEIGHTED_CASELOAD per FTE', 'WEIGHTED_CASELOAD', [column(10, 6, 2), column(1, 1.5, 3), 0.8], 31.25],
  ['6 CONCURRENT_CASELOAD', 'CONCURRENT_CASELOAD', [30, 26], 15],
  ['7 FTE_NEEDED', 'FTE_NEEDED', [column(120, 60), column(20, 45), 1517.292, 0.4], 5.6020858213],
  [
    '7 FTE_NEEDED with individual hours',
    'FTE_NEEDED',
    [column(120, 60), column(20, 45), 1517.292, 0.4, 80],
    5.6548113349,
  ],
  ['8 STAFFING_RATIO', 'STAFFING_RATIO', [5, 5.6020858213], 0.8925247059],
  ['9 HOURLY_RATE', 'HOURLY_RATE', [78000, 1517.292, 0.25], 64.2592197151],
  ['10 COST_PER_CASE', 'COST_PER_CASE', [468000, 84000, 150], 3680],
  ['11 BANDWIDTH_POSITION', 'BANDWIDTH_POSITION', [29.59, 22.76, 36.42], 0.5],
])('example %s', async (_name, id, args, want) => {
  close(await value(id, ...args), want);
});

test('example 5: BANDWIDTH spills {low, high} per FTE, and weighing factors narrow both ends', async () => {
  const plain = (await value('BANDWIDTH', 910.3752, 40, 25)) as number[][];
  expect(plain).toHaveLength(1);
  close(plain[0][0], 22.75938);
  close(plain[0][1], 36.415008);
  const reduced = (await value('BANDWIDTH', 910.3752, 40, 25, column(0.05, 0.05))) as number[][];
  close(reduced[0][0], 20.54034045);
  close(reduced[0][1], 32.86454472);
});

test('example 11: BANDWIDTH_STATUS says "above" in English Excel and "boven" in Dutch Excel', async () => {
  expect(await inLanguage('en-US', () => value('BANDWIDTH_STATUS', 38, 22.76, 36.42))).toBe('above');
  expect(await inLanguage('nl-NL', () => value('BANDWIDTH_STATUS', 38, 22.76, 36.42))).toBe('boven');
  expect(await inLanguage('nl-NL', () => value('BANDWIDTH_STATUS', 22.76, 22.76, 36.42))).toBe('binnen');
  expect(await inLanguage('en-GB', () => value('BANDWIDTH_STATUS', 10, 22.76, 36.42))).toBe('below');
});

test('the WISN check of DOMAIN.md: 25,000 hours over 1,432 available hours is 17.46 staff', async () => {
  const staff = (await value('FTE_NEEDED', 25000, 1, 1432)) as number;
  expect(staff.toFixed(2)).toBe('17.46');
});

test('STAFF_CAPACITY gives each person fte × (1 − reduction) × {low, high}; TEAM_BANDWIDTH sums them', async () => {
  const people = (await value('STAFF_CAPACITY', column(1, 0.8, null), column(0.2, null, null), 20, 30)) as number[][];
  expect(people).toEqual([
    [16, 24],
    [16, 24],
    [0, 0],
  ]);
  const team = (await value('TEAM_BANDWIDTH', column(1, 0.8, null), column(0.2, null, null), 20, 30)) as number[][];
  expect(team).toEqual([[32, 48]]);
});

test('DEVIATING_CASES counts cases further than tolerance × norm from the norm, blanks skipped', async () => {
  expect(await value('DEVIATING_CASES', column(10, 20, 31, 9, null, 40), 20)).toBe(3);
  expect(await value('DEVIATING_CASES', column(10, 20, 31, 9, null, 40), 20, 0.6)).toBe(1);
});

test('CASELOAD_PER_FTE divides summed open cases by summed FTE present', async () => {
  close(await value('CASELOAD_PER_FTE', column(120, 45, null), column(4, 1.5, 0.5)), 27.5);
});
