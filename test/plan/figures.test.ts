// The pane's figures come from the catalogue functions: same inputs, same numbers as the worked
// examples of DOMAIN.md, per team and on a date; a figure that cannot be computed carries its
// reason. Hand-computed: periods on the roster and the factors, a team's extra weight, the band in
// force, a past week that keeps its grade when a new band is adopted, and the organisation's totals
// and capacity split.
import {
  adoptBand,
  computeFigures,
  emptyPlan,
  isError,
  organisationFigures,
  Plan,
  PlanSchema,
  proposesChange,
  samplePlan,
} from '../../src/core';

const near = (a: unknown, b: number) => expect(Math.abs((a as number) - b)).toBeLessThan(1e-9 * Math.max(1, b));
const TODAY = '2026-12-02';

/** One team of the worked examples (DOMAIN.md 1-7): 36 hours, 40/25 hours per case, 26 weeks. */
function workedPlan(): Plan {
  const plan = samplePlan();
  return {
    ...plan,
    teams: [
      {
        id: 't',
        name: 'Team',
        formatie: 5,
        extraWeight: 0,
        roster: [
          { name: 'A', fte: 1, reduction: 0, from: '', to: '', openCases: 10, indirectHoursPerWeek: 14.4 },
          // Onboarding in the autumn: half a caseload until the end of November.
          {
            name: 'B',
            fte: 0.8,
            reduction: 0.5,
            from: '2026-09-01',
            to: '2026-11-30',
            openCases: 4,
            indirectHoursPerWeek: 10,
          },
          { name: 'B', fte: 0.8, reduction: 0, from: '2026-12-01', to: '', openCases: 8, indirectHoursPerWeek: 10 },
          // Left at the end of October.
          { name: 'C', fte: 1, reduction: 0, from: '', to: '2026-10-31', openCases: 0, indirectHoursPerWeek: 12 },
        ],
        factors: [
          { name: 'Registratie', reduction: 0.05, from: '', to: '', note: '' },
          { name: 'Inwerken', reduction: 0.05, from: '2026-09-01', to: '2026-11-30', note: '' },
        ],
        cases: [
          { category: 'Enkelvoudige vraag', count: 120 },
          { category: 'Meervoudige vraag', count: 60 },
        ],
        weeks: [
          { week: '2026-11-23', openCases: 30, ftePresent: null },
          { week: '2026-11-30', openCases: 30, ftePresent: null },
          { week: '2026-12-07', openCases: 30, ftePresent: 2 },
        ],
        bands: [{ from: '2026-06-01', low: 10, high: 16, reason: 'Eerste', basis: '' }],
        caseList: [],
        felt: [],
        division: [],
        sharedNotes: [],
      },
    ],
  };
}

test('the sample plan is valid against the schema the workbook is read with', () => {
  expect(PlanSchema.safeParse(samplePlan()).success).toBe(true);
  expect(PlanSchema.safeParse(emptyPlan('en')).success).toBe(true);
});

test('the worked examples: hours, band per FTE and FTE needed (DOMAIN.md 1, 3, 5, 7)', () => {
  const f = computeFigures(workedPlan(), 0, TODAY);
  near(f.availableHours, 1517.292);
  near(f.clientHours, 910.3752);
  if (isError(f.bandPerFteYear) || isError(f.bandPerFte)) throw new Error('band failed');
  // Today only Registratie is in force (Inwerken ended on 30 November): one factor of 5%.
  near(f.bandPerFteYear.low, 22.75938 * 0.95);
  near(f.bandPerFteYear.high, 36.415008 * 0.95);
  near(f.bandPerFte.low, (22.75938 * 0.95) / 2); // 26-week cases: half a year's cases are open at once
  // FTE_NEEDED({120;60}, {20;45}, 1517.292, 0.4) + 80 individual hours = 5.6548113349 (example 7),
  // with the 5% registration burden in force today taken from each FTE's client hours as the band takes it.
  near(f.fteNeeded, 5100 / 910.3752 / 0.95 + 80 / 1517.292);
});

test('one benodigd: a weighing factor lowers the band and raises benodigd by the same factor, and the dekkingsgraad falls', () => {
  const without = workedPlan();
  without.teams[0].factors = [];
  const plain = computeFigures(without, 0, TODAY);
  const burdened = computeFigures(workedPlan(), 0, TODAY); // Registratie 5% in force
  if (isError(plain.bandPerFte) || isError(burdened.bandPerFte)) throw new Error('band failed');
  near(burdened.bandPerFte.high, plain.bandPerFte.high * 0.95);
  // The case hours ask 1 / 0.95 of the FTE; the 80 hours of tasks only some do are not casework.
  near(burdened.fteNeeded, (plain.fteNeeded as number) + 5100 / 910.3752 / 0.95 - 5100 / 910.3752);
  near(burdened.staffingRatio, burdened.deployableFte / (burdened.fteNeeded as number));
  expect(burdened.staffingRatio as number).toBeLessThan(plain.staffingRatio as number);
  // The team band and the dekkingsgraad tell one story: what the roster carries over what the work asks.
  near(burdened.fteShortfall, (burdened.fteNeeded as number) - burdened.deployableFte);
});

test('a new starter counts at their FTE in the bezetting and after their onboarding in the inzetbare bezetting', () => {
  const during = computeFigures(workedPlan(), 0, '2026-10-15'); // A 1, B 0.8 at 50%, C 1
  expect(during.existingFte).toBeCloseTo(2.8, 12);
  expect(during.deployableFte).toBeCloseTo(2.4, 12);
  near(during.staffingRatio, 2.4 / (during.fteNeeded as number));
  if (isError(during.teamBand) || isError(during.bandPerFte)) throw new Error('band failed');
  // The team band is the inzetbare bezetting at the band per FTE: the same reduction, once.
  near(during.teamBand.high, 2.4 * during.bandPerFte.high);
});

test('bezettingsgraad is bezetting / formatie, formatietekort benodigd − formatie: each ratio its own name', () => {
  const today = computeFigures(workedPlan(), 0, TODAY); // formatie 5, bezetting 1.8
  near(today.fillRate, 1.8 / 5);
  near(today.formatieShortfall, (today.fteNeeded as number) - 5);
  const none = workedPlan();
  none.teams[0].formatie = 0;
  expect(computeFigures(none, 0, TODAY).fillRate).toMatchObject({ code: '#DIV/0!' });
});

test('a factor counts only in its period: during onboarding the band was lower', () => {
  const during = computeFigures(workedPlan(), 0, '2026-10-15').bandPerFte;
  const after = computeFigures(workedPlan(), 0, TODAY).bandPerFte;
  if (isError(during) || isError(after)) throw new Error('band failed');
  near(during.low, after.low * 0.95);
});

test('bezetting, the team band and the people count only the roster rows in force on the date', () => {
  const before = computeFigures(workedPlan(), 0, '2026-10-15'); // A, B onboarding, C
  const today = computeFigures(workedPlan(), 0, TODAY); // A, B full
  expect(before.existingFte).toBeCloseTo(2.8, 12);
  expect(today.existingFte).toBeCloseTo(1.8, 12);
  expect(today.people.map(p => p.name)).toEqual(['A', 'B']);
  if (isError(today.teamBand) || isError(today.bandPerFte)) throw new Error('band failed');
  near(today.teamBand.high, 1.8 * today.bandPerFte.high);
  near(today.staffingRatio, 1.8 / (today.fteNeeded as number));
});

test('the FTE present in a week follows from the roster rows in force that week unless it was typed', () => {
  const { weeks } = computeFigures(workedPlan(), 0, TODAY);
  // 23 November: A 1 + B 0.8 × (1 − 0.5) = 1.4; C left in October.
  expect(weeks[0]).toMatchObject({ fteSource: 'roster' });
  near(weeks[0].ftePresent, 1.4);
  near(weeks[0].caseload, 30 / 1.4);
  // 30 November is a Monday within B's onboarding; 7 December is typed.
  near(weeks[1].ftePresent, 1.4);
  expect(weeks[2]).toMatchObject({ ftePresent: 2, fteSource: 'typed', caseload: 15 });
});

test('a team’s extra weight makes each case take longer: the band per FTE shrinks by 1 / (1 + weight)', () => {
  const plain = computeFigures(workedPlan(), 0, TODAY).bandPerFte;
  const heavy = workedPlan();
  heavy.teams[0].extraWeight = 0.25;
  const weighted = computeFigures(heavy, 0, TODAY).bandPerFte;
  if (isError(plain) || isError(weighted)) throw new Error('band failed');
  near(weighted.high, plain.high / 1.25);
});

test('adopting a band: the past keeps its grade, the weeks after the adoption are held against the new band', () => {
  const plan = workedPlan();
  const before = computeFigures(plan, 0, TODAY);
  // 30 / 1.4 = 21.4 is above the first band (10-16) in every week.
  expect(before.weeks.map(w => w.status)).toEqual(['above', 'above', 'within']);
  expect(isError(before.bandInForce) ? undefined : before.bandInForce.reason).toBe('Eerste');
  expect(proposesChange(before)).toBe(true);
  const adopted = adoptBand(plan, 0, { from: '2026-12-01', reason: 'Bijgesteld', language: 'nl' });
  if (isError(adopted) || 'refused' in adopted) throw new Error('not adopted');
  const after = computeFigures(adopted, 0, TODAY);
  expect(adopted.teams[0].bands).toHaveLength(2);
  expect(adopted.teams[0].bands[1]).toMatchObject({ from: '2026-12-01', reason: 'Bijgesteld' });
  expect(adopted.teams[0].bands[1].basis).toMatch(/Registratie 5%/);
  // The November weeks keep the first band and their grade; the December week gets the new one.
  expect(after.weeks.slice(0, 2)).toEqual(before.weeks.slice(0, 2));
  expect(after.weeks[2].band).toEqual({
    low: (before.bandPerFte as { low: number }).low,
    high: (before.bandPerFte as { high: number }).high,
  });
  expect(proposesChange(after)).toBe(false);
});

test('before the first band version a week has no band, and says why (#N/A) instead of a grade', () => {
  const plan = workedPlan();
  plan.teams[0].bands = [{ from: '2026-11-30', low: 10, high: 16, reason: '', basis: '' }];
  const { weeks, bandInForce } = computeFigures(plan, 0, TODAY);
  expect(weeks[0].band).toMatchObject({ code: '#N/A' });
  expect(weeks[0].status).toMatchObject({ code: '#N/A' });
  expect(weeks[1].status).toBe('above');
  expect(isError(bandInForce)).toBe(false);
});

test('the organisation sums every team and splits the FTE to split by the demand of their areas', () => {
  const plan = samplePlan();
  const org = organisationFigures(plan, TODAY);
  const teams = plan.teams.map((_t, i) => computeFigures(plan, i, TODAY));
  expect(org.teams.map(t => t.name)).toEqual(['Noord', 'Centrum', 'Zuid', 'Jeugd']);
  near(org.formatie, 6.2 + 5.4 + 6.8 + 4.5);
  near(
    org.bezetting,
    teams.reduce((s, f) => s + f.existingFte, 0),
  );
  near(
    org.benodigd,
    teams.reduce((s, f) => s + (f.fteNeeded as number), 0),
  );
  near(
    org.inzetbaar,
    teams.reduce((s, f) => s + f.deployableFte, 0),
  );
  near(org.dekkingsgraad, org.inzetbaar / (org.benodigd as number));
  near(org.bezettingsgraad, org.bezetting / org.formatie);
  near(org.formatietekort, (org.benodigd as number) - org.formatie);
  // ALLOCATE_FTE: each team's share of 22.9 FTE is its demand over all demand.
  const demand = teams.map(f => f.fteNeededForExpected as number);
  const total = demand.reduce((s, d) => s + d, 0);
  org.teams.forEach((t, i) => near(t.allocated, (22.9 * demand[i]) / total));
  near(
    org.teams.reduce((s, t) => s + (t.allocated as number), 0),
    22.9,
  );
  // No team cost is typed in the sample: it is the one from the salaries (see finance.test.ts).
  expect(org.finance.typed).toBe(false);
  near(org.costPerCase, ((org.finance.teamCost as number) + 300000) / org.casesPerYear);
});

test('a new team without areas or cases asks nothing of the split, and the other teams still get theirs', () => {
  const plan = samplePlan();
  const added = {
    ...plan,
    teams: [...plan.teams, { ...plan.teams[0], name: 'Nieuw', roster: [], cases: [], weeks: [], bands: [] }],
  };
  const org = organisationFigures(added, TODAY);
  const individualShare = 80 / 1517.292; // only the tasks some do: no case hours
  near(org.teams[4].demandFte, individualShare);
  expect(org.teams.every(t => !isError(t.allocated))).toBe(true);
});

test('an empty plan shows why figures are missing instead of showing NaN', () => {
  const f = computeFigures(emptyPlan('nl'), 0, TODAY);
  expect(isError(f.bandPerFte)).toBe(true);
  expect(isError(organisationFigures(emptyPlan('nl'), TODAY).costPerCase)).toBe(true);
  expect(f.people).toEqual([]);
  expect(isError(f.bandInForce)).toBe(true);
});
