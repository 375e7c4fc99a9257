// What-if scenarios: a named set of changes to the plan ("3 new colleagues", "10% more cases").
// A scenario never has formulas of its own: it rewrites the plan's inputs and the same
// computeFigures derives its band, FTE needed, staffing ratio and cost per case, so a scenario
// and the plan can only differ by what the scenario changed.
import { computeFigures, Figures } from './figures';
import { Plan, Scenario } from './plan';

export interface ScenarioFigures {
  name: string;
  /** FTE on the roster plus the scenario's extra FTE. */
  fte: number;
  /** Cases per year after the scenario's growth. */
  casesPerYear: number;
  bandPerFte: Figures['bandPerFte'];
  teamBand: Figures['teamBand'];
  fteNeeded: Figures['fteNeeded'];
  staffingRatio: Figures['staffingRatio'];
  costPerCase: Figures['costPerCase'];
}

/** A scenario that changes nothing: the plan as it is. */
export const baseline = (name: string): Scenario => ({
  name,
  extraFte: 0,
  newStaffReduction: 0,
  extraReduction: 0,
  caseGrowth: 0,
  hoursChange: 0,
  extraCost: 0,
});

/** The plan as it would be under the scenario (without scenarios of its own). */
export function applyScenario(plan: Plan, scenario: Scenario): Plan {
  const cases = 1 + scenario.caseGrowth;
  const hours = 1 + scenario.hoursChange;
  const { bandwidth, team, organisation } = plan;
  return {
    ...plan,
    scenarios: [],
    bandwidth: {
      ...bandwidth,
      hoursPerCaseHeavy: bandwidth.hoursPerCaseHeavy * hours,
      hoursPerCaseLight: bandwidth.hoursPerCaseLight * hours,
      categories: bandwidth.categories.map(c => ({
        ...c,
        count: c.count * cases,
        hoursPerCase: c.hoursPerCase * hours,
      })),
      // Weighing factors multiply (BANDWIDTH keeps Π(1 − reduction)), so an extra one is one more factor.
      factors:
        scenario.extraReduction > 0
          ? [...bandwidth.factors, { name: scenario.name, reduction: scenario.extraReduction, period: '' }]
          : bandwidth.factors,
    },
    team: {
      roster:
        scenario.extraFte > 0
          ? [
              ...team.roster,
              {
                name: scenario.name,
                fte: scenario.extraFte,
                reduction: scenario.newStaffReduction,
                openCases: 0,
                indirectHoursPerWeek: 0,
              },
            ]
          : team.roster,
    },
    organisation: { ...organisation, teamCost: organisation.teamCost + scenario.extraCost },
    // Weekly figures are history: a scenario has none, which also keeps the comparison quick.
    implement: { ...plan.implement, weeks: [] },
  };
}

/** The figures the comparison shows for one scenario. */
export function scenarioFigures(plan: Plan, scenario: Scenario): ScenarioFigures {
  const figures = computeFigures(applyScenario(plan, scenario));
  return {
    name: scenario.name,
    fte: figures.existingFte,
    casesPerYear: figures.casesPerYear,
    bandPerFte: figures.bandPerFte,
    teamBand: figures.teamBand,
    fteNeeded: figures.fteNeeded,
    staffingRatio: figures.staffingRatio,
    costPerCase: figures.costPerCase,
  };
}

/** Every scenario of the plan, side by side, in the order the team listed them. */
export const compareScenarios = (plan: Plan): ScenarioFigures[] => plan.scenarios.map(s => scenarioFigures(plan, s));
