// The pane's requirement check (src/taskpane/requirements.ts) against what the Office port really
// calls: every Excel API member used in src/workbook/office/ is looked up in Office's own type
// definitions (@types/office-js, whose comments name each member's "[Api set: ExcelApi 1.x]"),
// and the check must ask for the highest set any of them needs. And the check itself: in an Excel
// without a set the pane names it, in one with all of them it asks nothing.
import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { missingRequirements, PANE_REQUIREMENTS } from '../src/taskpane/requirements';

const PORT = path.resolve(__dirname, '../src/workbook/office');

const newer = (a: string, b: string) => {
  const [x, y] = [a, b].map(v => v.split('.').map(Number));
  return x[0] !== y[0] ? x[0] > y[0] : x[1] > y[1];
};

/** Each Excel API member the port uses ("Table.resize"), with the set its declaration names. */
function excelApiUsed(): Map<string, string> {
  const files = fs
    .readdirSync(PORT)
    .filter(f => f.endsWith('.ts'))
    .map(f => path.join(PORT, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js'],
  });
  const checker = program.getTypeChecker();
  const used = new Map<string, string>();
  const visit = (node: ts.Node) => {
    const name = ts.isPropertyAccessExpression(node) ? node.name : undefined;
    const symbol = name && checker.getSymbolAtLocation(name);
    const declarations = (symbol?.declarations ?? []).filter(d =>
      d.getSourceFile().fileName.includes('@types/office-js'),
    );
    for (const declaration of declarations) {
      const set = /\[Api set: (ExcelApi\w*) (\d+\.\d+)/.exec(declaration.getFullText());
      if (!set) continue;
      const owner = (declaration.parent as ts.ClassDeclaration).name?.text ?? '?';
      const member = `${owner}.${name!.text}`;
      // Overloads differ only in how an option is typed; the lowest set among them is the one used.
      const version = set[1] === 'ExcelApi' ? set[2] : `${set[1]} ${set[2]}`;
      const known = used.get(member);
      if (!known || newer(known, version)) used.set(member, version);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(program.getSourceFile(file)!);
  return used;
}

const used = excelApiUsed();

test('the port uses the Excel API (the lookup found its members)', () => {
  expect(used.size).toBeGreaterThan(30);
  expect(used.get('Table.resize')).toBe('1.13');
  expect(used.get('Worksheet.getRange')).toBe('1.1');
});

test('only numbered ExcelApi sets: nothing that exists only on the web or only on Windows', () => {
  expect([...used].filter(([, version]) => !/^\d/.test(version))).toEqual([]);
});

test('the pane asks for the highest set the port needs', () => {
  const highest = [...used.values()].reduce((a, b) => (newer(b, a) ? b : a));
  expect(PANE_REQUIREMENTS[0].version).toBe(highest);
  expect(PANE_REQUIREMENTS.map(s => s.version)).toEqual(
    [...PANE_REQUIREMENTS.map(s => s.version)].sort((a, b) => (newer(a, b) ? -1 : 1)),
  );
});

test('every set listed is needed, by a member its description names', () => {
  for (const set of PANE_REQUIREMENTS) {
    const members = [...used].filter(([, version]) => version === set.version).map(([member]) => member);
    expect([set.version, members.some(member => set.uses.includes(member))]).toEqual([set.version, true]);
  }
});

describe('the check', () => {
  const excelWith = (highest: string) => (name: string, version: string) =>
    name === 'ExcelApi' && !newer(version, highest);

  test('an Excel with every set: nothing missing', () => {
    expect(missingRequirements(excelWith('1.20'))).toEqual([]);
    expect(missingRequirements(excelWith(PANE_REQUIREMENTS[0].version))).toEqual([]);
  });

  test('an Excel just too old: the highest set is missing, and named first', () => {
    const missing = missingRequirements(excelWith('1.12'));
    expect(missing.map(s => s.version)).toEqual([PANE_REQUIREMENTS[0].version]);
  });

  test('a very old Excel, or a check that throws: everything it lacks, highest first', () => {
    expect(missingRequirements(excelWith('1.3'))[0]).toBe(PANE_REQUIREMENTS[0]);
    expect(
      missingRequirements(() => {
        throw new Error('no requirements API');
      }),
    ).toEqual(PANE_REQUIREMENTS);
  });
});
