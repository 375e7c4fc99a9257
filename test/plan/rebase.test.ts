// Two people editing one shared workbook: what one typed is re-applied on what the other saved,
// row by row, so neither loses a row.
import { planChanges, rebase, samplePlan } from '../../src/core';

const base = samplePlan();
const person = (name: string) => ({
  name,
  fte: 0.8,
  reduction: 0,
  from: '',
  to: '',
  openCases: 0,
  indirectHoursPerWeek: 0,
});
const withRoster = (
  plan: typeof base,
  team: number,
  change: (roster: (typeof base)['teams'][0]['roster']) => (typeof base.teams)[0]['roster'],
) => ({
  ...plan,
  teams: plan.teams.map((t, i) => (i === team ? { ...t, roster: change(t.roster) } : t)),
});

test('rows both people added are both there, theirs first, mine after', () => {
  const mine = withRoster(base, 0, r => [...r, person('Mijn nieuwe')]);
  const theirs = withRoster(base, 0, r => [...r, person('Hun nieuwe')]);
  const merged = rebase(base, mine, theirs);
  expect(merged.teams[0].roster.map(p => p.name).slice(-2)).toEqual(['Hun nieuwe', 'Mijn nieuwe']);
});

test('a row I changed replaces the old row in place; a row they changed keeps their change', () => {
  const mine = withRoster(base, 0, r => r.map(p => (p.name === 'Bram' ? { ...p, fte: 0.9 } : p)));
  const theirs = withRoster(base, 0, r => r.map(p => (p.name === 'Dennis' ? { ...p, openCases: 20 } : p)));
  const merged = rebase(base, mine, theirs);
  const roster = merged.teams[0].roster;
  expect(roster.map(p => p.name)).toEqual(base.teams[0].roster.map(p => p.name));
  expect(roster.find(p => p.name === 'Bram')?.fte).toBe(0.9);
  expect(roster.find(p => p.name === 'Dennis')?.openCases).toBe(20);
});

test('when both changed the same row, both versions stay: nothing either typed is lost', () => {
  const mine = withRoster(base, 0, r => r.map(p => (p.name === 'Bram' ? { ...p, fte: 0.9 } : p)));
  const theirs = withRoster(base, 0, r => r.map(p => (p.name === 'Bram' ? { ...p, fte: 0.7 } : p)));
  const brams = rebase(base, mine, theirs).teams[0].roster.filter(p => p.name === 'Bram');
  expect(brams.map(p => p.fte)).toEqual([0.7, 0.9]);
});

test('a row I removed goes, a value I changed wins, a value I left alone takes theirs', () => {
  const mine = {
    ...withRoster(base, 1, r => r.slice(1)),
    bandwidth: { ...base.bandwidth, hoursPerCaseHeavy: 42 },
  };
  const theirs = { ...base, bandwidth: { ...base.bandwidth, caseDurationWeeks: 30 } };
  const merged = rebase(base, mine, theirs);
  expect(merged.teams[1].roster).toEqual(base.teams[1].roster.slice(1));
  expect(merged.bandwidth.hoursPerCaseHeavy).toBe(42);
  expect(merged.bandwidth.caseDurationWeeks).toBe(30);
});

test('a team they added stays; my rows stay with my team by name even when the teams moved', () => {
  const theirs = { ...base, teams: [{ ...base.teams[3], name: 'Oost', roster: [] }, ...base.teams] };
  const mine = withRoster(base, 2, r => [...r, person('Nieuw in Zuid')]);
  const merged = rebase(base, mine, theirs);
  expect(merged.teams.map(t => t.name)).toEqual(['Oost', 'Noord', 'Centrum', 'Zuid', 'Jeugd']);
  expect(merged.teams[3].roster.at(-1)?.name).toBe('Nieuw in Zuid');
});

test('what they changed, said list by list', () => {
  const theirs = {
    ...withRoster(base, 0, r => [...r, person('Hun nieuwe')]),
    bandwidth: { ...base.bandwidth, caseDurationWeeks: 30 },
  };
  expect(planChanges(base, theirs)).toEqual([
    { where: 'bandwidth.caseDurationWeeks', kind: 'changed', count: 1 },
    { where: 'teams.Noord.roster', kind: 'added', count: 1 },
  ]);
  expect(planChanges(base, base)).toEqual([]);
  const withTeam = { ...base, teams: [...base.teams, { ...base.teams[0], name: 'Oost' }] };
  expect(planChanges(base, withTeam)).toEqual([{ where: 'teams.Oost', kind: 'added', count: 1 }]);
  expect(planChanges(withTeam, base)).toEqual([{ where: 'teams.Oost', kind: 'removed', count: 1 }]);
});
