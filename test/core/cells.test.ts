// The coercion of what Excel sends into cells: a rectangle in row order, blanks kept in place.
import {
  cellAt,
  cellsOf,
  dateText,
  define,
  isBlankCell,
  isError,
  NO_CELLS,
  optionalRange,
  range,
  sumProduct,
  sumProductOfRanges,
  toCells,
  toWord,
} from '../../src/core';

const read = (value: unknown) => {
  const cells = toCells(value, 'counts');
  if (isError(cells)) throw new Error(`refused: ${cells.reason}`);
  return { values: [...cells.values].map(v => (isBlankCell(v) ? null : v)), shape: cells.shape };
};

test('a range is read row by row, blanks in place', () => {
  expect(
    read([
      [1, null],
      ['', 4],
    ]),
  ).toEqual({ values: [1, null, null, 4], shape: '2×2' });
});

test('a single value is a 1×1 range, an empty range has no cells', () => {
  expect(read(7)).toEqual({ values: [7], shape: '1×1' });
  expect(read([])).toEqual({ values: [], shape: '0×0' });
});

test('ragged rows (never from Excel, possible from a script) lose no cell', () => {
  expect(read([[1, 2], [3], [4, 5, 6]])).toEqual({ values: [1, 2, 3, 4, 5, 6], shape: '3×3' });
  expect(read([[1], [2, 3]])).toEqual({ values: [1, 2, 3], shape: '2×2' });
});

test('the refusal names the cell, counted in row order', () => {
  const refused = toCells(
    [
      [1, 2],
      [3, 'veel'],
    ],
    'counts',
    'nonNegative',
  );
  expect(isError(refused) && refused.detail).toMatchObject({ argument: 'counts', cell: 4, got: 'veel' });
  const negative = toCells([[1], [-2]], 'counts', 'nonNegative');
  // #NUM!, as Excel's own functions answer a number outside what they take.
  expect(isError(negative) && negative.code).toBe('#NUM!');
});

describe('sumProductOfRanges: Σ a×b straight from the rows, or undefined for the general path', () => {
  const sum = (a: unknown, b: unknown) => sumProductOfRanges(a, b, 'nonNegative', 'nonNegative');

  test('a column, a row and a block, blanks (null, undefined, "") adding nothing', () => {
    expect(sum([[1], [null], [3]], [[4], [5], ['']])).toBe(4);
    expect(sum([[1, undefined, 3, 2]], [[4, 5, 6, 0.5]])).toBe(23);
    expect(
      sum(
        [
          [1, 2],
          [3, null],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toBe(38);
    expect(sum([], [])).toBe(0);
    expect(sum([[]], [[]])).toBe(0);
  });

  test('the same total, bit for bit, as toCells and sumProduct in row order', () => {
    const a = [
      [0.1, 0.7, null],
      [1e-3, 3, 2.5],
      ['', 1 / 3, 9],
    ];
    const b = [
      [0.2, 0.3, 4],
      [5, '', 0.1],
      [7, 3, 1e-7],
    ];
    const cells = (v: unknown) => {
      const c = toCells(v, 'x', 'nonNegative');
      if (isError(c)) throw new Error('refused');
      return c;
    };
    expect(sum(a, b)).toBe(sumProduct(cells(a), cells(b)));
  });

  test('undefined for anything the general path must look at: a cell to refuse, a shape that differs', () => {
    for (const bad of ['veel', '12', true, -1, -5e-324, NaN, Infinity, { code: '#N/A' }, {}, [1]]) {
      expect(sum([[1], [bad]], [[1], [1]])).toBeUndefined();
      expect(sum([[1], [1]], [[1], [bad]])).toBeUndefined();
    }
    expect(sum([[1, 2, 3]], [[1], [2], [3]])).toBeUndefined(); // a row against a column
    expect(sum([[1], [2]], [[1], [2], [3]])).toBeUndefined();
    expect(sum([[1], [2, 3]], [[1, 2], [3]])).toBeUndefined();
    expect(sum([1, 2], [1, 2])).toBeUndefined(); // rows that are not arrays
    expect(sum([[1], null], [[1], null])).toBeUndefined();
    expect(sum(5, 5)).toBeUndefined(); // a single value
  });

  test('each range held to its own check', () => {
    expect(sumProductOfRanges([[0.5]], [[-2]], 'share', 'number')).toBe(-1);
    expect(sumProductOfRanges([[1.5]], [[2]], 'share', 'number')).toBeUndefined();
    expect(sumProductOfRanges([[0]], [[2]], 'positive', 'number')).toBeUndefined();
    expect(sumProductOfRanges([[2]], [[0]], 'positive', 'nonNegative')).toBe(0);
  });
});

describe('toWord: one word out of a few, in any language', () => {
  const words = { both: { en: 'both', nl: 'beide' }, above: { en: 'above', nl: 'boven' } };

  test('the id of the word, whatever the language, case or spaces around it; null for a blank', () => {
    expect(toWord('above', 'direction', words)).toBe('above');
    expect(toWord('  BOVEN ', 'direction', words)).toBe('above');
    expect(toWord('Beide', 'direction', words)).toBe('both');
    expect(toWord([['boven']], 'direction', words)).toBe('above');
    for (const blank of [null, undefined, '', [], [[]], [[null]]]) expect(toWord(blank, 'direction', words)).toBeNull();
  });

  test('anything else is refused with what it holds and the words to choose from', () => {
    const refused = toWord('boventje', 'direction', words);
    expect(isError(refused) && refused.code).toBe('#VALUE!');
    expect(isError(refused) && refused.detail).toEqual({
      argument: 'direction',
      got: 'boventje',
      words: [words.both, words.above],
    });
    for (const [input, got] of [
      [2, '2'],
      [false, 'FALSE'],
      [{ type: 'String', basicValue: 'above' }, 'object'],
      ['b o v e n', 'b o v e n'],
    ] as const) {
      const result = toWord(input, 'direction', words);
      expect(isError(result) && [result.reason, result.detail.got]).toEqual(['notAWord', got]);
    }
    // #REF! a custom function may take but not give: #VALUE!, whose message says #REF! came in.
    const error = toWord({ code: '#REF!' }, 'direction', words);
    expect(isError(error) && [error.code, error.reason, error.detail.got]).toEqual(['#VALUE!', 'excelError', '#REF!']);
    const range = toWord([['above'], ['both']], 'direction', words);
    expect(isError(range) && [range.reason, range.detail.got]).toEqual(['notSingle', '2×1']);
  });
});

test('dateText shows a whole-day serial as its date, anything else as the number', () => {
  expect(dateText(46000)).toBe('2025-12-09');
  expect(dateText(61)).toBe('1900-03-01');
  expect(dateText(2958465)).toBe('9999-12-31');
  for (const serial of [60, 0, -1, 46000.5, 2958466, 1e308]) expect(dateText(serial)).toBe(String(serial));
});

describe('an optional range that must line up with another', () => {
  const fn = define('PAIR', { a: range(), b: optionalRange('number', 'a') }, x => x.b.values.length);

  test('left out (blank or missing) it has no cells and lines up with anything; cellAt reads it as blank', () => {
    expect(fn.evaluate([[[1], [2]]])).toBe(0);
    expect(fn.evaluate([[[1], [2]], null])).toBe(0);
    expect(fn.evaluate([[[1], [2]], ''])).toBe(0);
    expect(isBlankCell(cellAt(NO_CELLS, 0))).toBe(true);
    expect(cellAt(cellsOf([3, 4]), 1)).toBe(4);
  });

  test('given, it must have as many cells', () => {
    expect(
      fn.evaluate([
        [[1], [2]],
        [[5], [6]],
      ]),
    ).toBe(2);
    const refused = fn.evaluate([[[1], [2]], [[5]]]);
    expect(isError(refused) && refused.detail).toMatchObject({
      argument: 'a',
      other: 'b',
      got: '2×1',
      otherGot: '1×1',
    });
  });
});
