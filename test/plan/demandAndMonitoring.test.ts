// Step 1's demand estimate and step 3's early warning, worked out by hand on small numbers.
import {
  areaDemand,
  Band,
  computeFigures,
  isError,
  monitoringFigures,
  samplePlan,
  scaleCases,
  statusOf,
  WARNING_WEEKS,
  WeekFigures,
} from '../../src/core';

const plan = samplePlan();
const TODAY = '2026-12-02';

test('an area’s expected cases: inhabitants × rate / 1000, split by age group', () => {
  const noord = areaDemand(plan, plan.situation.areas[0]); // 14,200 inhabitants, 14 per 1,000
  expect(noord.expected).toBeCloseTo(198.8, 9);
  expect(noord.byAgeGroup.youth).toBeCloseTo(43.4, 9); // 3,100 × 14 / 1000
  expect(noord.byAgeGroup.adults).toBeCloseTo(116.2, 9);
  expect(noord.byAgeGroup.seniors).toBeCloseTo(39.2, 9);
  expect(noord.groupsDiffer).toBe(false);
});

test('the rate learned from today’s cases: 95 cases in Noord among 14,200 inhabitants is 6.69 per 1,000', () => {
  const noord = areaDemand(plan, plan.situation.areas[0]);
  expect(noord.currentCases).toBe(95);
  expect(noord.learnedRate).toBeCloseTo((95 / 14200) * 1000, 9);
});

test('demand rows match their area by name whatever the case or spaces', () => {
  const area = { ...plan.situation.areas[0], name: ' noord ' };
  expect(areaDemand(plan, area).currentCases).toBe(95);
});

test('age groups that do not add up to the inhabitants are pointed out; no inhabitants is a reason, not NaN', () => {
  const odd = { ...plan.situation.areas[0], seniors: 0 };
  expect(areaDemand(plan, odd).groupsDiffer).toBe(true);
  const empty = {
    id: 'a',
    name: 'Nieuw',
    team: '',
    inhabitants: 0,
    youth: 0,
    adults: 0,
    seniors: 0,
    caseRatePer1000: 0,
  };
  expect(areaDemand(plan, empty).learnedRate).toMatchObject({ code: '#DIV/0!' });
});

test('step 2 gets the expected cases of the team’s areas and the FTE they ask with its case mix', () => {
  const f = computeFigures(plan, 2, TODAY); // Zuid serves the area Zuid only
  const expected = 16500 * 0.012; // 198
  expect(f.expectedCases).toBeCloseTo(expected, 9);
  // FTE needed is linear in the cases: scale the case part of today's FTE needed.
  const available = f.availableHours as number;
  const individual = plan.organisation.individualHours / available;
  const casePart = ((f.fteNeeded as number) - individual) * (expected / f.casesPerYear);
  expect(f.fteNeededForExpected).toBeCloseTo(casePart + individual, 9);
});

test('without case categories the FTE for the expected cases cannot be spread, and says so', () => {
  const f = computeFigures({ ...plan, bandwidth: { ...plan.bandwidth, categories: [] } }, 0, TODAY);
  expect(f.fteNeededForExpected).toMatchObject({ code: '#DIV/0!' });
});

/** Weekly figures with these caseloads, each held against `band`. */
const weeksOf = (caseloads: number[], band: Band): WeekFigures[] =>
  caseloads.map(caseload => ({
    week: '',
    entered: true,
    ftePresent: 1,
    fteSource: 'typed',
    band,
    bandFrom: '2026-01-05',
    caseload,
    status: statusOf(caseload, band),
  }));

describe('weekly monitoring', () => {
  const band = { low: 10, high: 16 };
  const monitor = (caseloads: number[]) => monitoringFigures(weeksOf(caseloads, band), band);
  it('counts weeks outside the band and forecasts a straight line exactly', () => {
    const m = monitor([9, 11, 13, 15, 17]); // +2 a week
    expect(m.weeksAbove).toBe(1);
    expect(m.weeksBelow).toBe(1);
    expect(m.forecast).toBeCloseTo(25, 9); // 17 + 4 × 2
    expect(m.weeksUntilOutside).toBe(0); // 17 is above 16 already
    expect(m.line).toEqual({ start: 9, end: 25, lastWeek: 5 }); // drawn from week 1 to 4 weeks after week 5
    expect(m.warning).toBe(true);
  });
  it('warns when the trend leaves the band within 8 weeks, not when it takes longer', () => {
    const soon = monitor([12, 12.5, 13]); // +0.5 a week: above 16 after 7 weeks
    expect(soon.weeksUntilOutside).toBe(7);
    expect(soon.warning).toBe(true);
    expect(soon.side).toBe('above');
    expect(monitor([15, 14, 13]).side).toBe('below'); // -1 a week: below 10 after 4 weeks
    // Outside now, though the line through the weeks is still inside at the last week: the figure counts.
    expect(monitor([12, 12, 16.5])).toMatchObject({ weeksUntilOutside: 0, side: 'above' });
    const later = monitor([12, 12.25, 12.5]); // +0.25: exactly 16 after 14 weeks (inside), above after 15
    expect(later.weeksUntilOutside).toBe(15);
    expect(WARNING_WEEKS).toBe(8);
    expect(later.warning).toBe(false);
  });
  it('counts each week against the band version in force that week, not today’s', () => {
    const earlier = { low: 8, high: 12 };
    const weeks = [...weeksOf([13, 13], earlier), ...weeksOf([13, 13], band)];
    // 13 was above the band of its time twice; against today's band it would be inside.
    expect(monitoringFigures(weeks, band)).toMatchObject({ weeksAbove: 2, weeksBelow: 0 });
  });
  it('a flat trend stays inside: no warning, and the reason instead of a number', () => {
    const flat = monitor([13, 13, 13]);
    expect(flat.weeksUntilOutside).toMatchObject({ code: '#N/A' });
    expect(flat.warning).toBe(false);
  });
  it('a week whose caseload cannot be computed is skipped but keeps its place', () => {
    const weeks = [
      { week: '2026-11-02', openCases: 60, ftePresent: 6 },
      { week: '2026-11-09', openCases: 0, ftePresent: 0 },
      { week: '2026-11-16', openCases: 72, ftePresent: 6 },
    ];
    const f = computeFigures({ ...plan, teams: [{ ...plan.teams[0], weeks }] }, 0, TODAY);
    expect(isError(f.weeks[1].caseload)).toBe(true);
    expect(f.monitoring.forecast).toBeCloseTo(12 + 4 * 1, 9); // 10 → 12 over two weeks: +1 a week
  });
  it('with fewer than two weeks there is no trend yet, and no warning', () => {
    const one = monitor([12]);
    expect(one.forecast).toMatchObject({ code: '#N/A' });
    expect(one.warning).toBe(false);
  });
});

test('taking over the expected cases keeps the team’s mix of categories and adds up to the expectation', () => {
  const cases = plan.teams[1].cases; // Centrum: 120, 60, 15 = 195 a year
  const scaled = scaleCases(cases, 390); // each count doubles
  expect(scaled.map(c => c.count)).toEqual([240, 120, 30]);
  expect(scaled.map(c => c.category)).toEqual(cases.map(c => c.category));
  expect(scaleCases([], 390)).toEqual([]);
});
