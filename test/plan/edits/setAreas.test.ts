// Step 1's areas: renaming one keeps its facilities and care demand linked to it.
import { EDITS, newId, samplePlan } from '../../../src/core';

test('a renamed area takes its facilities and demand along; other areas’ rows stay as they are', () => {
  const plan = samplePlan();
  const areas = plan.situation.areas.map((a, i) => (i === 0 ? { ...a, name: 'Noord-West' } : a));
  const renamed = EDITS.setAreas.perform(plan, areas);
  const noord = (rows: readonly { area: string }[]) => rows.filter(r => r.area === 'Noord-West').length;
  expect(noord(renamed.situation.facilities)).toBe(plan.situation.facilities.filter(f => f.area === 'Noord').length);
  expect(noord(renamed.situation.demand)).toBe(plan.situation.demand.filter(d => d.area === 'Noord').length);
  expect(renamed.situation.facilities.some(f => f.area === 'Noord')).toBe(false);
  expect(renamed.situation.facilities.filter(f => f.area === 'Zuid')).toEqual(
    plan.situation.facilities.filter(f => f.area === 'Zuid'),
  );
});

test('two areas swapping names swap their rows; an area added or removed renames nothing', () => {
  const plan = samplePlan();
  const [noord, centrum] = plan.situation.areas;
  const swapped = EDITS.setAreas.perform(plan, [
    { ...noord, name: 'Centrum' },
    { ...centrum, name: 'Noord' },
    ...plan.situation.areas.slice(2),
  ]);
  expect(swapped.situation.facilities.map(f => f.area)).toEqual(
    plan.situation.facilities.map(f => (f.area === 'Noord' ? 'Centrum' : f.area === 'Centrum' ? 'Noord' : f.area)),
  );
  const added = [...plan.situation.areas, { ...noord, id: newId(), name: 'Oost' }];
  expect(EDITS.setAreas.perform(plan, added).situation.facilities).toBe(plan.situation.facilities);
  // A removed area's facilities keep naming it: nothing typed is thrown away.
  const removed = EDITS.setAreas.perform(plan, plan.situation.areas.slice(1));
  expect(removed.situation.facilities).toBe(plan.situation.facilities);
});
