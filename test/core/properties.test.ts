// Laws of the model that must hold for any input, not just the worked examples.
import fc from 'fast-check';
import { cellsOf, FUNCTIONS, isError, Result } from '../../src/core';

const { BANDWIDTH, FTE_NEEDED, STAFFING_RATIO, WEIGHTED_CASELOAD } = FUNCTIONS;

const ok = <T>(result: Result<T>): T => {
  if (isError(result)) throw new Error(`unexpected refusal: ${result.reason}`);
  return result;
};
const hours = fc.double({ min: 0.5, max: 5000, noNaN: true });
const share = fc.double({ min: 0, max: 0.95, noNaN: true });
const count = fc.integer({ min: 0, max: 10000 });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

test('the band is never upside down: low ≤ high, whatever order the hours per case come in', () => {
  fc.assert(
    fc.property(hours, hours, hours, fc.array(share, { maxLength: 5 }), (client, a, b, reductions) => {
      const [[low, high]] = ok(BANDWIDTH.evaluate([client, a, b, reductions.map(r => [r])]));
      expect(low).toBeLessThanOrEqual(high);
    }),
  );
});

test('WEIGHTED_CASELOAD is linear in the counts', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(count, count, fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 8 }),
      rows => {
        const weights = rows.map(([, , w]) => [w]);
        const of = (counts: number[]) => ok(WEIGHTED_CASELOAD.evaluate([counts.map(c => [c]), weights])) as number;
        const a = rows.map(([x]) => x);
        const b = rows.map(([, y]) => y);
        expect(close(of(a.map((x, i) => x + b[i])), of(a) + of(b))).toBe(true);
        expect(close(of(a.map(x => 3 * x)), 3 * of(a))).toBe(true);
      },
    ),
  );
});

test('FTE_NEEDED grows with cases and falls as available hours grow', () => {
  fc.assert(
    fc.property(
      count,
      fc.integer({ min: 1, max: 500 }),
      hours,
      hours,
      share,
      (cases, extra, perCase, available, indirect) => {
        const needed = (n: number, avail: number) =>
          ok(
            FTE_NEEDED.compute({
              case_counts: cellsOf([n]),
              hours_per_case: cellsOf([perCase]),
              available_hours_per_fte: avail,
              indirect_share: indirect,
              individual_hours: 0,
              reductions: cellsOf([]),
            }),
          );
        expect(needed(cases + extra, available)).toBeGreaterThan(needed(cases, available));
        if (cases > 0) expect(needed(cases, available + 100)).toBeLessThan(needed(cases, available));
      },
    ),
  );
});

test('STAFFING_RATIO × needed gives back the existing FTE', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 500, noNaN: true }),
      fc.double({ min: 0.01, max: 500, noNaN: true }),
      (existing, needed) => {
        expect(close(ok(STAFFING_RATIO.evaluate([existing, needed])) * needed, existing)).toBe(true);
      },
    ),
  );
});
