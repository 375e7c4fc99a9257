// A live formula with a misspelt column name shows #REF! or #NAME? only once Excel opens the
// workbook. Check every structured reference the layout writes against the headers it names, and
// every word the layout types into a CASELOAD function against the words that function reads.
import { CATALOGUE, isError, samplePlan, toWord } from '../../src/core';
import { ALL_TABLES } from '../../src/workbook/layout';
import { toSheets } from '../../src/workbook/toSheets';

const headers = new Map(ALL_TABLES.map(t => [t.name, t.columns.map(c => c.header.nl)]));
const formulas = toSheets(samplePlan(), '2026-12-02').flatMap(sheet => [
  ...sheet.cells.filter(c => c.formula).map(c => ({ table: undefined as string | undefined, formula: c.formula! })),
  ...sheet.tables.flatMap(t => t.rows[0].filter(c => c.formula).map(c => ({ table: t.name, formula: c.formula! }))),
]);

test('the layout writes live formulas on every sheet, the scenario comparison included', () => {
  expect(formulas.filter(f => f.table === 'vcScenarios').length).toBe(8);
  expect(formulas.filter(f => f.table === 'vcTeams').length).toBe(14);
  expect(formulas.filter(f => f.table === 'vcWeeks').length).toBe(8);
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

/** The arguments of the call whose "(" is at `open`, split at its own commas (not those in quotes or brackets). */
function argumentsAt(formula: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = open + 1;
  for (let i = open + 1; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') quoted = !quoted;
    if (quoted) continue;
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ')' || (c === ',' && depth === 0)) {
      args.push(formula.slice(start, i).trim());
      if (c === ')') return args;
      start = i + 1;
    }
  }
  throw new Error(`unclosed call in ${formula}`);
}

const calls = formulas.flatMap(({ formula }) =>
  [...formula.matchAll(/CASELOAD\.([A-Z_]+)\(/g)].map(m => ({
    formula,
    id: m[1],
    args: argumentsAt(formula, m.index! + m[0].length - 1),
  })),
);

test('the sheets call CASELOAD functions, the direction of DEVIATING_CASES among them', () => {
  expect(calls.filter(c => c.id === 'DEVIATING_CASES').length).toBeGreaterThan(0);
});

test.each(calls.map(c => [c.id, c.formula, c] as const))(
  '%s in %s gets only words it reads',
  (_id, _formula, { id, args }) => {
    const fn = CATALOGUE.find(f => f.id === id)!;
    expect(fn).toBeDefined();
    const names = Object.keys(fn.params);
    expect(args.length).toBeLessThanOrEqual(names.length);
    args.forEach((arg, i) => {
      const text = /^"(.*)"$/.exec(arg)?.[1];
      if (text === undefined) return;
      // A typed word where the function reads a word: one of its words (else Excel shows #VALUE!).
      const param = fn.params[names[i] as keyof typeof fn.params] as { kind: string; words?: never };
      expect(param.kind).toBe('word');
      expect(isError(toWord(text, names[i], param.words!))).toBe(false);
    });
  },
);
