// Finance's figures against sums done by hand: the team cost of three people on different pay, one
// of whom starts mid-year; the typed team cost that replaces it; the hourly rate, the cost price of
// a product and a tariff below it; the gaps in euro; the year budget.
import {
  budgetLines,
  costPerFteOf,
  emptyPlan,
  financeFigures,
  isError,
  organisationFigures,
  Plan,
  productLines,
  Result,
  shareOfYear,
} from '../../src/core';

const ON = '2026-12-02';

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

/** One team, Oost: Ans (scale A, full time), Bas (scale B, 0.8) and Cas (own salary, 0.5 from 1 July 2026). */
function plan(): Plan {
  const base = emptyPlan('nl');
  return {
    ...base,
    bandwidth: {
      ...base.bandwidth,
      // The worked examples' time: 1517.292 available hours, 910.3752 client hours per FTE.
      time: {
        hoursPerWeek: 36,
        weeks: 52,
        leaveHours: 180,
        holidayHours: 50.4,
        otherHours: 36,
        absenceRate: 0.055,
        indirectShare: 0.4,
      },
      categories: [
        { id: 'l', name: 'Licht', hoursPerCase: 12.5 },
        { id: 'z', name: 'Zwaar', hoursPerCase: 50 },
      ],
    },
    teams: [
      {
        ...base.teams[0],
        name: 'Oost',
        formatie: 3,
        roster: [
          { name: 'Ans', fte: 1, reduction: 0, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 },
          { name: 'Bas', fte: 0.8, reduction: 0.1, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 },
          { name: 'Cas', fte: 0.5, reduction: 0, from: '2026-07-01', to: '', openCases: 0, indirectHoursPerWeek: 0 },
        ],
        cases: [
          { category: 'Licht', count: 100 },
          { category: 'Zwaar', count: 40 },
        ],
      },
    ],
    organisation: { ...base.organisation, supportCost: 20000 },
    finance: {
      ikbShare: 0,
      employerShare: 0.3,
      otherPerFte: 4000,
      scales: [
        { name: 'A', salary: 40000 },
        { name: 'B', salary: 50000 },
      ],
      pay: [
        { team: 'Oost', name: 'Ans', scale: 'A', salary: null },
        { team: 'Oost', name: 'Bas', scale: 'B', salary: null },
        { team: 'Oost', name: 'Cas', scale: 'A', salary: 60000 },
      ],
      products: [
        { product: 'Licht', tariff: null },
        { product: 'Zwaar', tariff: null },
      ],
      budgets: [{ team: 'Oost', budget: 150000, budgetFte: null }],
    },
  };
}

test('example 17: a salary of 52,000 with 30% charges and 4,000 other costs is 71,600 per FTE', () => {
  expect(costPerFteOf({ ...plan().finance, employerShare: 0.3, otherPerFte: 4000 }, 52000)).toBe(71600);
});

test('the team cost from three people on different pay, one starting mid-year', () => {
  const f = financeFigures(plan(), ON);
  // Per FTE: 40,000 × 1.3 + 4,000; 50,000 × 1.3 + 4,000; Cas's own 60,000 × 1.3 + 4,000 (not scale A's).
  expect(f.pay.map(p => p.costPerFte)).toEqual([56000, 69000, 82000]);
  // Today all three are on the roster: 56,000 × 1 + 69,000 × 0.8 + 82,000 × 0.5 (the reduction is not pay).
  close(ok(f.fromSalaries), 56000 + 55200 + 41000);
  expect(f.typed).toBe(false);
  expect(f.teamCost).toBe(f.fromSalaries);
  // In March Cas has not started: the team cost is that of the other two.
  close(ok(financeFigures(plan(), '2026-03-02').fromSalaries), 56000 + 55200);
  // Over 2026 Cas counts for 1 July – 31 December: 184 of its 365 days.
  close(f.pay[2].fteInYear, (0.5 * 184) / 365);
  close(ok(f.total.projected), 56000 + 55200 + (41000 * 184) / 365);
  close(ok(f.teams[0].budgetLeft!), 150000 - (56000 + 55200 + (41000 * 184) / 365));
});

test('a share of the year is counted in days, within the year only', () => {
  expect(shareOfYear('', '', 2026)).toBe(1);
  close(shareOfYear('2026-07-01', '', 2026), 184 / 365);
  close(shareOfYear('2025-06-01', '2026-01-31', 2026), 31 / 365);
  expect(shareOfYear('2027-01-11', '', 2026)).toBe(0);
  // A leap year has 366 days.
  close(shareOfYear('', '2028-02-29', 2028), 60 / 366);
});

test('a typed team cost replaces the one from the salaries, and says so', () => {
  const typed = { ...plan(), organisation: { ...plan().organisation, teamCost: 200000 } };
  const f = financeFigures(typed, ON);
  expect(f.typed).toBe(true);
  expect(f.teamCost).toBe(200000);
  close(ok(f.fromSalaries), 152200);
  close(ok(f.averageCostPerFte), 200000 / 2.3);
  close(ok(organisationFigures(typed, ON).costPerCase), (200000 + 20000) / 140);
});

test('the hourly rate and the cost price per product, and a tariff below the cost price flagged', () => {
  const base = plan();
  const rate = (152200 + 20000) / (2.3 * 910.3752);
  const costs = [12.5 * rate, 50 * rate];
  // One tariff 10% below its cost price, one a quarter above.
  const priced = {
    ...base,
    finance: {
      ...base.finance,
      products: [
        { product: 'Licht', tariff: 0.9 * costs[0] },
        { product: 'Zwaar', tariff: 1.25 * costs[1] },
      ],
    },
  };
  const f = financeFigures(priced, ON);
  close(ok(f.productiveHours), 2.3 * 910.3752);
  close(ok(f.hourlyRate), rate);
  f.products.forEach((p, i) => close(ok(p.costPrice), costs[i]));
  close(ok(f.products[0].coverage!), 0.9);
  close(ok(f.products[1].coverage!), 1.25);
  expect(f.products.map(p => p.belowCost)).toEqual([true, false]);
  // Without a tariff there is nothing to cover or flag.
  expect(financeFigures(base, ON).products[0]).toMatchObject({ tariff: null, coverage: null, belowCost: false });
});

test('the gaps between formatie, bezetting and benodigd cost the average cost per FTE', () => {
  const f = financeFigures(plan(), ON);
  const average = 152200 / 2.3;
  close(ok(f.averageCostPerFte), average);
  // Benodigd (FTE_NEEDED): (100 × 12.5 + 40 × 50) hours over 910.3752 client hours.
  const needed = (100 * 12.5 + 40 * 50) / 910.3752;
  const [oost] = f.teams;
  close(ok(oost.benodigd), needed);
  // Inzetbare bezetting: Ans 1 + Bas 0.8 × (1 − 0.1) + Cas 0.5 = 2.22.
  close(oost.inzetbaar, 2.22);
  close(ok(oost.shortfall), needed - 2.22);
  close(ok(oost.shortfallCost), (needed - 2.22) * average);
  // Formatietekort: what the work asks beyond the formatie of 3.
  close(ok(oost.formatieShortfall), needed - 3);
  close(ok(oost.formatieShortfallCost), (needed - 3) * average);
  close(oost.vacancy, 3 - 2.3);
  close(ok(oost.vacancyCost), 0.7 * average);
  close(ok(f.total.formatieShortfall), needed - 3);
});

test('the cost per FTE holds the IKB, the employer’s charges levied over salary and IKB together', () => {
  const base = plan();
  const withIkb = { ...base, finance: { ...base.finance, ikbShare: 0.1705 } };
  const f = financeFigures(withIkb, ON);
  // Ans on scale A: 40,000 × 1.1705 × 1.3 + 4,000 = 64,866; without the IKB 56,000, 13.4 % less.
  close(ok(f.pay[0].costPerFte), 40000 * 1.1705 * 1.3 + 4000);
  close(ok(f.pay[0].costPerFte), 64866);
  close(ok(financeFigures(base, ON).pay[0].costPerFte), 56000);
  close(
    ok(f.teamCost),
    1 * (40000 * 1.1705 * 1.3 + 4000) + 0.8 * (50000 * 1.1705 * 1.3 + 4000) + 0.5 * (60000 * 1.1705 * 1.3 + 4000),
  );
});

test('someone without pay is named; a scale that does not exist gives the reason', () => {
  const base = plan();
  const unpaid = { ...base, finance: { ...base.finance, pay: base.finance.pay.slice(0, 2) } };
  const f = financeFigures(unpaid, ON);
  expect(f.unpaid).toEqual([{ team: 'Oost', name: 'Cas' }]);
  close(ok(f.fromSalaries), 56000 + 55200);
  const unknown = {
    ...base,
    finance: {
      ...base.finance,
      pay: [...base.finance.pay.slice(0, 2), { team: 'Oost', name: 'Cas', scale: 'Z', salary: null }],
    },
  };
  const missing = financeFigures(unknown, ON);
  expect(missing.teamCost).toMatchObject({ code: '#N/A', detail: { argument: 'salary' } });
  expect(isError(missing.hourlyRate)).toBe(true);
});

/** The plan with a second team, West: Dirk on scale B full time, without a budget. */
function twoTeams(): Plan {
  const base = plan();
  const west = {
    ...base.teams[0],
    name: 'West',
    roster: [{ name: 'Dirk', fte: 1, reduction: 0, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 }],
  };
  const pay = [...base.finance.pay, { team: 'West', name: 'Dirk', scale: 'B', salary: null }];
  return { ...base, teams: [...base.teams, west], finance: { ...base.finance, pay } };
}

test('the budget left counts only the teams with a budget; the projected cost counts everyone', () => {
  const f = financeFigures(twoTeams(), ON);
  const oost = 56000 + 55200 + (41000 * 184) / 365;
  const dirk = 69000;
  expect(f.total.budget).toBe(150000);
  close(ok(f.total.projected), oost + dirk);
  // West has no budget: its cost is not taken from Oost's.
  close(ok(f.total.budgetLeft), 150000 - oost);
  expect(f.teams[1].budgetLeft).toBeNull();
});

test('someone on the roster without pay: the average cost per FTE is over those with pay, the hourly rate counts them at it', () => {
  const base = plan();
  const unpaid = { ...base, finance: { ...base.finance, pay: base.finance.pay.slice(0, 2) } };
  const f = financeFigures(unpaid, ON);
  // Ans and Bas cost 56,000 + 55,200 for their 1.8 FTE; Cas's 0.5 FTE has no pay line.
  const average = (56000 + 55200) / 1.8;
  expect(f.paidFte).toBeCloseTo(1.8, 12);
  close(ok(f.averageCostPerFte), average);
  // All 2.3 FTE make the products, so all 2.3 cost: Cas at the average, in the team cost itself,
  // so the cost per case and the hourly rate price the same staff.
  close(ok(f.teamCost), average * 2.3);
  expect(f.typed).toBe(false);
  close(ok(f.hourlyRate), (average * 2.3 + 20000) / (2.3 * 910.3752));
  close(ok(organisationFigures(unpaid, ON).cost), average * 2.3 + 20000);
  close(ok(f.teams[0].shortfallCost), ((100 * 12.5 + 40 * 50) / 910.3752 - 2.22) * average);
});

test('the budgeted FTE beside the roster’s FTE over the year, someone who starts mid-year counting for their part', () => {
  const base = plan();
  const budgeted = { ...base, finance: { ...base.finance, budgets: [{ team: 'Oost', budget: null, budgetFte: 2.5 }] } };
  const f = financeFigures(budgeted, ON);
  const inYear = 1 + 0.8 + (0.5 * 184) / 365;
  const [oost] = f.teams;
  expect(oost.budgetFte).toBe(2.5);
  close(oost.fteInYear, inYear);
  close(oost.fteLeft!, 2.5 - inYear);
  // No budget in euro: nothing is left of it, and the total counts nothing for it.
  expect(oost.budgetLeft).toBeNull();
  expect(f.total.budgetLeft).toBe(0);
  close(f.total.fteLeft, 2.5 - inYear);
  expect(financeFigures(base, ON).teams[0]).toMatchObject({ budgetFte: null, fteLeft: null });
});

test('the sheet’s lines: every category and every team in the plan’s order, then any line whose name is gone', () => {
  const base = twoTeams();
  const lines = {
    ...base,
    finance: {
      ...base.finance,
      products: [
        { product: 'Oud', tariff: 900 },
        { product: 'Zwaar', tariff: 4000 },
      ],
      budgets: [
        { team: 'West', budget: 80000, budgetFte: null },
        { team: 'Opgeheven', budget: 1000, budgetFte: null },
      ],
    },
  };
  expect(productLines(lines)).toEqual([
    { product: 'Licht', tariff: null },
    { product: 'Zwaar', tariff: 4000 },
    { product: 'Oud', tariff: 900 },
  ]);
  expect(budgetLines(lines).map(b => [b.team, b.budget])).toEqual([
    ['Oost', null],
    ['West', 80000],
    ['Opgeheven', 1000],
  ]);
});
