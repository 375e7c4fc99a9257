// The sample municipality with every slip core's plausibility checks warn about, for the tests
// of the pane's warnings and of the sheets' Controle cells.
import { Plan, samplePlan } from '../../src/core';

/**
 * The sample with every slip plausibility.ts warns about: 360 contract hours, heavy cases lighter
 * than light ones, 5 FTE for one person, an end before its start, two overlapping periods of one
 * person, a year 9999, a factor of 100%, the same week twice.
 */
export function slipped(): Plan {
  const plan = samplePlan();
  const [noord, centrum, ...others] = plan.teams;
  const roster = noord.roster.map((p, i) =>
    i === 0
      ? { ...p, fte: 5 }
      : i === 1
        ? { ...p, from: '2026-12-01', to: '2026-11-01' }
        : i === 2
          ? { ...p, to: '9999-12-31' }
          : i === 6
            ? { ...p, from: '2026-11-01' }
            : p,
  );
  const factors = noord.factors.map((f, i) => (i === 0 ? { ...f, reduction: 1 } : f));
  const weeks = noord.weeks.map((w, i) => (i === 1 ? { ...w, week: noord.weeks[0].week } : w));
  return {
    ...plan,
    bandwidth: {
      ...plan.bandwidth,
      time: { ...plan.bandwidth.time, hoursPerWeek: 360 },
      hoursPerCaseHeavy: 20,
      hoursPerCaseLight: 45,
    },
    teams: [{ ...noord, roster, factors, weeks }, centrum, ...others],
  };
}
