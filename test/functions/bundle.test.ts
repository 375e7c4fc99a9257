// The built dist/functions.js, loaded the way Excel's runtime loads it: a script in a fresh
// global scope that has CustomFunctions.associate. Every catalogue function registers by its id
// and the worked examples give the same numbers as through the source.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { CATALOGUE } from '../../src/core';
import { expectClose, WORKED_EXAMPLES } from '../support/workedExamples';
import { SECOND_PART_EXAMPLES } from './secondPartExamples';

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const bundle = path.resolve(__dirname, '../../dist/functions.js');
const registered = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(() => {
  if (!fs.existsSync(bundle))
    throw new Error('dist/functions.js is missing: run `npm run build` first (npm test does).');
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: ExcelError,
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', notAvailable: '#N/A' },
  };
  const scope = { CustomFunctions, navigator: { language: 'en-US' } };
  vm.runInNewContext(fs.readFileSync(bundle, 'utf8'), scope, { filename: bundle });
});

test('every catalogue function is registered under its id', () => {
  expect([...registered.keys()].sort()).toEqual(CATALOGUE.map(f => f.id).sort());
});

test.each([...WORKED_EXAMPLES, ...SECOND_PART_EXAMPLES])(
  'example %s through the built bundle',
  (_name, id, args, want) => {
    expectClose(registered.get(id)!(...args), want);
  },
);

test('a refusal reaches Excel as its own error type with the message', () => {
  expect(() => registered.get('AVAILABLE_HOURS')!(-36)).toThrow(
    expect.objectContaining({ code: '#NUM!', message: 'hours_per_week must be ≥ 0.' }),
  );
});
