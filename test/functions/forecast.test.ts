// The functions for the situation (expected cases, case rate) and for monitoring (weeks outside
// the band, trend, weeks until the trend leaves the band): worked examples computed by hand,
// refusals that name the argument, and laws that hold for any input.
import fc from 'fast-check';
import { FUNCTIONS, isError } from '../../src/core';
import { column } from '../support/excelRuntime';
import { expectClose } from '../support/workedExamples';
import { dutch, english, explained, explainedNl, ok, value } from './calls';

const { CASELOAD_TREND, EXPECTED_CASES, WEEKS_ABOVE_BAND, WEEKS_BELOW_BAND, WEEKS_UNTIL_OUTSIDE } = FUNCTIONS;

const close = (got: unknown, want: number) => expectClose(got, want);

describe('worked examples', () => {
  test('EXPECTED_CASES sums inhabitants × rate per 1,000 over the age groups', async () => {
    // (1200 × 12 + 3400 × 4.5 + 2100 × 20) / 1000 = (14400 + 15300 + 42000) / 1000 = 71.7
    close(await value('EXPECTED_CASES', column(1200, 3400, 2100), column(12, 4.5, 20)), 71.7);
    // one group: 8000 × 2.5 / 1000 = 20
    close(await value('EXPECTED_CASES', 8000, 2.5), 20);
    // a group with a blank count adds nothing: (1200 × 12 + 2100 × 20) / 1000 = 56.4
    close(await value('EXPECTED_CASES', column(1200, null, 2100), column(12, 4.5, 20)), 56.4);
  });

  test('CASE_RATE is cases per 1,000 inhabitants, over sums of ranges', async () => {
    // 86 / 21500 × 1000 = 4
    close(await value('CASE_RATE', 86, 21500), 4);
    // (30 + 56) / (12000 + 9500) × 1000 = 86 / 21500 × 1000 = 4
    close(await value('CASE_RATE', column(30, 56), column(12000, 9500)), 4);
  });

  test('WEEKS_ABOVE_BAND and WEEKS_BELOW_BAND count the weeks outside, blank weeks and the bounds excluded', async () => {
    const weeks = column(20, 25, 31, null, 38, 30);
    // above 30: 31 and 38 (30 itself is on the bound) = 2
    expect(await value('WEEKS_ABOVE_BAND', weeks, 30)).toBe(2);
    // below 22: 20 = 1; below 20: none (20 is on the bound)
    expect(await value('WEEKS_BELOW_BAND', weeks, 22)).toBe(1);
    expect(await value('WEEKS_BELOW_BAND', weeks, 20)).toBe(0);
  });

  test('CASELOAD_TREND follows a straight line exactly, 4 weeks ahead by default', async () => {
    // 20, 22, 24, 26 in weeks 1..4: y = 18 + 2x; week 4 + 4 = 8 → 18 + 16 = 34
    close(await value('CASELOAD_TREND', column(20, 22, 24, 26)), 34);
    // week 4 + 1 = 5 → 28
    close(await value('CASELOAD_TREND', column(20, 22, 24, 26), 1), 28);
  });

  test('CASELOAD_TREND is the least-squares line through scattered weeks', async () => {
    // 10, 14, 12, 18 in weeks 1..4: mean x = 2.5, mean y = 13.5
    // dx = -1.5, -0.5, 0.5, 1.5; dy = -3.5, 0.5, -1.5, 4.5
    // Sxy = 5.25 - 0.25 - 0.75 + 6.75 = 11; Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5; slope = 2.2
    // week 8: 13.5 + 2.2 × (8 - 2.5) = 13.5 + 12.1 = 25.6; week 4: 13.5 + 2.2 × 1.5 = 16.8
    close(await value('CASELOAD_TREND', column(10, 14, 12, 18)), 25.6);
    close(await value('CASELOAD_TREND', column(10, 14, 12, 18), 0), 16.8);
  });

  test('CASELOAD_TREND skips a blank week but keeps its place; blanks after the last figure are ignored', async () => {
    // 10, blank, 14, 18: points (1, 10), (3, 14), (4, 18); mean x = 8/3, mean y = 14
    // dx = -5/3, 1/3, 4/3; dy = -4, 0, 4; Sxy = 20/3 + 16/3 = 12; Sxx = (25 + 1 + 16)/9 = 14/3
    // slope = 12 / (14/3) = 18/7; week 5: 14 + 18/7 × (5 - 8/3) = 14 + 18/7 × 7/3 = 14 + 6 = 20
    // (closing the gap instead, x = 1, 2, 3, would give slope 4 and 22 in the next week)
    close(await value('CASELOAD_TREND', column(10, null, 14, 18), 1), 20);
    close(await value('CASELOAD_TREND', column(10, '', 14, 18, null, null, ''), 1), 20);
  });

  test('CASELOAD_TREND never forecasts a negative caseload', async () => {
    // 30, 20, 10: y = 40 - 10x; week 3 + 4 = 7 → -30, shown as 0
    expect(await value('CASELOAD_TREND', column(30, 20, 10))).toBe(0);
    // week 3 + 1 = 4 → 0; week 3 + 0.5 → 5
    close(await value('CASELOAD_TREND', column(30, 20, 10), 0.5), 5);
  });

  test('CASELOAD_TREND of figures near the largest number is computed without overflowing on the way', async () => {
    // a flat line at 1e308 stays there; one rising from 0 to 1e308 would be 5e308 by week 6: too large
    expect(await value('CASELOAD_TREND', column(1e308, 1e308))).toBe(1e308);
    expect((await english('CASELOAD_TREND', column(0, 1e308))).error).toBe('#NUM!');
    expect(explained('CASELOAD_TREND', column(0, 1e308))).toEqual({
      error: '#NUM!',
      message: 'The result is too large for Excel.',
    });
  });

  test('WEEKS_UNTIL_OUTSIDE is the first whole week at which the trend leaves the band', async () => {
    // 20, 22, 24, 26: y = 18 + 2x, last week 4; week 4 + k = 26 + 2k
    // > 35 from k = 5 (k = 4 gives 34, inside)
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(20, 22, 24, 26), 15, 35)).toBe(5);
    // the bound itself is inside: high 34 is reached at k = 4 and left at k = 5; high 33 is left at k = 4
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(20, 22, 24, 26), 15, 34)).toBe(5);
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(20, 22, 24, 26), 15, 33)).toBe(4);
    // falling: 30, 28, 26 → 26 - 2k < 20 from k = 4; the bounds may come in either order
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(30, 28, 26), 35, 20)).toBe(4);
  });

  test('WEEKS_UNTIL_OUTSIDE is 0 only when the last figure itself is outside the band', async () => {
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(20, 22, 24, 38), 15, 35)).toBe(0);
    // 10, 30, 20: y = 10 + 5x (mean x 2, mean y 20, slope 10/2 = 5); the line at week 3 is 25,
    // above 24, but the figure of week 3 is 20, inside; week 4 gives 30 → 1
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(10, 30, 20), 15, 24)).toBe(1);
  });

  test('WEEKS_UNTIL_OUTSIDE looks 52 weeks ahead, then says #N/A', async () => {
    // 0, 1: y = x - 1, last week 2; week 2 + k = 1 + k; > 52.5 at k = 52, > 53.5 only at k = 53
    expect(await value('WEEKS_UNTIL_OUTSIDE', column(0, 1), 0, 52.5)).toBe(52);
    expect(await english('WEEKS_UNTIL_OUTSIDE', column(0, 1), 0, 53.5)).toEqual({
      error: '#N/A',
      message: 'The trend stays within the range for the next 52 weeks.',
    });
    expect(await dutch('WEEKS_UNTIL_OUTSIDE', column(25, 25, 25), 20, 30)).toEqual({
      error: '#N/A',
      message: 'De trend blijft de komende 52 weken binnen de bandbreedte.',
    });
  });
});

describe('refusals name the argument', () => {
  test('a trend of fewer than 2 figures is #N/A saying how many there are', async () => {
    expect(await english('CASELOAD_TREND', column(20))).toEqual({
      error: '#N/A',
      message: 'caseloads has 1 value; a trend needs at least 2.',
    });
    expect(await english('WEEKS_UNTIL_OUTSIDE', column(null, null), 20, 30)).toEqual({
      error: '#N/A',
      message: 'caseloads has 0 values; a trend needs at least 2.',
    });
    expect(await dutch('CASELOAD_TREND', column(20, null))).toEqual({
      error: '#N/A',
      message: 'caseload_per_week bevat 1 waarde; voor een trend zijn er minstens 2 nodig.',
    });
  });

  test('text is #VALUE! naming the argument and the cell', async () => {
    expect(await english('CASELOAD_TREND', column(20, 'veel'))).toEqual({
      error: '#VALUE!',
      message: 'caseloads (cell 2) must be a number, but holds "veel".',
    });
    expect(await english('EXPECTED_CASES', column(1200, 3400), column(12, 'hoog'))).toEqual({
      error: '#VALUE!',
      message: 'rate_per_1000 (cell 2) must be a number, but holds "hoog".',
    });
    expect(await dutch('WEEKS_ABOVE_BAND', column(20, 31), 'dertig')).toEqual({
      error: '#VALUE!',
      message: 'hoog moet een getal zijn, maar bevat "dertig".',
    });
  });

  test('a negative caseload, count or bound is #NUM!', async () => {
    expect(await english('WEEKS_ABOVE_BAND', column(20, -1), 30)).toEqual({
      error: '#NUM!',
      message: 'caseloads (cell 2) must be ≥ 0.',
    });
    expect(await english('WEEKS_BELOW_BAND', column(20), -5)).toEqual({
      error: '#NUM!',
      message: 'low must be ≥ 0.',
    });
    // Excel passes a range argument as a range even when it is typed as one number: cell 1
    expect(await english('CASE_RATE', [[-3]], [[1000]])).toEqual({
      error: '#NUM!',
      message: 'cases (cell 1) must be ≥ 0.',
    });
    expect(await english('CASELOAD_TREND', column(20, 22), -1)).toEqual({
      error: '#NUM!',
      message: 'weeks_ahead must be ≥ 0.',
    });
    expect(await dutch('EXPECTED_CASES', column(-1200), column(12))).toEqual({
      error: '#NUM!',
      message: 'inwoners (cel 1) moet ≥ 0 zijn.',
    });
  });

  test('EXPECTED_CASES needs a rate for every group', async () => {
    expect(await english('EXPECTED_CASES', column(1200, 3400), column(12))).toEqual({
      error: '#VALUE!',
      message: 'inhabitants (2×1) and rate_per_1000 (1×1) must have the same number of cells.',
    });
  });

  test('CASE_RATE of no inhabitants is #DIV/0! (the pane names inhabitants)', async () => {
    expect(explained('CASE_RATE', 5, 0)).toEqual({
      error: '#DIV/0!',
      message: 'inhabitants is 0, which would divide by zero.',
    });
    expect(explainedNl('CASE_RATE', 5, column(null, null)).message).toBe(
      'inwoners is 0; dan zou er door nul gedeeld worden.',
    );
  });

  test('an Excel error in the column and a blank bound are refused', async () => {
    expect(await english('WEEKS_UNTIL_OUTSIDE', column(20, { code: '#N/A' }, 24), 15, 35)).toEqual({
      error: '#N/A',
      message: 'caseloads (cell 2) contains the error #N/A.',
    });
    expect(await english('WEEKS_UNTIL_OUTSIDE', column(20, 22), null, 35)).toEqual({
      error: '#VALUE!',
      message: 'low is required.',
    });
  });
});

describe('laws', () => {
  const near = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

  test('the trend of a straight line is the line itself, blanks anywhere', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.array(fc.boolean(), { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0, max: 52, noNaN: true }),
        (offset, slope, present, ahead) => {
          fc.pre(present.filter(Boolean).length >= 2);
          const n = present.length;
          // y = c + slope·x with c chosen so that y ≥ 0 on weeks 1..n
          const c = offset + Math.max(0, -slope * n);
          const line = (x: number) => c + slope * x;
          const cells = present.map((here, i) => [here ? line(i + 1) : null]);
          const last = present.lastIndexOf(true) + 1;
          const got = ok(CASELOAD_TREND.evaluate([cells, ahead])) as number;
          expect(near(got, Math.max(0, line(last + ahead)), c + Math.abs(slope) * (n + 52))).toBe(true);
        },
      ),
    );
  });

  test('EXPECTED_CASES is linear in the inhabitants', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 100000 }),
            fc.integer({ min: 0, max: 100000 }),
            fc.double({ min: 0, max: 100, noNaN: true }),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (groups, factor) => {
          const rates = groups.map(([, , r]) => [r]);
          const of = (inhabitants: number[]) =>
            ok(EXPECTED_CASES.evaluate([inhabitants.map(i => [i]), rates])) as number;
          const a = groups.map(([x]) => x);
          const b = groups.map(([, y]) => y);
          const total = of(a) + of(b);
          expect(near(of(a.map((x, i) => x + b[i])), total, total)).toBe(true);
          expect(near(of(a.map(x => factor * x)), factor * of(a), factor * of(a))).toBe(true);
        },
      ),
    );
  });

  test('weeks above plus weeks below the band are at most the weeks with a figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: null }), { maxLength: 60 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (weeks, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const cells = weeks.map(w => [w]);
          const above = ok(WEEKS_ABOVE_BAND.evaluate([cells, high])) as number;
          const below = ok(WEEKS_BELOW_BAND.evaluate([cells, low])) as number;
          expect(above + below).toBeLessThanOrEqual(weeks.filter(w => w !== null).length);
        },
      ),
    );
  });

  test('WEEKS_UNTIL_OUTSIDE agrees with CASELOAD_TREND: outside at k, inside before it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: null }), { maxLength: 30 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (weeks, a, b) => {
          fc.pre(weeks.filter(w => w !== null).length >= 2);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const cells = weeks.map(w => [w]);
          const k = WEEKS_UNTIL_OUTSIDE.evaluate([cells, low, high]);
          const trend = (ahead: number) => ok(CASELOAD_TREND.evaluate([cells, ahead])) as number;
          const inside = (v: number) => v >= low && v <= high;
          const last = weeks.filter(w => w !== null).pop() as number;
          if (isError(k)) {
            expect(k.reason).toBe('bandNotLeft');
            expect(inside(last)).toBe(true);
            for (let i = 1; i <= 52; i++) expect(inside(trend(i))).toBe(true);
          } else if (k === 0) {
            expect(inside(last)).toBe(false);
          } else {
            expect(inside(last)).toBe(true);
            expect(inside(trend(k as number))).toBe(false);
            for (let i = 1; i < (k as number); i++) expect(inside(trend(i))).toBe(true);
          }
        },
      ),
    );
  });
});
