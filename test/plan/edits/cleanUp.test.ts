// Opschonen: case lists, felt counts and shared notes older than the months the plan keeps them are
// removed, what is younger stays, and a case without a date is kept and counted.
import { cleanUpCount, EDITS, keptFrom, Plan, samplePlan } from '../../../src/core';

const listedOn = (plan: Plan, dates: string[]): Plan => ({
  ...plan,
  teams: plan.teams.map((team, t) =>
    t === 0
      ? { ...team, caseList: team.caseList.slice(0, dates.length).map((c, i) => ({ ...c, listed: dates[i] })) }
      : team,
  ),
});

test('keeps from the same day so many months back, or the last day of a shorter month', () => {
  expect(keptFrom('2026-12-07', 12)).toBe('2025-12-07');
  expect(keptFrom('2026-03-31', 1)).toBe('2026-02-28');
  expect(keptFrom('2024-03-31', 1)).toBe('2024-02-29');
  expect(keptFrom('2026-01-15', 3)).toBe('2025-10-15');
});

test('removes the rows older than the setting from every team, keeps the younger and the undated ones', () => {
  const sample = samplePlan();
  const plan = listedOn({ ...sample, privacy: { ...sample.privacy, keepMonths: 3 } }, [
    '2026-09-09', // older than 3 months before 10 December: goes
    '2026-09-10', // the first day kept
    '', // listed before lists kept dates: kept, counted
    '2026-11-30',
  ]);
  plan.teams[1].sharedNotes = [
    { date: '2026-01-05', aspect: 'quality', note: 'Oud' },
    { date: '2026-11-20', aspect: 'energy', note: 'Nieuw' },
    { date: 'voorjaar', aspect: 'energy', note: 'Zonder datum' },
  ];
  const on = '2026-12-10';
  // The other teams' 24 cases were listed on 1 September; three teams counted felt workload on 7
  // September, 5 October and 16 November.
  expect(cleanUpCount(plan, on)).toEqual({ cases: 25, felt: 3, sharedNotes: 1, undatedCases: 1, from: '2026-09-10' });

  const clean = EDITS.cleanUp.perform(plan, { on });
  expect(clean.teams[0].caseList.map(c => c.listed)).toEqual(['2026-09-10', '', '2026-11-30']);
  expect(clean.teams.slice(1).map(t => t.caseList)).toEqual([[], [], []]);
  expect(clean.teams.map(t => t.felt.map(f => f.date))).toEqual([
    ['2026-10-05', '2026-11-16'],
    ['2026-10-05', '2026-11-16'],
    ['2026-10-05', '2026-11-16'],
    [],
  ]);
  expect(clean.teams[1].sharedNotes.map(n => n.note)).toEqual(['Nieuw', 'Zonder datum']);
  // Nothing else of the plan changes, and the plan itself is left as it was.
  expect({ ...clean, teams: [] }).toEqual({ ...plan, teams: [] });
  expect(plan.teams[0].caseList).toHaveLength(4);
  // Cleaning up again on the same day removes nothing more.
  expect(cleanUpCount(clean, on)).toEqual({ cases: 0, felt: 0, sharedNotes: 0, undatedCases: 1, from: '2026-09-10' });
});
