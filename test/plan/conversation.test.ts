// The conversation side by hand: deviating cases both ways on a case list (DOMAIN.md example 16
// with its norm of 100 hours, a case still open), the outcomes summed into what the model may
// miss, the case-mix drift with the FTE the real mix asks and its warning at the threshold, felt
// workload beside the band position with what a mismatch suggests, the open agreements, and a
// case number that looks like a name.
import {
  deviationFigures,
  emptyPlan,
  emptyTeam,
  feltFigures,
  FUNCTIONS,
  ListedCase,
  looksLikeName,
  mixDrift,
  mostlyNames,
  openAgreements,
  Plan,
  stepProgress,
  Team,
} from '../../src/core';

const listed = (caseNumber: string, category: string, hours: number | null, weeksOpen: number | null = null) =>
  ({ caseNumber, category, hours, weeksOpen, worker: '', reflection: '', outcome: '' }) satisfies ListedCase;

/** One FTE has 1,000 available hours (20 × 50) and no indirect time; categories of 10 and 40 hours, 26 weeks a case. */
function planWith(team: Partial<Team>): Plan {
  const plan = emptyPlan('nl');
  plan.bandwidth.time = { ...plan.bandwidth.time, hoursPerWeek: 20, weeks: 50, leaveHours: 0, holidayHours: 0 };
  plan.bandwidth.caseDurationWeeks = 26;
  plan.bandwidth.categories = [
    { id: 'l', name: 'Licht', hoursPerCase: 10 },
    { id: 'z', name: 'Zwaar', hoursPerCase: 40 },
    { id: 'n', name: 'Norm 100', hoursPerCase: 100 },
  ];
  plan.teams = [{ ...emptyTeam('Team'), ...team }];
  return plan;
}

describe('deviating cases both ways', () => {
  it('counts example 16 through the case list: 160 hours above, 30 and 40 below, as DEVIATING_CASES does', () => {
    const hours = [30, 100, 160, 40];
    const plan = planWith({ caseList: hours.map((h, i) => listed(`C-${i}`, 'Norm 100', h)) });
    const figures = deviationFigures(plan, plan.teams[0]);
    expect([figures.above, figures.below]).toEqual([1, 2]);
    expect(figures.cases.map(c => c.deviation)).toEqual(['below', undefined, 'above', 'below']);
    const column = hours.map(h => [h]);
    expect(figures.above).toBe(FUNCTIONS.DEVIATING_CASES.evaluate([column, 100, 0.5, 'above']));
    expect(figures.below).toBe(FUNCTIONS.DEVIATING_CASES.evaluate([column, 100, 0.5, 'below']));
  });

  it('holds a case still open against the average duration, above only; the team’s extra weight raises the norm', () => {
    const plan = planWith({
      extraWeight: 0.5,
      caseList: [
        listed('open long', 'Licht', null, 40), // 40 / 26 weeks = 1.54: far above
        listed('open short', 'Licht', null, 5), // young, not "far below": it can still grow
        listed('weighted', 'Licht', 20), // norm 10 × 1.5 = 15: 20 / 15 = 1.33, within
        listed('unknown', 'Onbekend', 500), // no norm in step 2: not counted
      ],
    });
    const figures = deviationFigures(plan, plan.teams[0]);
    expect(figures.cases.map(c => c.deviation)).toEqual(['above', undefined, undefined, undefined]);
    expect(figures.cases[0].norm).toEqual({ value: 26, unit: 'weeks' });
    expect(figures.cases[2].norm).toEqual({ value: 15, unit: 'hours' });
    expect(figures.cases[3].norm).toBeUndefined();
    expect([figures.above, figures.below]).toEqual([1, 0]);
    // A tolerance of 30% lists the weighted case too.
    plan.conversation.tolerance = 0.3;
    expect(deviationFigures(plan, plan.teams[0]).above).toBe(2);
  });

  it('sums the reflections’ outcomes into what the model may miss, and counts the deviating cases still open', () => {
    const plan = planWith({
      caseList: [
        { ...listed('a', 'Norm 100', 200), outcome: 'factor' },
        { ...listed('b', 'Norm 100', 180), outcome: 'factor' },
        { ...listed('c', 'Norm 100', 20), outcome: 'nothing' },
        listed('d', 'Norm 100', 10),
      ],
    });
    const figures = deviationFigures(plan, plan.teams[0]);
    expect(figures.outcomes).toEqual({ factor: 2, category: 0, individual: 0, nothing: 1 });
    expect(figures.open).toBe(1);
  });
});

describe('case-mix drift', () => {
  // Step 2 assumed 80 light and 20 heavy cases a year: 20% heavy, an average case of 16 hours.
  const assumed = [
    { category: 'Licht', count: 80 },
    { category: 'Zwaar', count: 20 },
  ];
  const list = (light: number, heavy: number) => [
    ...Array.from({ length: light }, (_, i) => listed(`L${i}`, 'Licht', 10)),
    ...Array.from({ length: heavy }, (_, i) => listed(`Z${i}`, 'Zwaar', 40)),
  ];

  it('by hand: 3 heavy of 10 listed is 10 points above 20%, and the real mix asks 1.9 FTE instead of 1.6', () => {
    const plan = planWith({ cases: assumed, caseList: list(7, 3) });
    const drift = mixDrift(plan, plan.teams[0], '2026-12-02');
    expect(drift.categories.map(c => [c.name, c.heavy, c.assumedShare, c.realShare])).toEqual([
      ['Licht', false, 0.8, 0.7],
      ['Zwaar', true, 0.2, 0.3],
      ['Norm 100', true, 0, 0],
    ]);
    expect(drift.drift).toBeCloseTo(0.1, 12);
    // (80 × 10 + 20 × 40) / 1,000 and (70 × 10 + 30 × 40) / 1,000.
    expect(drift.fteAssumed).toBeCloseTo(1.6, 12);
    expect(drift.fteReal).toBeCloseTo(1.9, 12);
    expect(drift.warning).toBe(true); // 10 points is at the threshold of 10
  });

  it('warns from the threshold the team set, and not for a lighter mix', () => {
    const plan = planWith({ cases: assumed, caseList: list(7, 3) });
    plan.conversation.driftThreshold = 0.15;
    expect(mixDrift(plan, plan.teams[0], '2026-12-02').warning).toBe(false);
    const lighter = planWith({ cases: assumed, caseList: list(9, 1) });
    expect(mixDrift(lighter, lighter.teams[0], '2026-12-02').drift).toBeCloseTo(-0.1, 12);
    expect(mixDrift(lighter, lighter.teams[0], '2026-12-02').warning).toBe(false);
  });

  it('cannot say anything without a case list', () => {
    const plan = planWith({ cases: assumed });
    const drift = mixDrift(plan, plan.teams[0], '2026-12-02');
    expect(drift.listed).toBe(0);
    expect(drift.drift).toMatchObject({ code: '#DIV/0!' });
    expect(drift.fteReal).toMatchObject({ code: '#DIV/0!' });
  });
});

describe('felt workload beside the band', () => {
  // One FTE on the roster, a band of 10 to 20 open cases per FTE from June.
  const team = (openCases: number, counts: [number, number, number]): Team => ({
    ...emptyTeam('Team'),
    roster: [{ name: 'A', fte: 1, reduction: 0, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 }],
    bands: [{ from: '2026-06-01', low: 10, high: 20, reason: '', basis: '' }],
    weeks: [
      { week: '2026-09-07', openCases: 30, ftePresent: null },
      { week: '2026-09-14', openCases, ftePresent: null },
      { week: '2026-09-21', openCases: 30, ftePresent: null },
    ],
    felt: [{ date: '2026-09-17', tooLittle: counts[0], right: counts[1], tooMuch: counts[2] }],
  });

  it('takes the latest week on or before the date: within the band while most say too much points at workload', () => {
    const [felt] = feltFigures(team(12, [0, 1, 4]));
    expect(felt.week?.week).toBe('2026-09-14');
    expect(felt.position).toBeCloseTo(0.2, 12); // (12 − 10) / (20 − 10)
    expect(felt.status).toBe('within');
    expect(felt.answered).toBe(5);
    expect(felt.signal).toBe('workload');
  });

  it('above the band: too much fits the cases; right or too little is a band the team carries', () => {
    expect(feltFigures(team(25, [0, 1, 4]))[0].signal).toBe('cases');
    expect(feltFigures(team(25, [1, 3, 1]))[0].signal).toBe('carried');
    expect(feltFigures(team(5, [3, 1, 0]))[0].signal).toBe('room');
    expect(feltFigures(team(15, [1, 2, 2]))[0].signal).toBeUndefined(); // no majority either way
  });
});

describe('agreements, work package, privacy', () => {
  it('counts the division questions still open', () => {
    expect(openAgreements([])).toBe(3);
    expect(openAgreements([{ divides: 'team', norm: '', quality: 'Een 7', note: '' }])).toBe(1);
    // Two rows that answer the same question leave the other two open.
    const twice = [
      { divides: 'team', norm: '', quality: '', note: '' },
      { divides: 'teamLeader', norm: '', quality: '', note: 'in de vakantie' },
    ] as const;
    expect(openAgreements(twice)).toBe(2);
  });

  it('counts the work package’s activities done per step', () => {
    const plan = emptyPlan('nl');
    plan.tracker = plan.tracker.map((a, i) => (a.step === 1 && i < 2 ? { ...a, status: 'done' } : a));
    expect(stepProgress(plan)[0]).toEqual({ step: 1, done: 2, total: plan.tracker.filter(a => a.step === 1).length });
  });

  it('tells a name from a case number', () => {
    for (const name of [
      'Jansen',
      'A. de Vries',
      'Fatima el Amrani',
      'Jan-Willem Bakker',
      'de Vries',
      'van den Berg',
      'Jansen, P.',
      'JANSEN',
      "d'Ancona",
    ]) {
      expect(looksLikeName(name)).toBe(true);
    }
    for (const number of ['2026-0412', 'N-0415', 'C1102', '', 'WMO', 'n-0415', '12345', 'A-12']) {
      expect(looksLikeName(number)).toBe(false);
    }
    expect(mostlyNames(['Jansen', 'Pietersen', '2026-01'])).toBe(true);
    expect(mostlyNames(['2026-01', '2026-02', 'Jansen'])).toBe(false);
  });
});
