// A live formula with a misspelt column name shows #REF! or #NAME? only once Excel opens the
// workbook. Check every structured reference the layout writes against the headers it names.
import { samplePlan } from '../../src/core';
import { ALL_TABLES } from '../../src/workbook/layout';
import { toSheets } from '../../src/workbook/toSheets';

const headers = new Map(ALL_TABLES.map(t => [t.name, t.columns.map(c => c.header.nl)]));
const formulas = toSheets(samplePlan(), '2026-12-02').flatMap(sheet => [
  ...sheet.cells.filter(c => c.formula).map(c => ({ table: undefined as string | undefined, formula: c.formula! })),
  ...sheet.tables.flatMap(t => t.rows[0].filter(c => c.formula).map(c => ({ table: t.name, formula: c.formula! }))),
]);

test('the layout writes live formulas on every sheet, the scenario comparison included', () => {
  expect(formulas.filter(f => f.table === 'vcScenarios').length).toBe(8);
  expect(formulas.filter(f => f.table === 'vcTeams').length).toBe(11);
  expect(formulas.filter(f => f.table === 'vcWeeks').length).toBe(6);
});

test.each(formulas.map(f => [f.formula, f]))('%s names only columns that exist', (_text, { table, formula }) => {
  // [@Col] and [@[Col name]]: a column of the row's own table.
  for (const m of formula.matchAll(/\[@(?:\[([^\]]+)\]|([^\][]+))\]/g)) {
    expect(table).toBeDefined();
    expect(headers.get(table!)).toContain(m[1] ?? m[2]);
  }
  // vcTable[Col]: a column of a named table.
  for (const [, name, column] of formula.matchAll(/\b(vc\w+)\[([^\]@]+)\]/g)) {
    expect(headers.get(name)).toContain(column);
  }
});
