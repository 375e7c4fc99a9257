// Renaming a team: everything that names it follows; a name that is empty or another team's is refused.
import { EDITS, financeFigures, samplePlan, teamNameProblem, todayIso } from '../../../src/core';

test('refuses an empty name and another team’s name (case and spaces aside), not the team’s own', () => {
  const plan = samplePlan();
  const noord = plan.teams[0].id;
  expect(teamNameProblem(plan, noord, '  ')).toBe('empty');
  expect(teamNameProblem(plan, noord, ' centrum')).toBe('taken');
  expect(teamNameProblem(plan, noord, 'NOORD')).toBeUndefined();
  expect(teamNameProblem(plan, noord, 'Oost')).toBeUndefined();
  expect(EDITS.renameTeam.perform(plan, { id: noord, name: 'Centrum' })).toBe(plan);
});

test('areas, scenarios, pay and budgets that named the team name it anew; the team keeps its id and rows', () => {
  const plan = samplePlan();
  const renamed = EDITS.renameTeam.perform(plan, { id: plan.teams[0].id, name: 'Noord-Oost' });
  expect(renamed.teams.map(t => t.name)).toEqual(['Noord-Oost', 'Centrum', 'Zuid', 'Jeugd']);
  expect(renamed.teams[0].id).toBe(plan.teams[0].id);
  expect(renamed.teams[0].roster).toBe(plan.teams[0].roster);
  expect(renamed.situation.areas.map(a => a.team)).toEqual(['Noord-Oost', 'Centrum', 'Zuid', 'Jeugd']);
  // The area keeps its own name: only the team it refers to changed.
  expect(renamed.situation.areas[0].name).toBe('Noord');
  expect(renamed.scenarios.map(s => s.team)).toEqual(['Noord-Oost', 'Noord-Oost', 'Zuid', 'Centrum']);
  expect(renamed.finance.pay.filter(p => p.team === 'Noord-Oost')).toHaveLength(6);
  expect(renamed.finance.budgets[0].team).toBe('Noord-Oost');
  const today = todayIso();
  expect(financeFigures(renamed, today).teams[0]).toEqual({
    ...financeFigures(plan, today).teams[0],
    name: 'Noord-Oost',
  });
});
