// Bugs the fuzz suite (test/fuzz) found, each pinned down by the smallest input that showed it.
import { callExcel, column, inLanguage } from '../support/excelRuntime';
import { explained } from './calls';

const english = (id: string, ...args: unknown[]) => inLanguage('en-US', () => callExcel(id, ...args));
const dutch = (id: string, ...args: unknown[]) => inLanguage('nl-NL', () => callExcel(id, ...args));

test('an empty roster gives one empty row, not a spill of no rows (which Excel cannot show)', async () => {
  for (const empty of [[], [[]]]) {
    expect(await english('STAFF_CAPACITY', empty, empty, 0, 0)).toEqual({ value: [[0, 0]] });
    expect(await english('TEAM_BANDWIDTH', empty, empty, 20, 30)).toEqual({ value: [[0, 0]] });
  }
});

test('indirect hours summing beyond the largest number are "too large", not "Infinity is more than ..."', async () => {
  expect(explained('INDIRECT_TIME_SHARE', column(1.7976931348623157e308, 1e308), 5e-324)).toEqual({
    error: '#NUM!',
    message: 'The result is too large for Excel.',
  });
});

test('BANDWIDTH_POSITION with equal bounds says so instead of "high is 0"', async () => {
  expect(await english('BANDWIDTH_POSITION', 30, 25, 25)).toEqual({
    error: '#VALUE!',
    message: 'high (25) equals low; a range needs two different bounds.',
  });
  expect(await dutch('BANDWIDTH_POSITION', 30, 25, 25)).toEqual({
    error: '#VALUE!',
    message: 'hoog (25) is gelijk aan laag; een bandbreedte heeft twee verschillende grenzen nodig.',
  });
});

test('FTE_NEEDED does not call an indirect share of 50% "100%" when tiny available hours round to 0', async () => {
  // 5e-324 × (1 − 0.5) rounds to 0; no cases need 0 FTE, one case needs more FTE than Excel can hold
  expect(await english('FTE_NEEDED', column(0), column(1), 5e-324, 0.5)).toEqual({ value: 0 });
  expect(explained('FTE_NEEDED', column(1), column(1), 5e-324, 0.5)).toEqual({
    error: '#NUM!',
    message: 'The result is too large for Excel.',
  });
});
