// Where the pane runs decides whether a copy of the plan is kept in the browser: inside Excel the
// workbook is the store and the browser's storage is never touched; outside, the pane looks for
// the copy kept last time, and starts from the sample when there is none (or the browser keeps none).
// Outside Excel the plan is shown before its workbook in memory is built: it must be the very plan
// that workbook then holds, or what the pane shows and what a download holds would differ.
import { samePlan, samplePlan } from '../../src/core';
import { openEmptyWorkbook, openWorkbook } from '../../src/taskpane/openWorkbook';

const scope = globalThis as { indexedDB?: unknown };
let opened: jest.Mock;

beforeEach(() => {
  opened = jest.fn(() => {
    throw new Error('this browser keeps nothing');
  });
  scope.indexedDB = { open: opened };
});
afterEach(() => delete scope.indexedDB);

test('inside Excel: no plan before the workbook, no copy, and the browser’s storage is never opened', async () => {
  const start = await openWorkbook({ inExcel: true }, 'nl');
  expect(start.shown).toBeUndefined();
  expect(opened).not.toHaveBeenCalled();
});

test('in a plain browser: the copy kept last time is looked for; none kept, the sample starts', async () => {
  const start = await openWorkbook({ inExcel: false }, 'nl');
  expect(opened).toHaveBeenCalled();
  expect(start.shown?.restored).toBeUndefined();
  expect(start.shown?.plan.situation.municipality).toBe(samplePlan().situation.municipality);
  const connection = await start.open();
  expect(connection.copy).toBeDefined();
  expect(connection.restored).toBeUndefined();
  expect((await connection.storage.load()).plan.situation.municipality).toBe(samplePlan().situation.municipality);
});

test('in a plain browser: the plan shown first is the plan its workbook in memory holds once built', async () => {
  const start = await openWorkbook({ inExcel: false }, 'en');
  const { plan, fresh, warnings } = await (await start.open()).storage.load();
  expect(samePlan(start.shown!.plan, plan)).toBe(true);
  expect(fresh).toBe(false);
  expect(start.shown!.fresh).toBe(false);
  expect(warnings).toEqual([]);
});

test('starting empty: a workbook in memory without the sample, whose plan is new and empty', async () => {
  const connection = await openEmptyWorkbook('en');
  const { plan, fresh } = await connection.storage.load();
  expect(fresh).toBe(true);
  expect(plan.situation.municipality).toBe('');
  expect(plan.teams.flatMap(team => team.roster)).toEqual([]);
  expect(connection.memory?.sheets).toEqual([]);
  expect(connection.copy).toBeDefined();
});
