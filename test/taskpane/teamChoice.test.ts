// The pane's choice of team shows a name that is no team as such, and a team's cases are set one
// count per category.
import { EDITS, PACKS, samplePlan } from '../../src/core';
import { unlisted, withCount } from '../../src/taskpane/bandwidth/teamCases';
import { teamName, teamOptions } from '../../src/taskpane/teams/teamNames';

const strings = PACKS.nl.pane;

it('offers the teams, and a value that is no team as “(geen team)” instead of another team', () => {
  const sample = samplePlan();
  const plan = EDITS.removeTeam.perform(sample, { id: sample.teams[1].id });
  expect(teamOptions(plan, strings, ['Noord', 'Centrum', '', 'noord '])).toEqual([
    { value: 'Noord', label: 'Noord' },
    { value: 'Zuid', label: 'Zuid' },
    { value: 'Jeugd', label: 'Jeugd' },
    { value: 'Centrum', label: 'Centrum (geen team)' },
    { value: '', label: '(geen team)' },
    { value: 'noord ', label: 'Noord' },
  ]);
  expect(teamName({ ...plan.teams[0], name: ' ' }, 2, strings)).toBe('Team 3');
});

it('lists a team’s counts of categories step 2 no longer has', () => {
  const plan = samplePlan();
  const fewer = plan.bandwidth.categories.slice(1);
  expect(unlisted(plan.teams[0].cases, fewer)).toEqual([{ category: 'Enkelvoudige vraag', count: 130 }]);
});

it('sets one count per category, in place, merging rows that name the same category', () => {
  const cases = [
    { category: 'A', count: 1 },
    { category: 'B', count: 2 },
    { category: ' a', count: 3 },
  ];
  expect(withCount(cases, 'a', 9)).toEqual([
    { category: 'A', count: 9 },
    { category: 'B', count: 2 },
  ]);
  expect(withCount(cases, 'C', 4)).toEqual([...cases, { category: 'C', count: 4 }]);
});
