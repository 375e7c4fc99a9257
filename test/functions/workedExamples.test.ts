// The worked examples of DOMAIN.md (1-17), exact to 1e-9, through the functions as Excel registers them.
import { column, inLanguage } from '../support/excelRuntime';
import { expectClose, WORKED_EXAMPLES } from '../support/workedExamples';
import { value } from './calls';
import { SECOND_PART_EXAMPLES } from './secondPartExamples';

const close = (got: unknown, want: number) => expectClose(got, want);

test.each([...WORKED_EXAMPLES, ...SECOND_PART_EXAMPLES])('example %s', async (_name, id, args, want) => {
  expectClose(await value(id, ...args), want);
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
