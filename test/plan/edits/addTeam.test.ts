// Adding a team: the first free "Team n", empty, with an id of its own.
import { EDITS, freeTeamName, newId, PACKS, samplePlan } from '../../../src/core';

const numbered = PACKS.nl.pane.teamNumbered;

test('a new team gets the first free "Team n", is empty, and has an id no other team has', () => {
  const plan = samplePlan();
  expect(freeTeamName(plan, numbered)).toBe('Team 5');
  const added = EDITS.addTeam.perform(plan, { name: 'Team 5', id: newId() });
  expect(added.teams.map(t => t.name)).toEqual(['Noord', 'Centrum', 'Zuid', 'Jeugd', 'Team 5']);
  expect(added.teams[4].roster).toEqual([]);
  expect(added.teams[4].id).not.toBe('');
  expect(new Set(added.teams.map(t => t.id)).size).toBe(5);
  expect(freeTeamName(EDITS.addTeam.perform(plan, { name: 'team 5 ', id: newId() }), numbered)).toBe('Team 6');
  // Two teams added at once (two people, or twice here) never share an id.
  const twice = EDITS.addTeam.perform(added, { name: 'Team 6', id: newId() });
  expect(twice.teams[5].id).not.toBe(twice.teams[4].id);
});
