// The catalogue's second part (DOMAIN.md; examples 13-17 are in secondPartExamples.ts):
// the band and the roster on a date, FTE divided by need, deviating cases in one direction, and
// the finance functions. Hand-computed examples, refusals that name the argument in both
// languages, and laws that hold for any input.
import fc from 'fast-check';
import { FUNCTIONS, isError } from '../../src/core';
import { column } from '../support/excelRuntime';
import { expectClose } from '../support/workedExamples';
import { dutch, english, explained, explainedNl, ok, value } from './calls';

const { ALLOCATE_FTE, BAND_ON, DEVIATING_CASES } = FUNCTIONS;
const close = (got: unknown, want: number) => expectClose(got, want);

// Serial numbers used below: 46000 = 2025-12-09, 46050 = 2026-01-28, 46100 = 2026-03-19.

describe('BAND_ON', () => {
  test('takes the version with the latest from date on or before the date, in any order', async () => {
    const versions = [column(46050, 46000), column(22, 20), column(33, 30)];
    expect(await value('BAND_ON', 46100, ...versions)).toEqual([[22, 33]]);
    expect(await value('BAND_ON', 46020, ...versions)).toEqual([[20, 30]]);
    // the from date itself is in force
    expect(await value('BAND_ON', 46050, ...versions)).toEqual([[22, 33]]);
    expect(await value('BAND_ON', 46049, ...versions)).toEqual([[20, 30]]);
  });

  test('of two versions from the same date, the later row counts', async () => {
    expect(await value('BAND_ON', 46100, column(46000, 46000), column(20, 21), column(30, 31))).toEqual([[21, 31]]);
    expect(await value('BAND_ON', 46100, column(46000, 45000, 46000), column(21, 10, 20), column(31, 15, 30))).toEqual([
      [20, 30],
    ]);
  });

  test('a row without a from date is no version: one team out of all, with IF(team = "A", dates, "")', async () => {
    // teams A, B, A: B's from date blanked; its bounds are still there and are not taken
    const from = column(46000, '', 46050);
    expect(await value('BAND_ON', 46100, from, column(20, 25, 22), column(30, 35, 33))).toEqual([[22, 33]]);
    // a row of versions works as a column does
    expect(await value('BAND_ON', 46100, [[46000, null, 46050]], [[20, 25, 22]], [[30, 35, 33]])).toEqual([[22, 33]]);
  });

  test('bounds typed the wrong way round come out low first, as the other band functions take them', async () => {
    expect(await value('BAND_ON', 46100, 46000, 30, 20)).toEqual([[20, 30]]);
  });

  test('a date before every version is #N/A naming the earliest from date', async () => {
    expect(await english('BAND_ON', 45990, column(46050, 46000), column(22, 20), column(33, 30))).toEqual({
      error: '#N/A',
      message: 'date (2025-11-29) is before the first version in from_dates (2025-12-09).',
    });
    expect(await dutch('BAND_ON', 45990, column(46050, 46000), column(22, 20), column(33, 30))).toEqual({
      error: '#N/A',
      message: 'datum (2025-11-29) ligt voor de eerste versie in ingangsdatums (2025-12-09).',
    });
    // a date with a time of day, or outside Excel's dates, is shown as the number it is
    expect((await english('BAND_ON', 45990.5, 46000, 20, 30)).message).toBe(
      'date (45990.5) is before the first version in from_dates (2025-12-09).',
    );
  });

  test('no version at all is #N/A; the version in force needs both bounds', async () => {
    expect(await english('BAND_ON', 46100, column(null, ''), column(20, 22), column(30, 33))).toEqual({
      error: '#N/A',
      message: 'from_dates holds no date, so there is no version to take.',
    });
    expect(await english('BAND_ON', 46100, column(46000, 46050), column(20, 22), column(30, null))).toEqual({
      error: '#VALUE!',
      message: 'highs (cell 2) is required.',
    });
    // an incomplete version that is not in force on the date is no obstacle
    expect(await value('BAND_ON', 46020, column(46000, 46050), column(20, 22), column(30, null))).toEqual([[20, 30]]);
  });

  test('ranges of different sizes are #VALUE! naming both; text is #VALUE! naming the cell', async () => {
    expect(await english('BAND_ON', 46100, column(46000, 46050), column(20), column(30, 33))).toEqual({
      error: '#VALUE!',
      message: 'from_dates (2×1) and lows (1×1) must have the same number of cells.',
    });
    expect((await dutch('BAND_ON', 46100, column(46000, 46050), column(20, 22), column(30))).message).toBe(
      'ingangsdatums (2×1) en bovengrenzen (1×1) moeten evenveel cellen hebben.',
    );
    expect((await english('BAND_ON', 46100, column(46000, 'jan'), column(20, 22), column(30, 33))).message).toBe(
      'from_dates (cell 2) must be a number, but holds "jan".',
    );
    expect((await english('BAND_ON', null, 46000, 20, 30)).message).toBe('date is required.');
  });

  test('law: the order of the rows does not matter when from dates differ', () => {
    const versions = fc
      .uniqueArray(fc.integer({ min: 40000, max: 50000 }), { minLength: 1, maxLength: 8 })
      .map(from => from.map((d, i) => [d, i, i + 10]));
    const withShuffled = versions.chain(rows =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(withShuffled, fc.integer({ min: 40000, max: 50000 }), ([rows, shuffled], date) => {
        const band = (r: number[][]) => {
          const result = BAND_ON.evaluate([date, ...[0, 1, 2].map(c => r.map(row => [row[c]]))]);
          return isError(result) ? result.reason : result;
        };
        expect(band(shuffled)).toEqual(band(rows));
      }),
    );
  });
});

describe('FTE_ON', () => {
  const fte = column(1, 0.8);
  const from = column(45000, 46000);

  test('counts the rows in force on the date, both ends included', async () => {
    const to = column('', 46200);
    const reductions = column(0, 0.25);
    close(await value('FTE_ON', 46000, fte, from, to, reductions), 1.6);
    close(await value('FTE_ON', 45999, fte, from, to, reductions), 1);
    close(await value('FTE_ON', 46200, fte, from, to, reductions), 1.6);
    close(await value('FTE_ON', 46201, fte, from, to, reductions), 1);
    close(await value('FTE_ON', 44999, fte, from, to, reductions), 0);
  });

  test('to dates and reductions may be left out; a blank FTE is an empty row and a blank from date no limit', async () => {
    close(await value('FTE_ON', 46100, fte, from), 1.8);
    // reductions without to dates: the fourth argument is left out
    close(await value('FTE_ON', 46100, fte, from, null, column(0, 0.25)), 1.6);
    // 0.5 since always, an empty row, 1 × (1 − 0.2) from 46000 on
    close(
      await value('FTE_ON', 46100, column(0.5, null, 1), column(null, 46000, 46000), undefined, column(0, 0.5, 0.2)),
      1.3,
    );
  });

  test('refusals: negative FTE, a reduction above 1, a row that ends before it starts, sizes that differ', async () => {
    expect(await english('FTE_ON', 46100, column(1, -0.8), from)).toEqual({
      error: '#NUM!',
      message: 'fte (cell 2) must be ≥ 0.',
    });
    expect((await english('FTE_ON', 46100, fte, from, null, column(0, 1.25))).message).toBe(
      'reductions (cell 2) must be between 0 and 1 (40% is 0.4).',
    );
    expect(await english('FTE_ON', 46100, fte, from, column(null, 45990))).toEqual({
      error: '#VALUE!',
      message: 'to_dates (cell 2) is 2025-11-29, before from_dates (2025-12-09): a period cannot end before it starts.',
    });
    expect((await dutch('FTE_ON', 46100, fte, from, column(null, 45990))).message).toBe(
      'einddatums (cel 2) is 2025-11-29, voor ingangsdatums (2025-12-09): een periode kan niet eindigen voordat hij begint.',
    );
    expect((await english('FTE_ON', 46100, fte, from, column(46200))).message).toBe(
      'fte (2×1) and to_dates (1×1) must have the same number of cells.',
    );
    expect((await english('FTE_ON', 46100, fte, column(45000))).error).toBe('#VALUE!');
  });
});

describe('ALLOCATE_FTE', () => {
  test('divides the total in proportion to need, one row per need, a blank need keeping its row', async () => {
    expect(await value('ALLOCATE_FTE', column(2, null, 6), 12)).toEqual([[3], [0], [9]]);
    // a row of needs spills a column too
    expect(await value('ALLOCATE_FTE', [[1, 1, 2]], 10)).toEqual([[2.5], [2.5], [5]]);
    expect(await value('ALLOCATE_FTE', 5.6, 4.5)).toEqual([[4.5]]);
  });

  test('every need 0 is #DIV/0! (the pane names the needs); a negative need is #VALUE!', async () => {
    expect(explained('ALLOCATE_FTE', column(0, null, 0), 12)).toEqual({
      error: '#DIV/0!',
      message: 'needs is 0, which would divide by zero.',
    });
    expect(explainedNl('ALLOCATE_FTE', column(0, 0), 12).message).toBe(
      'benodigd is 0; dan zou er door nul gedeeld worden.',
    );
    expect((await english('ALLOCATE_FTE', column(2, -6), 12)).message).toBe('needs (cell 2) must be ≥ 0.');
    expect((await english('ALLOCATE_FTE', column(1.7976931348623157e308, 1e308), 12)).error).toBe('#NUM!');
  });

  test('law: the parts add up to the total, and a blank need gets 0', () => {
    const need = fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(need, { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (needs, total) => {
          const result = ALLOCATE_FTE.evaluate([needs.map(n => [n]), total]);
          if (needs.every(n => !n)) return expect(isError(result)).toBe(true);
          const parts = ok(result).map(([part]) => part);
          expect(parts).toHaveLength(needs.length);
          const sum = parts.reduce((t, p) => t + p, 0);
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
          needs.forEach((n, i) => n === null && expect(parts[i]).toBe(0));
        },
      ),
    );
  });
});

describe('DEVIATING_CASES with a direction', () => {
  const hours = column(30, 100, 160, 40);

  test('Dutch words and any case are taken; blank or left out is "both"', async () => {
    for (const [word, want] of [
      ['BOVEN', 1],
      [' Onder ', 2],
      ['beide', 3],
      ['Above', 1],
      ['', 3],
      [null, 3],
      [[['below']], 2],
    ] as const) {
      expect(await value('DEVIATING_CASES', hours, 100, 0.5, word)).toBe(want);
    }
    expect(await value('DEVIATING_CASES', hours, 100)).toBe(3);
  });

  test('hours on a bound are not counted; with tolerance 1 nothing is below', async () => {
    expect(await value('DEVIATING_CASES', column(150, 50, 100), 100, 0.5, 'both')).toBe(0);
    expect(await value('DEVIATING_CASES', column(0, 201), 100, 1, 'below')).toBe(0);
    expect(await value('DEVIATING_CASES', column(0, 201), 100, 1, 'above')).toBe(1);
  });

  test('any other word, a number or a range is #VALUE! naming the argument and listing the words', async () => {
    expect(await english('DEVIATING_CASES', hours, 100, 0.5, 'sideways')).toEqual({
      error: '#VALUE!',
      message: 'direction must be "both", "above" or "below", but holds "sideways".',
    });
    expect(await dutch('DEVIATING_CASES', hours, 100, 0.5, 'sideways')).toEqual({
      error: '#VALUE!',
      message: 'richting moet "beide", "boven" of "onder" zijn, maar bevat "sideways".',
    });
    expect((await english('DEVIATING_CASES', hours, 100, 0.5, 1)).message).toBe(
      'direction must be "both", "above" or "below", but holds "1".',
    );
    expect((await dutch('DEVIATING_CASES', hours, 100, 0.5, true)).message).toBe(
      'richting moet "beide", "boven" of "onder" zijn, maar bevat "TRUE".',
    );
    expect((await english('DEVIATING_CASES', hours, 100, 0.5, column('above', 'below'))).message).toBe(
      'direction takes one value, not a range of 2×1.',
    );
    expect(await english('DEVIATING_CASES', hours, 100, 0.5, { code: '#N/A', type: 'Error' })).toEqual({
      error: '#N/A',
      message: 'direction contains the error #N/A.',
    });
  });

  test('law: both counts what above and below count, and never more than the cases', () => {
    const h = fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(h, { maxLength: 30 }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (cells, norm, tolerance) => {
          const count = (direction: string) =>
            ok(DEVIATING_CASES.evaluate([cells.map(c => [c]), norm, tolerance, direction])) as number;
          expect(count('both')).toBe(count('above') + count('below'));
          expect(count('both')).toBeLessThanOrEqual(cells.filter(c => c !== null).length);
        },
      ),
    );
  });
});

describe('finance', () => {
  test('COST_PER_FTE: salary plus employer charges plus other costs', async () => {
    // 52,000 × 1.3 = 67,600
    close(await value('COST_PER_FTE', 52000, 0.3), 67600);
    // 48,000 × 1.25 + 2,500 = 62,500
    close(await value('COST_PER_FTE', 48000, 0.25, 2500), 62500);
  });

  test('PRODUCT_COST: a column of hours spills a column of cost prices; one value gives one', async () => {
    expect(await value('PRODUCT_COST', column(12.5, 20, null), 64)).toEqual([[800], [1280], [0]]);
    // with HOURLY_RATE (example 9): 12.5 × 64.2592197151 = 803.2402464...
    const rate = (await value('HOURLY_RATE', 78000, 1517.292, 0.25)) as number;
    const [[cost]] = (await value('PRODUCT_COST', 12.5, rate)) as number[][];
    close(cost, 803.240246439);
  });

  test('TARIFF_COVERAGE: tariff over cost per row', async () => {
    // 720 / 800 = 0.9, 1000 / 800 = 1.25, 800 / 800 = 1
    expect(await value('TARIFF_COVERAGE', column(720, 1000, 800), column(800, 800, 800))).toEqual([[0.9], [1.25], [1]]);
  });

  test('refusals: negative salary, employer charges above 1, text, a cost of 0 or missing', async () => {
    expect(await english('COST_PER_FTE', -52000, 0.3)).toEqual({ error: '#NUM!', message: 'salary must be ≥ 0.' });
    expect(await dutch('COST_PER_FTE', 52000, 1.3)).toEqual({
      error: '#NUM!',
      message: 'werkgeverslasten moet tussen 0 en 1 liggen (40% is 0,4).',
    });
    expect((await english('PRODUCT_COST', column(12.5, 'veel'), 64)).message).toBe(
      'hours_per_case (cell 2) must be a number, but holds "veel".',
    );
    expect((await english('PRODUCT_COST', 12.5, -64)).message).toBe('hourly_rate must be ≥ 0.');
    expect(await english('TARIFF_COVERAGE', column(720, 'n.v.t.'), column(800, 800))).toEqual({
      error: '#VALUE!',
      message: 'tariffs (cell 2) must be a number, but holds "n.v.t.".',
    });
    expect(explained('TARIFF_COVERAGE', column(720, 1000), column(800, 0))).toEqual({
      error: '#DIV/0!',
      message: 'costs (cell 2) is 0, which would divide by zero.',
    });
    expect(explainedNl('TARIFF_COVERAGE', column(720, 1000), column(800, 0)).message).toBe(
      'kostprijzen (cel 2) is 0; dan zou er door nul gedeeld worden.',
    );
    expect((await english('TARIFF_COVERAGE', column(720, 1000), column(null, 800))).message).toBe(
      'costs (cell 1) is required.',
    );
    expect((await english('TARIFF_COVERAGE', column(720, 1000), column(800))).message).toBe(
      'tariffs (2×1) and costs (1×1) must have the same number of cells.',
    );
  });
});
