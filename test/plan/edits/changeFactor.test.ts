// A weighing factor changed from a date: the old reduction keeps its period, so the band proposed
// for a date before the change is what it was, and the one after holds the new reduction.
import { bandFrom, EDITS, isError, samplePlan } from '../../../src/core';

test('a registration burden raised from 8% from 1 December keeps 5% for the months before', () => {
  const plan = samplePlan();
  const team = plan.teams[0];
  const at = team.factors.findIndex(f => f.name.startsWith('Registratielast'));
  const changed = EDITS.changeFactor.perform(plan, {
    team: team.id,
    index: at,
    row: { ...team.factors[at], reduction: 0.08 },
    from: '2026-12-01',
  });
  const factors = changed.teams[0].factors;
  expect(factors[at]).toMatchObject({ reduction: 0.08, from: '2026-12-01', to: '2026-12-31' });
  expect(factors[at + 1]).toMatchObject({ reduction: 0.05, from: '2026-01-01', to: '2026-11-30' });
  expect(bandFrom(changed, 0, '2026-11-30')).toEqual(bandFrom(plan, 0, '2026-11-30'));
  const [before, after] = [bandFrom(plan, 0, '2026-12-01'), bandFrom(changed, 0, '2026-12-01')];
  if (isError(before) || isError(after)) throw new Error('no band');
  expect(after.high).toBeCloseTo((before.high / 0.95) * 0.92, 9);
  // Its note or name is no period's value: changed in place.
  const noted = EDITS.changeFactor.perform(plan, {
    team: team.id,
    index: at,
    row: { ...team.factors[at], note: 'Nieuw systeem sinds januari' },
    from: '2026-12-01',
  });
  expect(noted.teams[0].factors).toHaveLength(team.factors.length);
});
