// "Week toevoegen" adds the next week up to the current one, empty: a week whose open cases are not
// entered yet is not graded (no caseload, no status, not above the band), is left out of the trend,
// and is not the latest week the overview or felt workload look at. Before, the new week got last
// week's count, in the future too, and counted as a week above the band.
import {
  computeFigures,
  DEFAULT_PRIVACY,
  feltFigures,
  latestWeek,
  samplePlan,
  Team,
  weekFigures,
} from '../../src/core';
import { nextWeek } from '../../src/taskpane/implement/nextWeek';

const TODAY = '2026-12-09'; // a Wednesday

test('the next week is the Monday after the latest, up to the current week and no further', () => {
  const weeks = samplePlan().teams[0].weeks.map(w => w.week); // up to 23 November 2026
  expect(nextWeek(weeks, TODAY)).toBe('2026-11-30');
  expect(nextWeek([...weeks, '2026-11-30'], TODAY)).toBe('2026-12-07');
  expect(nextWeek([...weeks, '2026-11-30', '2026-12-07'], TODAY)).toBeUndefined();
  // The latest week counts, not the last row; a label kept as typed is passed over.
  expect(nextWeek(['2026-11-30', '2026-11-16', 'wk 9 2025'], TODAY)).toBe('2026-12-07');
  expect(nextWeek(['wk 9 2025'], TODAY)).toBe('2026-12-07');
  expect(nextWeek([], TODAY)).toBe('2026-12-07');
});

test('a week added empty is not graded, counts nowhere, and is not the latest week', () => {
  const plan = samplePlan();
  const team: Team = plan.teams[0];
  const added: Team = { ...team, weeks: [...team.weeks, { week: '2026-11-30', openCases: null, ftePresent: null }] };
  const before = weekFigures(team);
  const after = weekFigures(added);
  const empty = after.at(-1)!;
  expect(empty.entered).toBe(false);
  expect(empty.caseload).toMatchObject({ code: expect.any(String) });
  expect(empty.status).toMatchObject({ code: expect.any(String) });
  // What it will be graded with once entered is known already.
  expect(empty.band).toEqual(before.at(-1)!.band);
  expect(after.slice(0, -1)).toEqual(before);

  const withEmpty = { ...plan, teams: [added, ...plan.teams.slice(1)] };
  const [was, now] = [computeFigures(plan, 0, TODAY).monitoring, computeFigures(withEmpty, 0, TODAY).monitoring];
  expect(now.weeksAbove).toBe(was.weeksAbove);
  expect(now.forecast).toEqual(was.forecast);
  expect(latestWeek(added, after)?.week).toBe('2026-11-23');
  expect(feltFigures(added, DEFAULT_PRIVACY.minAnswers).map(f => f.week?.week)).toEqual(
    feltFigures(team, DEFAULT_PRIVACY.minAnswers).map(f => f.week?.week),
  );

  // Entered, it is graded like any other week.
  const entered: Team = {
    ...added,
    weeks: added.weeks.map((w, i) => (i === team.weeks.length ? { ...w, openCases: 70 } : w)),
  };
  const graded = weekFigures(entered).at(-1)!;
  expect(graded.entered).toBe(true);
  expect(graded.status).toBe('within');
});
