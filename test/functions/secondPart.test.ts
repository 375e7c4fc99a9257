// The catalogue's second part (DOMAIN.md; examples 13-17 are in secondPartExamples.ts):
// deviating cases in one direction. Hand-computed examples, refusals that name the argument in
// both languages, and laws that hold for any input.
import fc from 'fast-check';
import { FUNCTIONS } from '../../src/core';
import { column } from '../support/excelRuntime';
import { dutch, english, ok, value } from './calls';

const { DEVIATING_CASES } = FUNCTIONS;

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
