// Removing a team: never the last, and what named it stays as typed.
import { EDITS, samplePlan } from '../../../src/core';

test('removes a team but never the last, leaving areas, scenarios and budgets as typed', () => {
  const plan = samplePlan();
  const without = EDITS.removeTeam.perform(plan, { id: plan.teams[1].id });
  expect(without.teams.map(t => t.name)).toEqual(['Noord', 'Zuid', 'Jeugd']);
  expect(without.situation.areas[1].team).toBe('Centrum');
  expect(without.finance.budgets.map(b => b.team)).toEqual(plan.finance.budgets.map(b => b.team));
  const one = { ...plan, teams: [plan.teams[0]] };
  expect(EDITS.removeTeam.perform(one, { id: plan.teams[0].id })).toBe(one);
});
