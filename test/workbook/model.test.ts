// The file format's model refuses, at type-check time (part of npm test), what would make a
// workbook that cannot be read back: a column for a field the table's rows do not have, a labelled
// cell for a plan field that does not exist.
import { AreaSchema } from '../../src/core';
import { field, inputsOf, table, words } from '../../src/workbook/model';

const area = inputsOf(s => s.situation.areas);

test('a table takes only columns for fields its rows have', () => {
  const areas = table({ name: 'vcAreas', path: ['situation', 'areas'], schema: AreaSchema, columns: [area('name')] });
  // @ts-expect-error areas have no field "nmae": a misspelt field is a type error, not an empty column.
  const misspelt = table({ name: 'x', path: ['situation', 'areas'], schema: AreaSchema, columns: [area('nmae')] });
  expect([areas.columns[0].header.nl, misspelt.name]).toEqual(['Gebied', 'x']);
});

test('a labelled cell takes only a path to a field of the plan', () => {
  const hours = field(
    words(s => s.bandwidth.hoursPerWeek),
    ['bandwidth', 'time', 'hoursPerWeek'],
    'number',
  );
  const label = words(s => s.bandwidth.hoursPerWeek);
  // @ts-expect-error the plan has no bandwidth.time.hoursPerWek
  const typo = field(label, ['bandwidth', 'time', 'hoursPerWek'], 'number');
  expect([hours.path, typo.kind]).toEqual([['bandwidth', 'time', 'hoursPerWeek'], 'field']);
});
