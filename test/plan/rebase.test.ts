// Two people editing one shared workbook: what one typed is re-applied on what the other saved.
// Nothing either typed is lost: it is in the merged plan, or offered beside it to choose.
import {
  EDITS,
  newId,
  Person,
  Plan,
  PlanSchema,
  planChanges,
  rebase,
  resolveDisagreement,
  samplePlan,
} from '../../src/core';

const base = samplePlan();
const person = (name: string): Person => ({
  name,
  fte: 0.8,
  reduction: 0,
  from: '',
  to: '',
  openCases: 0,
  indirectHoursPerWeek: 0,
});
const withRoster = (plan: Plan, team: number, change: (roster: Person[]) => Person[]): Plan => ({
  ...plan,
  teams: plan.teams.map((t, i) => (i === team ? { ...t, roster: change(t.roster) } : t)),
});
const teamNamed = (plan: Plan, name: string) => plan.teams.find(t => t.name === name)!;

test('rows both people added are both there, theirs first, mine after', () => {
  const mine = withRoster(base, 0, r => [...r, person('Mijn nieuwe')]);
  const theirs = withRoster(base, 0, r => [...r, person('Hun nieuwe')]);
  const { plan, disagreements } = rebase(base, mine, theirs);
  expect(plan.teams[0].roster.map(p => p.name).slice(-2)).toEqual(['Hun nieuwe', 'Mijn nieuwe']);
  expect(disagreements).toEqual([]);
});

test('the same row added by both is one row', () => {
  const both = withRoster(base, 0, r => [...r, person('Dezelfde')]);
  const { plan } = rebase(base, both, both);
  expect(plan.teams[0].roster.filter(p => p.name === 'Dezelfde')).toHaveLength(1);
});

test('a row I changed replaces the old row in place; a row they changed keeps their change', () => {
  const mine = withRoster(base, 0, r => r.map(p => (p.name === 'Bram' ? { ...p, fte: 0.9 } : p)));
  const theirs = withRoster(base, 0, r => r.map(p => (p.name === 'Dennis' ? { ...p, openCases: 20 } : p)));
  const { plan, disagreements } = rebase(base, mine, theirs);
  const roster = plan.teams[0].roster;
  expect(roster.map(p => p.name)).toEqual(base.teams[0].roster.map(p => p.name));
  expect(roster.find(p => p.name === 'Bram')?.fte).toBe(0.9);
  expect(roster.find(p => p.name === 'Dennis')?.openCases).toBe(20);
  expect(disagreements).toEqual([]);
});

test('when both changed the same row, both versions stay and are offered to choose from', () => {
  const mine = withRoster(base, 0, r => r.map(p => (p.name === 'Bram' ? { ...p, fte: 0.9 } : p)));
  const theirs = withRoster(base, 0, r => r.map(p => (p.name === 'Bram' ? { ...p, fte: 0.7 } : p)));
  const { plan, disagreements } = rebase(base, mine, theirs);
  expect(plan.teams[0].roster.filter(p => p.name === 'Bram').map(p => p.fte)).toEqual([0.7, 0.9]);
  expect(disagreements).toEqual([
    expect.objectContaining({
      kind: 'row',
      where: 'teams.Noord.roster',
      mine: expect.objectContaining({ fte: 0.9 }),
      theirs: expect.objectContaining({ fte: 0.7 }),
    }),
  ]);
  const brams = (p: Plan, choice: 'mine' | 'theirs' | 'both') =>
    resolveDisagreement(p, disagreements[0], choice)
      .teams[0].roster.filter(r => r.name === 'Bram')
      .map(r => r.fte);
  expect(brams(plan, 'mine')).toEqual([0.9]);
  expect(brams(plan, 'theirs')).toEqual([0.7]);
  expect(brams(plan, 'both')).toEqual([0.7, 0.9]);
});

test('a value both changed: mine is shown, theirs is offered, and choosing theirs takes it', () => {
  const mine = { ...base, bandwidth: { ...base.bandwidth, hoursPerCaseHeavy: 42 } };
  const theirs = { ...base, bandwidth: { ...base.bandwidth, hoursPerCaseHeavy: 38 } };
  const { plan, disagreements } = rebase(base, mine, theirs);
  expect(plan.bandwidth.hoursPerCaseHeavy).toBe(42);
  expect(disagreements).toEqual([
    {
      kind: 'value',
      where: 'bandwidth.hoursPerCaseHeavy',
      path: ['bandwidth', 'hoursPerCaseHeavy'],
      mine: 42,
      theirs: 38,
    },
  ]);
  expect(resolveDisagreement(plan, disagreements[0], 'theirs').bandwidth.hoursPerCaseHeavy).toBe(38);
});

test('a row I removed goes, a value I changed wins, a value I left alone takes theirs', () => {
  const mine = {
    ...withRoster(base, 1, r => r.slice(1)),
    bandwidth: { ...base.bandwidth, hoursPerCaseHeavy: 42 },
  };
  const theirs = { ...base, bandwidth: { ...base.bandwidth, caseDurationWeeks: 30 } };
  const { plan } = rebase(base, mine, theirs);
  expect(plan.teams[1].roster).toEqual(base.teams[1].roster.slice(1));
  expect(plan.bandwidth.hoursPerCaseHeavy).toBe(42);
  expect(plan.bandwidth.caseDurationWeeks).toBe(30);
});

test('a team they added stays; my rows stay with my team when the teams moved', () => {
  const theirs = EDITS.addTeam.perform(base, { name: 'Oost', id: newId() });
  const moved = { ...theirs, teams: [theirs.teams[4], ...theirs.teams.slice(0, 4)] };
  const mine = withRoster(base, 2, r => [...r, person('Nieuw in Zuid')]);
  const { plan } = rebase(base, mine, moved);
  expect(plan.teams.map(t => t.name)).toEqual(['Oost', 'Noord', 'Centrum', 'Zuid', 'Jeugd']);
  expect(teamNamed(plan, 'Zuid').roster.at(-1)?.name).toBe('Nieuw in Zuid');
});

// ---- Issue 19, point 1: each of these lost data before teams, areas and categories had ids ----

test('Anna renames Noord to Noord-West while Bert adds BERT to Noord: BERT is in Noord-West', () => {
  const anna = EDITS.renameTeam.perform(base, { id: base.teams[0].id, name: 'Noord-West' });
  const bert = withRoster(base, 0, r => [...r, person('BERT')]);
  const { plan, disagreements } = rebase(base, bert, anna);
  expect(plan.teams.map(t => t.name)).toEqual(['Noord-West', 'Centrum', 'Zuid', 'Jeugd']);
  expect(plan.teams[0].roster.at(-1)?.name).toBe('BERT');
  // What named the team follows the new name, in Bert's rows too.
  expect(plan.situation.areas[0].team).toBe('Noord-West');
  expect(disagreements).toEqual([]);
  // And the other way round: Bert renames, Anna's row is in the renamed team.
  const { plan: other } = rebase(base, anna, bert);
  expect(other.teams[0]).toMatchObject({ name: 'Noord-West' });
  expect(other.teams[0].roster.at(-1)?.name).toBe('BERT');
});

test('Anna renames area Noord while Bert adds a facility to Noord: it is in the renamed area', () => {
  const areas = base.situation.areas.map((a, i) => (i === 0 ? { ...a, name: 'Noord-West' } : a));
  const anna = EDITS.setAreas.perform(base, areas);
  const facility = { area: 'Noord', kind: 'Buurthuis', count: 1 };
  const bert = { ...base, situation: { ...base.situation, facilities: [...base.situation.facilities, facility] } };
  const { plan } = rebase(base, bert, anna);
  expect(plan.situation.facilities.at(-1)).toEqual({ ...facility, area: 'Noord-West' });
  expect(plan.situation.facilities.some(f => f.area === 'Noord')).toBe(false);
});

test('Anna renames a category while Bert lists a case of it: the case keeps its category', () => {
  const categories = base.bandwidth.categories.map((c, i) => (i === 0 ? { ...c, name: 'Enkelvoudig' } : c));
  const anna = EDITS.setCategories.perform(base, categories);
  const listed = { ...base.teams[0].caseList[0], caseNumber: 'Z-900', category: 'Enkelvoudige vraag' };
  const bert = {
    ...base,
    teams: base.teams.map((t, i) => (i === 0 ? { ...t, caseList: [...t.caseList, listed] } : t)),
  };
  const { plan } = rebase(base, bert, anna);
  expect(plan.teams[0].caseList.at(-1)).toEqual({ ...listed, category: 'Enkelvoudig' });
});

test('Anna removes Zuid while Bert edits Zuid: Zuid stays with his edit, and he may remove it after all', () => {
  const anna = EDITS.removeTeam.perform(base, { id: base.teams[2].id });
  const bert = withRoster(base, 2, r => [...r, person('Nieuw in Zuid')]);
  const { plan, disagreements } = rebase(base, bert, anna);
  expect(teamNamed(plan, 'Zuid').roster.at(-1)?.name).toBe('Nieuw in Zuid');
  expect(disagreements).toEqual([
    expect.objectContaining({ kind: 'kept', entity: 'team', name: 'Zuid', removedBy: 'them', where: 'teams.Zuid' }),
  ]);
  expect(resolveDisagreement(plan, disagreements[0], 'mine').teams.map(t => t.name)).toContain('Zuid');
  expect(resolveDisagreement(plan, disagreements[0], 'theirs').teams.map(t => t.name)).not.toContain('Zuid');
  // Removed on one side and left alone on the other: simply gone.
  expect(rebase(base, base, anna).plan.teams.map(t => t.name)).toEqual(['Noord', 'Centrum', 'Jeugd']);
});

test('Bert removes Zuid while Anna edited it: Zuid stays with her edit, and his removal is offered', () => {
  const anna = withRoster(base, 2, r => [...r, person('Nieuw in Zuid')]);
  const bert = EDITS.removeTeam.perform(base, { id: base.teams[2].id });
  const { plan, disagreements } = rebase(base, bert, anna);
  expect(teamNamed(plan, 'Zuid').roster.at(-1)?.name).toBe('Nieuw in Zuid');
  expect(disagreements).toEqual([expect.objectContaining({ kind: 'kept', removedBy: 'me' })]);
  expect(resolveDisagreement(plan, disagreements[0], 'mine').teams.map(t => t.name)).not.toContain('Zuid');
});

test('both add a team "Oost": one Oost with both people’s rows', () => {
  const oost = (plan: Plan, who: string) => {
    const added = EDITS.addTeam.perform(plan, { name: 'Oost', id: newId() });
    return withRoster(added, 4, r => [...r, person(who)]);
  };
  const { plan, disagreements } = rebase(base, oost(base, 'Bert'), oost(base, 'Anna'));
  expect(plan.teams.map(t => t.name)).toEqual(['Noord', 'Centrum', 'Zuid', 'Jeugd', 'Oost']);
  expect(plan.teams[4].roster.map(p => p.name)).toEqual(['Anna', 'Bert']);
  expect(disagreements).toEqual([]);
});

test('what they changed, said list by list; a renamed team once, by its new name', () => {
  const theirs = {
    ...withRoster(base, 0, r => [...r, person('Hun nieuwe')]),
    bandwidth: { ...base.bandwidth, caseDurationWeeks: 30 },
  };
  expect(planChanges(base, theirs)).toEqual([
    { where: 'bandwidth.caseDurationWeeks', kind: 'changed', count: 1 },
    { where: 'teams.Noord.roster', kind: 'added', count: 1 },
  ]);
  expect(planChanges(base, base)).toEqual([]);
  const renamed = EDITS.renameTeam.perform(base, { id: base.teams[0].id, name: 'Noord-West' });
  expect(planChanges(base, renamed)).toEqual([{ where: 'teams.Noord-West.name', kind: 'changed', count: 1 }]);
  const withTeam = EDITS.addTeam.perform(base, { name: 'Oost', id: newId() });
  expect(planChanges(base, withTeam)).toEqual([{ where: 'teams.Oost', kind: 'added', count: 1 }]);
  expect(planChanges(withTeam, base)).toEqual([{ where: 'teams.Oost', kind: 'removed', count: 1 }]);
});

test('the merged plan is a valid plan', () => {
  const anna = EDITS.renameTeam.perform(base, { id: base.teams[0].id, name: 'Noord-West' });
  const bert = withRoster(base, 0, r => [...r, person('BERT')]);
  expect(() => PlanSchema.parse(rebase(base, bert, anna).plan)).not.toThrow();
});
