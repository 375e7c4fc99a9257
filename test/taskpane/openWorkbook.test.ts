// Where the pane runs decides whether a copy of the plan is kept in the browser: inside Excel the
// workbook is the store and the browser's storage is never touched; outside, the pane looks for
// the copy kept last time, and starts from the sample when there is none (or the browser keeps none).
import { samplePlan } from '../../src/core';
import { openWorkbook } from '../../src/taskpane/openWorkbook';

const scope = globalThis as { indexedDB?: unknown };
let opened: jest.Mock;

beforeEach(() => {
  opened = jest.fn(() => {
    throw new Error('this browser keeps nothing');
  });
  scope.indexedDB = { open: opened };
});
afterEach(() => delete scope.indexedDB);

test('inside Excel: no copy, and the browser’s storage is never opened', async () => {
  const connection = await openWorkbook({ inExcel: true }, 'nl');
  expect(connection.copy).toBeUndefined();
  expect(connection.restored).toBeUndefined();
  expect(opened).not.toHaveBeenCalled();
});

test('in a plain browser: the copy kept last time is looked for; none kept, the sample starts', async () => {
  const connection = await openWorkbook({ inExcel: false }, 'nl');
  expect(opened).toHaveBeenCalled();
  expect(connection.copy).toBeDefined();
  expect(connection.restored).toBeUndefined();
  expect((await connection.storage.load()).plan.situation.municipality).toBe(samplePlan().situation.municipality);
});
