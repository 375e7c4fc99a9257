// WEIGHTED_CASELOAD and FTE_NEEDED take Σ count × hours straight from Excel's rows in one pass
// (withOnePassSumProduct). That fast path must not change anything a user sees: every result and
// every refusal, with its argument and cell number, is the one the general path (each range
// coerced into Cells, then summed) gives for the same arguments.
import fc from 'fast-check';
import { FTE_NEEDED } from '../../src/core/functions/fteNeeded';
import { WEIGHTED_CASELOAD } from '../../src/core/functions/weightedCaseload';
import { define } from '../../src/core/params';
import { isError, Result } from '../../src/core/result';

/** Each function, and the same declaration evaluated the general way, as before the fast path. */
const WITH_GENERAL = [
  [WEIGHTED_CASELOAD, define(WEIGHTED_CASELOAD.id, WEIGHTED_CASELOAD.params, WEIGHTED_CASELOAD.compute)],
  [FTE_NEEDED, define(FTE_NEEDED.id, FTE_NEEDED.params, FTE_NEEDED.compute)],
] as const;

/** Results compared exactly: the same refusal, or the same number (toBe tells 0 and −0 apart). */
function expectSame(got: Result<unknown>, want: Result<unknown>) {
  if (isError(want)) expect(got).toEqual(want);
  else expect(got).toBe(want);
}

/** Σ a×b over two ranges, written out plainly: cells in row order, a pair with a blank skipped. */
function plainSum(a: unknown[][], b: unknown[][]): number {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  let total = 0;
  a.forEach((row, r) =>
    row.forEach((x, c) => {
      const y = b[r][c];
      if (!blank(x) && !blank(y)) total += (x as number) * (y as number);
    }),
  );
  return total;
}

/** Deterministic pseudo-random numbers, so the large shapes are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
}

describe('blanks, one column, one row: the plain Σ count × hours', () => {
  const r = random(7);
  const value = (whole: boolean) => (whole ? Math.floor(r() * 30) : Math.round(r() * 12000) / 100);
  const withBlanks = (v: number) => {
    const x = r();
    return x < 0.1 ? null : x < 0.15 ? '' : x < 0.17 ? undefined : v;
  };
  const column = (n: number, cell: () => unknown) => Array.from({ length: n }, () => [cell()]);
  const shapes: [string, unknown[][], unknown[][]][] = [
    ['one column, whole numbers', column(10_000, () => value(true)), column(10_000, () => value(true))],
    ['one column, decimals', column(10_000, () => value(false)), column(10_000, () => value(false))],
    [
      'one column, blanks mixed in',
      column(10_000, () => withBlanks(value(true))),
      column(10_000, () => withBlanks(value(false))),
    ],
    [
      'one row, blanks mixed in',
      [Array.from({ length: 10_000 }, () => withBlanks(value(true)))],
      [Array.from({ length: 10_000 }, () => withBlanks(value(false)))],
    ],
    [
      'a block of 3 columns',
      Array.from({ length: 3000 }, () => [value(true), withBlanks(value(true)), value(false)]),
      Array.from({ length: 3000 }, () => [withBlanks(value(false)), value(false), value(true)]),
    ],
    ['all blank', column(100, () => null), column(100, () => '')],
    ['empty', [], []],
  ];

  test.each(shapes)('%s', (_name, counts, hours) => {
    const total = plainSum(counts, hours);
    expect(WEIGHTED_CASELOAD.evaluate([counts, hours])).toBe(total);
    expect(WEIGHTED_CASELOAD.evaluate([counts, hours, 2])).toBe(total / 2);
    expect(FTE_NEEDED.evaluate([counts, hours, 1500, 0.4, 80])).toBe(total / 1500 / (1 - 0.4) + 80 / 1500);
    for (const [fn, general] of WITH_GENERAL) {
      const args = [counts, hours, 1500, 0.4, 80];
      expectSame(fn.evaluate(args), general.evaluate(args));
    }
  });
});

describe('refusals in a one-row range name the cell, counted from the left', () => {
  const refusal = (result: Result<unknown>) => {
    if (!isError(result)) throw new Error(`expected a refusal, got ${result}`);
    return { code: result.code, reason: result.reason, ...result.detail };
  };
  const ones = [[1, 1, 1, 1, 1, 1]];

  test('text, a negative number, an Excel error, a boolean', () => {
    expect(refusal(WEIGHTED_CASELOAD.evaluate([[[1, 2, 'veel', 4, 5, 6]], ones]))).toEqual({
      code: '#VALUE!',
      reason: 'notANumber',
      argument: 'counts',
      cell: 3,
      got: 'veel',
    });
    expect(refusal(FTE_NEEDED.evaluate([ones, [[20, 45, 30, 10, -2, 8]], 1500]))).toEqual({
      code: '#NUM!',
      reason: 'negative',
      argument: 'hours_per_case',
      cell: 5,
    });
    expect(refusal(FTE_NEEDED.evaluate([[[120, { code: '#N/A', type: 'Error' }, 3, 4, 5, 6]], ones, 1500]))).toEqual({
      code: '#N/A',
      reason: 'excelError',
      argument: 'case_counts',
      cell: 2,
      got: '#N/A',
    });
    expect(refusal(WEIGHTED_CASELOAD.evaluate([ones, [[1, null, '', 1, 1, true]]]))).toMatchObject({
      argument: 'weights',
      cell: 6,
      got: 'TRUE',
    });
  });

  test('a cell too large to be a number and a bad cell after blanks', () => {
    expect(refusal(WEIGHTED_CASELOAD.evaluate([[[1, Infinity, 1, 1, 1, 1]], ones]))).toMatchObject({
      code: '#NUM!',
      reason: 'tooLarge',
      argument: 'counts',
      cell: 2,
    });
    expect(refusal(WEIGHTED_CASELOAD.evaluate([[[null, '', null, undefined, 'x', 1]], ones]))).toMatchObject({
      argument: 'counts',
      cell: 5,
    });
  });

  test('the first argument is reported before the second, whatever the cells', () => {
    // weights goes wrong at cell 1, counts only at cell 6: counts is coerced first
    expect(refusal(WEIGHTED_CASELOAD.evaluate([[[1, 1, 1, 1, 1, -1]], [['n.v.t.', 1, 1, 1, 1, 1]]]))).toMatchObject({
      argument: 'counts',
      cell: 6,
    });
  });

  test('a bad scalar comes before ranges of different shape, which come before dividing by zero', () => {
    const row = [[1, 2, 3]];
    const column = [[1], [2]];
    expect(refusal(WEIGHTED_CASELOAD.evaluate([row, column, -1]))).toMatchObject({
      argument: 'fte',
      reason: 'negative',
    });
    expect(refusal(WEIGHTED_CASELOAD.evaluate([row, column, 0]))).toMatchObject({
      reason: 'sizeMismatch',
      argument: 'counts',
      got: '1×3',
      other: 'weights',
      otherGot: '2×1',
    });
    expect(refusal(WEIGHTED_CASELOAD.evaluate([row, row, 0]))).toMatchObject({ reason: 'divisionByZero' });
    expect(refusal(FTE_NEEDED.evaluate([row, row, 1500, 1]))).toMatchObject({ reason: 'noClientTime' });
  });

  test('a row and a column of the same number of cells line up cell for cell, as before', () => {
    const row = [[1, 2, 3]];
    const column = [[4], [5], [6]];
    expect(WEIGHTED_CASELOAD.evaluate([row, column])).toBe(32);
  });

  test('a sum too large for a number is "too large" for the whole result, not for an argument', () => {
    const huge = [[1e308, 1e308]];
    expect(refusal(WEIGHTED_CASELOAD.evaluate([huge, [[10, 10]]]))).toEqual({ code: '#NUM!', reason: 'tooLarge' });
  });
});

// --- The fast path against the general path, on anything Excel (or a script) can send ---------

const number = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 2000, noNaN: true }), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 100 }), weight: 4 },
  { arbitrary: fc.constantFrom(0, -0, 5e-324, 1e308, Number.MAX_VALUE, 0.1 + 0.2), weight: 1 },
);
const cell = fc.oneof(
  { arbitrary: number, weight: 20 },
  { arbitrary: fc.constantFrom(null, undefined, ''), weight: 5 },
  {
    arbitrary: fc.constantFrom(-1, -5e-324, NaN, Infinity, -Infinity, 'veel', '12', true, false, { code: '#REF!' }, {}),
    weight: 1,
  },
);
const rangeOf = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const size = fc.record({ rows: fc.integer({ min: 0, max: 8 }), cols: fc.integer({ min: 0, max: 4 }) });
/** Mostly two ranges of one shape; sometimes two shapes, a ragged range, a bare value or a flat array. */
const ranges = fc.oneof(
  { arbitrary: size.chain(({ rows, cols }) => fc.tuple(rangeOf(rows, cols), rangeOf(rows, cols))), weight: 8 },
  {
    arbitrary: fc.tuple(
      size.chain(s => rangeOf(s.rows, s.cols)),
      size.chain(s => rangeOf(s.rows, s.cols)),
    ),
    weight: 2,
  },
  {
    arbitrary: fc.tuple(
      fc.oneof(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }), cell, fc.array(cell, { maxLength: 3 })),
      fc.oneof(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }), cell, fc.array(cell, { maxLength: 3 })),
    ),
    weight: 1,
  },
);
const scalar = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 2000, noNaN: true }), weight: 6 },
  {
    arbitrary: fc.constantFrom(0, 0.4, 1, 1500, 5e-324, undefined, null, '', -1, 1.5, 'x', [[2]], [[1, 2]]),
    weight: 3,
  },
);

test.each(WITH_GENERAL.map(([fn, general]) => [fn.id, fn, general] as const))(
  '%s gives what the general path gives, refusals included',
  (_id, fn, general) => {
    fc.assert(
      fc.property(ranges, fc.array(scalar, { maxLength: 3 }), ([a, b], scalars) => {
        const args = [a, b, ...scalars];
        expectSame(fn.evaluate(args), general.evaluate(args));
      }),
      { numRuns: 5000 },
    );
  },
);
