// The pane's changes to the teams and the shared case categories, on the sample plan: a renamed
// team takes its areas and scenarios along, a renamed category every team's counts, a removed team
// leaves what referred to it as typed, and the choice of team shows a name that is no team as such.
import { PACKS, samplePlan, teamCaseMix } from '../../src/core';
import { withCategories } from '../../src/taskpane/bandwidth/categoryEdits';
import { unlisted, withCount } from '../../src/taskpane/bandwidth/teamCases';
import {
  freeTeamName,
  nameProblem,
  withNewTeam,
  withoutTeam,
  withTeamRenamed,
} from '../../src/taskpane/teams/teamEdits';
import { teamName, teamOptions } from '../../src/taskpane/teams/teamNames';

const strings = PACKS.nl.pane;

describe('teams', () => {
  it('a new team gets the first free "Team n" and is empty', () => {
    const plan = samplePlan();
    expect(freeTeamName(plan, strings.teamNumbered)).toBe('Team 5');
    const added = withNewTeam(plan, 'Team 5');
    expect(added.teams.map(t => t.name)).toEqual(['Noord', 'Centrum', 'Zuid', 'Jeugd', 'Team 5']);
    expect(added.teams[4].roster).toEqual([]);
    expect(freeTeamName(withNewTeam(plan, 'team 5 '), strings.teamNumbered)).toBe('Team 6');
  });

  it('refuses an empty name and another team’s name (case and spaces aside), not the team’s own', () => {
    const plan = samplePlan();
    expect(nameProblem(plan, 0, '  ')).toBe('empty');
    expect(nameProblem(plan, 0, ' centrum')).toBe('taken');
    expect(nameProblem(plan, 0, 'NOORD')).toBeUndefined();
    expect(nameProblem(plan, 0, 'Oost')).toBeUndefined();
  });

  it('renaming a team renames it in the areas and scenarios that name it, and nowhere else', () => {
    const plan = samplePlan();
    const renamed = withTeamRenamed(plan, 0, 'Noord-Oost');
    expect(renamed.teams.map(t => t.name)).toEqual(['Noord-Oost', 'Centrum', 'Zuid', 'Jeugd']);
    expect(renamed.situation.areas.map(a => a.team)).toEqual(['Noord-Oost', 'Centrum', 'Zuid', 'Jeugd']);
    expect(renamed.scenarios.map(s => s.team)).toEqual(['Noord-Oost', 'Noord-Oost', 'Zuid', 'Centrum']);
    // The area keeps its own name: only the team it refers to changed.
    expect(renamed.situation.areas[0].name).toBe('Noord');
    expect(renamed.teams[0].roster).toBe(plan.teams[0].roster);
  });

  it('removes a team but never the last, leaving areas and scenarios as typed', () => {
    const plan = samplePlan();
    const without = withoutTeam(plan, 1);
    expect(without.teams.map(t => t.name)).toEqual(['Noord', 'Zuid', 'Jeugd']);
    expect(without.situation.areas[1].team).toBe('Centrum');
    const one = { ...plan, teams: [plan.teams[0]] };
    expect(withoutTeam(one, 0)).toBe(one);
  });

  it('offers the teams, and a value that is no team as “(geen team)” instead of another team', () => {
    const plan = withoutTeam(samplePlan(), 1);
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
});

describe('case categories and a team’s cases', () => {
  it('renaming a category renames it in every team’s cases, so the counts keep counting', () => {
    const plan = samplePlan();
    const categories = plan.bandwidth.categories.map((c, i) => (i === 1 ? { ...c, name: 'Meervoudig' } : c));
    const renamed = withCategories(plan, categories);
    expect(renamed.bandwidth.categories[1].name).toBe('Meervoudig');
    for (const [i, team] of renamed.teams.entries())
      expect(teamCaseMix(renamed, team).map(c => c.count)).toEqual(teamCaseMix(plan, plan.teams[i]).map(c => c.count));
  });

  it('does not rename into a name another category has, nor when categories come or go', () => {
    const plan = samplePlan();
    const same = plan.bandwidth.categories.map((c, i) => (i === 1 ? { ...c, name: 'Enkelvoudige vraag' } : c));
    expect(withCategories(plan, same).teams).toBe(plan.teams);
    const fewer = plan.bandwidth.categories.slice(1);
    expect(withCategories(plan, fewer).teams).toBe(plan.teams);
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
});
