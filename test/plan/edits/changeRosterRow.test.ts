// A roster row changed from a date (effective dating): Bram's FTE from 1 to 0,5 "vanaf vandaag"
// leaves every week already entered as it was graded, where changing the row itself (what the pane
// did before) re-graded every week since June; a date in the past reaches back, and says which
// weeks it re-grades, as does a colleague added from a date in the past.
import { computeFigures, EDITS, Plan, regradedWeeks, samplePlan, Team, weekFigures } from '../../../src/core';

const TODAY = '2026-12-07';
const noord = (plan: Plan): Team => plan.teams[0];
const bram = (plan: Plan) => noord(plan).roster.findIndex(p => p.name === 'Bram');
const halfFrom = (plan: Plan, from: string) =>
  EDITS.changeRosterRow.perform(plan, {
    team: noord(plan).id,
    index: bram(plan),
    row: { ...noord(plan).roster[bram(plan)], fte: 0.5 },
    from,
  });

test('changing Bram’s FTE from today keeps his old FTE in a period of its own, and every past week’s grade', () => {
  const plan = samplePlan();
  const changed = halfFrom(plan, TODAY);
  const roster = noord(changed).roster;
  expect(roster).toHaveLength(noord(plan).roster.length + 1);
  expect(roster[1]).toMatchObject({ name: 'Bram', fte: 0.5, from: TODAY, to: '' });
  expect(roster[2]).toMatchObject({ name: 'Bram', fte: 1, from: '', to: '2026-12-06' });
  // All 26 weeks (June to November) were graded with Bram at 1 FTE, and still are.
  expect(weekFigures(noord(changed))).toEqual(weekFigures(noord(plan)));
  expect(regradedWeeks(noord(plan), noord(changed))).toEqual([]);
  // From today the roster holds half an FTE less.
  expect(computeFigures(changed, 0, TODAY).existingFte).toBeCloseTo(
    computeFigures(plan, 0, TODAY).existingFte - 0.5,
    12,
  );
});

test('the same change made in the row itself, as the pane did, re-grades every week the roster graded', () => {
  const plan = samplePlan();
  const team = noord(plan);
  const inPlace = { ...team, roster: team.roster.map(p => (p.name === 'Bram' ? { ...p, fte: 0.5 } : p)) };
  // Week 11 has its FTE typed; the other 25 followed the roster.
  expect(regradedWeeks(team, inPlace)).toEqual(team.weeks.filter(w => w.ftePresent === null).map(w => w.week));
});

test('a date in the past reaches back: the change says which entered weeks it re-grades', () => {
  const plan = samplePlan();
  const changed = halfFrom(plan, '2026-11-02');
  expect(noord(changed).roster[2]).toMatchObject({ name: 'Bram', fte: 1, to: '2026-11-01' });
  expect(regradedWeeks(noord(plan), noord(changed))).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
});

test('a colleague added from 1 November re-grades weeks 45 to 48, and says so', () => {
  const plan = samplePlan();
  const team = noord(plan);
  const joined = {
    ...team,
    roster: [
      ...team.roster,
      { name: 'Lars', fte: 0.89, reduction: 0, from: '2026-11-01', to: '', openCases: 0, indirectHoursPerWeek: 12 },
    ],
  };
  expect(regradedWeeks(team, joined)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
  expect(
    regradedWeeks(team, {
      ...joined,
      roster: joined.roster.map(p => ({ ...p, from: p.name === 'Lars' ? TODAY : p.from })),
    }),
  ).toEqual([]);
});

test('a row with no past before the date, or a change no week depends on, is changed in the row itself', () => {
  const plan = samplePlan();
  const team = noord(plan);
  const iris = team.roster.findIndex(p => p.name === 'Iris' && p.from === '2026-12-01');
  // Iris's second period starts on 1 December: from that date on there is nothing before to keep.
  const fromStart = EDITS.changeRosterRow.perform(plan, {
    team: team.id,
    index: iris,
    row: { ...team.roster[iris], fte: 1 },
    from: '2026-12-01',
  });
  expect(noord(fromStart).roster).toHaveLength(team.roster.length);
  expect(noord(fromStart).roster[iris]).toMatchObject({ fte: 1, from: '2026-12-01' });
  // Her first period ended on 30 November: a change from today corrects it, it starts nothing new.
  const ended = EDITS.changeRosterRow.perform(plan, {
    team: team.id,
    index: iris - 1,
    row: { ...team.roster[iris - 1], reduction: 0.3 },
    from: TODAY,
  });
  expect(noord(ended).roster).toHaveLength(team.roster.length);
  // Open cases and a name are no period's value: typed over, not dated.
  const renamed = EDITS.changeRosterRow.perform(plan, {
    team: team.id,
    index: bram(plan),
    row: { ...team.roster[bram(plan)], name: 'Bram de Vries', openCases: 16 },
    from: TODAY,
  });
  expect(noord(renamed).roster).toHaveLength(team.roster.length);
  expect(noord(renamed).roster[bram(plan)]).toMatchObject({ name: 'Bram de Vries', openCases: 16, from: '' });
  // Other teams are left alone.
  expect(halfFrom(plan, TODAY).teams.slice(1)).toEqual(plan.teams.slice(1));
});
