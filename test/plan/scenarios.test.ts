// What-if scenarios: each is one team's plan with some inputs changed, computed by the same model,
// so a planner can trust that "3 new colleagues" differs from the baseline only by those colleagues.
import {
  applyScenario,
  Band,
  baseline,
  compareScenarios,
  computeFigures,
  isError,
  organisationFigures,
  Plan,
  Result,
  samplePlan,
  scenarioFigures,
} from '../../src/core';

const plan = samplePlan();
const TODAY = '2026-12-02';
const base = computeFigures(plan, 0, TODAY); // Noord, the first team
const baseCost = organisationFigures(plan, TODAY).costPerCase;
const allCases = organisationFigures(plan, TODAY).casesPerYear;

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

test('a scenario that changes nothing shows the plan’s own figures', () => {
  const same = scenarioFigures(plan, baseline('Basis', 'Noord'), TODAY);
  expect(same).toEqual({
    name: 'Basis',
    team: 'Noord',
    fte: base.existingFte,
    casesPerYear: base.casesPerYear,
    bandPerFte: base.bandPerFte,
    teamBand: base.teamBand,
    fteNeeded: base.fteNeeded,
    staffingRatio: base.staffingRatio,
    extraCost: 0,
    extraCostDerived: true,
    costPerCase: baseCost,
  });
});

test('the figures of a scenario are the figures of the plan as the scenario changes it, typed by hand', () => {
  const scenario = { ...baseline('Alles anders', 'Zuid'), extraFte: 1.5, newStaffReduction: 0.2, caseGrowth: 0.1 };
  const zuid = plan.teams[2];
  const byHand: Plan = {
    ...plan,
    teams: plan.teams.map((team, i) =>
      i !== 2
        ? team
        : {
            ...zuid,
            cases: zuid.cases.map(c => ({ ...c, count: c.count * 1.1 })),
            roster: [
              ...zuid.roster,
              { name: 'Nieuw', fte: 1.5, reduction: 0.2, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 },
            ],
          },
    ),
  };
  const expected = computeFigures(byHand, 2, TODAY);
  const got = scenarioFigures(plan, scenario, TODAY);
  expect(got.team).toBe('Zuid');
  close(ok(got.teamBand).low, ok(expected.teamBand).low);
  close(ok(got.teamBand).high, ok(expected.teamBand).high);
  close(ok(got.fteNeeded), ok(expected.fteNeeded));
  close(ok(got.staffingRatio), ok(expected.staffingRatio));
  // The 1.5 FTE cost the average cost per FTE on top of the team cost (they are on no pay line).
  const { averageCostPerFte } = organisationFigures(plan, TODAY).finance;
  const casesByHand = organisationFigures(byHand, TODAY).casesPerYear;
  close(ok(got.extraCost), 1.5 * ok(averageCostPerFte));
  // By hand the newcomer is on the roster without a pay line, so the team cost counts them at the
  // average cost per FTE too: the same cost per case as the scenario's derived extra cost gives.
  close(ok(got.costPerCase), ok(organisationFigures(byHand, TODAY).costPerCase));
  expect(casesByHand).toBeGreaterThan(organisationFigures(plan, TODAY).casesPerYear);
  close(got.fte, computeFigures(plan, 2, TODAY).existingFte + 1.5);
});

test('three new colleagues without a reduction raise the team band by three times the band per FTE', () => {
  const three = scenarioFigures(plan, { ...baseline('3 nieuw', 'Noord'), extraFte: 3 }, TODAY);
  const perFte = ok(base.bandPerFte);
  close(ok(three.teamBand).low, ok(base.teamBand).low + 3 * perFte.low);
  close(ok(three.teamBand).high, ok(base.teamBand).high + 3 * perFte.high);
  // The band per FTE itself is a property of the work, not of the number of people.
  expect(three.bandPerFte).toEqual(base.bandPerFte);
});

test('onboarding newcomers carry their reduction: 2 FTE at 25% add what 1.5 FTE would', () => {
  const onboarding = scenarioFigures(
    plan,
    { ...baseline('Inwerken', 'Noord'), extraFte: 2, newStaffReduction: 0.25 },
    TODAY,
  );
  close(ok(onboarding.teamBand).high, ok(base.teamBand).high + 1.5 * ok(base.bandPerFte).high);
});

test('10% more cases asks 10% more FTE for the cases and lowers the cost per case by the same growth', () => {
  const growth = scenarioFigures(plan, { ...baseline('Groei', 'Noord'), caseGrowth: 0.1 }, TODAY);
  const available = ok(base.availableHours);
  const forIndividualTasks = plan.organisation.individualHours / available;
  close(ok(growth.fteNeeded) - forIndividualTasks, (ok(base.fteNeeded) - forIndividualTasks) * 1.1);
  // The organisation's cost is spread over all teams' cases, of which Noord's grew by 10%.
  close(ok(growth.costPerCase), (ok(baseCost) * allCases) / (allCases + 0.1 * base.casesPerYear));
  close(growth.casesPerYear, base.casesPerYear * 1.1);
});

test('an extra weighing factor multiplies the band, as BANDWIDTH combines factors', () => {
  const burden = scenarioFigures(plan, { ...baseline('Registratie', 'Noord'), extraReduction: 0.1 }, TODAY);
  close(ok(burden.bandPerFte).low, ok(base.bandPerFte).low * 0.9);
  close(ok(burden.bandPerFte).high, ok(base.bandPerFte).high * 0.9);
});

test('cases that take 5% fewer hours widen the band per FTE by 1/0.95', () => {
  const faster = scenarioFigures(plan, { ...baseline('Sneller', 'Noord'), hoursChange: -0.05 }, TODAY);
  close(ok(faster.bandPerFte).low, ok(base.bandPerFte).low / 0.95);
});

test('extra cost is paid for by the same cases: a higher cost per case', () => {
  const costly = scenarioFigures(plan, { ...baseline('Duurder', 'Noord'), extraCost: 19500 }, TODAY);
  close(ok(costly.costPerCase), ok(baseCost) + 19500 / allCases);
});

test('extra FTE cost the average cost per FTE, unless a cost is typed, which then replaces it', () => {
  const { averageCostPerFte } = organisationFigures(plan, TODAY).finance;
  const derived = scenarioFigures(plan, { ...baseline('2 erbij', 'Noord'), extraFte: 2 }, TODAY);
  expect(derived.extraCostDerived).toBe(true);
  close(ok(derived.extraCost), 2 * ok(averageCostPerFte));
  close(ok(derived.costPerCase), ok(baseCost) + ok(derived.extraCost) / allCases);
  const typed = scenarioFigures(plan, { ...baseline('2 erbij', 'Noord'), extraFte: 2, extraCost: 100000 }, TODAY);
  expect(typed.extraCostDerived).toBe(false);
  expect(typed.extraCost).toBe(100000);
  close(ok(typed.costPerCase), ok(baseCost) + 100000 / allCases);
});

test('a scenario changes only its own team', () => {
  const applied = applyScenario(plan, { ...baseline('Zuid groeit', 'Zuid'), caseGrowth: 0.5, extraFte: 2 });
  expect(applied.teams.filter((_t, i) => i !== 2)).toEqual(plan.teams.filter((_t, i) => i !== 2));
  expect(applied.teams[2].roster).toHaveLength(plan.teams[2].roster.length + 1);
});

test('a scenario that makes a figure impossible says why, for that scenario only', () => {
  const all = compareScenarios(
    {
      ...plan,
      scenarios: [baseline('Basis'), { ...baseline('Geen werk'), hoursChange: -1 }],
    },
    TODAY,
  );
  expect(isError(all[0].bandPerFte)).toBe(false);
  expect(all[1].bandPerFte).toMatchObject({ code: '#DIV/0!' });
});

test('the comparison lists the plan’s scenarios in order, and applying one leaves the plan itself alone', () => {
  const names = compareScenarios(plan, TODAY).map(s => s.name);
  expect(names).toEqual(plan.scenarios.map(s => s.name));
  const before = JSON.stringify(plan);
  applyScenario(plan, { ...baseline('x'), extraFte: 3, caseGrowth: 0.5 });
  expect(JSON.stringify(plan)).toBe(before);
});

test('the sample’s scenarios tell a story: newcomers raise the staffing ratio, growth lowers it', () => {
  const [basis, newcomers, growth] = compareScenarios(plan, TODAY);
  expect(ok(newcomers.staffingRatio)).toBeGreaterThan(ok(basis.staffingRatio));
  // Growth is Zuid's: lower than Zuid's own ratio today.
  expect(growth.team).toBe('Zuid');
  expect(ok(growth.staffingRatio)).toBeLessThan(ok(computeFigures(plan, 2, TODAY).staffingRatio));
  const band = (b: Result<Band>) => ok(b).high;
  expect(band(newcomers.teamBand)).toBeGreaterThan(band(basis.teamBand));
});
