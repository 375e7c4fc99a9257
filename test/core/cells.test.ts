// The coercion of what Excel sends into cells: a rectangle in row order, blanks kept in place.
import { isBlankCell, isError, toCells } from '../../src/core';

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
  expect(isError(negative) && negative.code).toBe('#NUM!');
});
