// What-if scenarios: a named set of changes to one team's plan ("3 new colleagues", "10% more
// cases"). A scenario never has formulas of its own: it rewrites the plan's inputs and the same
// computeFigures derives its band, FTE needed and staffing ratio (and organisationFigures the cost
// per case), so a scenario and the plan can only differ by what the scenario changed.
import { Result } from '../result';
import { ifComputed, sameName } from './compute';
import { computeFigures, Figures } from './figures';
import { allCasesPerYear, costPerCaseOf, OrganisationFigures } from './organisation';
import { Plan, Scenario, Team } from './plan';
import { SalaryFigures, salaryFigures } from './salaries';

export interface ScenarioFigures {
  name: string;
  /** The team the scenario changes. */
  team: string;
  /** FTE on the roster plus the scenario's extra FTE. */
  fte: number;
  /** Cases per year after the scenario's growth. */
  casesPerYear: number;
  bandPerFte: Figures['bandPerFte'];
  teamBand: Figures['teamBand'];
  fteNeeded: Figures['fteNeeded'];
  staffingRatio: Figures['staffingRatio'];
  /** What the scenario adds to the team cost per year: as typed, else its extra FTE × the average cost per FTE. */
  extraCost: Result<number>;
  /** The extra cost follows from the extra FTE (not typed). */
  extraCostDerived: boolean;
  /** The organisation's cost per case under the scenario. */
  costPerCase: OrganisationFigures['costPerCase'];
}

/** A scenario that changes nothing: the plan as it is. */
export const baseline = (name: string, team = ''): Scenario => ({
  name,
  team,
  extraFte: 0,
  newStaffReduction: 0,
  extraReduction: 0,
  caseGrowth: 0,
  hoursChange: 0,
  extraCost: null,
});

/** The team a scenario is about: found by name, else the first team. */
export const scenarioTeam = (plan: Plan, scenario: Scenario): number =>
  Math.max(
    plan.teams.findIndex(t => sameName(t.name, scenario.team)),
    0,
  );

/** The plan as it would be under the scenario (without scenarios of its own). */
export function applyScenario(plan: Plan, scenario: Scenario): Plan {
  const cases = 1 + scenario.caseGrowth;
  const hours = 1 + scenario.hoursChange;
  const { bandwidth } = plan;
  const index = scenarioTeam(plan, scenario);
  const change = (team: Team): Team => ({
    ...team,
    cases: team.cases.map(c => ({ ...c, count: c.count * cases })),
    // Weighing factors multiply (BANDWIDTH keeps Π(1 − reduction)), so an extra one is one more factor.
    factors:
      scenario.extraReduction > 0
        ? [...team.factors, { name: scenario.name, reduction: scenario.extraReduction, from: '', to: '', note: '' }]
        : team.factors,
    roster:
      scenario.extraFte > 0
        ? [
            ...team.roster,
            {
              name: scenario.name,
              fte: scenario.extraFte,
              reduction: scenario.newStaffReduction,
              from: '',
              to: '',
              openCases: 0,
              indirectHoursPerWeek: 0,
            },
          ]
        : team.roster,
    // Weekly figures are history: a scenario has none, which also keeps the comparison quick.
    weeks: [],
  });
  return {
    ...plan,
    scenarios: [],
    bandwidth: {
      ...bandwidth,
      hoursPerCaseHeavy: bandwidth.hoursPerCaseHeavy * hours,
      hoursPerCaseLight: bandwidth.hoursPerCaseLight * hours,
      categories: bandwidth.categories.map(c => ({ ...c, hoursPerCase: c.hoursPerCase * hours })),
    },
    teams: plan.teams.map((team, i) => (i === index ? change(team) : team)),
  };
}

/** A scenario's extra cost per year: as typed, else its extra FTE at the average cost per FTE. */
export function scenarioExtraCost(scenario: Scenario, salaries: SalaryFigures): Result<number> {
  if (scenario.extraCost !== null) return scenario.extraCost;
  if (scenario.extraFte === 0) return 0;
  const { averageCostPerFte } = salaries;
  return ifComputed([averageCostPerFte], () => scenario.extraFte * (averageCostPerFte as number));
}

/** The figures the comparison shows for one scenario, on date `on` (the plan's salaries when already known). */
export function scenarioFigures(
  plan: Plan,
  scenario: Scenario,
  on: string,
  salaries: SalaryFigures = salaryFigures(plan, on),
): ScenarioFigures {
  const applied = applyScenario(plan, scenario);
  const figures = computeFigures(applied, scenarioTeam(plan, scenario), on);
  // The organisation's cost per case needs only the cases and the costs, not every team's figures.
  const extraCost = scenarioExtraCost(scenario, salaries);
  const { teamCost } = salaries;
  const cost = ifComputed([teamCost, extraCost], () => (teamCost as number) + (extraCost as number));
  const costPerCase = costPerCaseOf(applied, allCasesPerYear(applied), cost);
  return {
    name: scenario.name,
    team: figures.team,
    fte: figures.existingFte,
    casesPerYear: figures.casesPerYear,
    bandPerFte: figures.bandPerFte,
    teamBand: figures.teamBand,
    fteNeeded: figures.fteNeeded,
    staffingRatio: figures.staffingRatio,
    extraCost,
    extraCostDerived: scenario.extraCost === null,
    costPerCase,
  };
}

/** Every scenario of the plan, side by side, in the order the teams listed them. */
export function compareScenarios(plan: Plan, on: string): ScenarioFigures[] {
  const salaries = salaryFigures(plan, on);
  return plan.scenarios.map(s => scenarioFigures(plan, s, on, salaries));
}
