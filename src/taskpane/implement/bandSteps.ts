// The weekly figures grouped by the band version in force in them, in order: where another
// version starts, the band takes a step. Weeks kept as labels (no date) belong to no step.
import { bandInForce, BandInForce, isDatedWeek, isError, Team } from '../../core';

export interface BandStep {
  /** The first and last week of the step: their places in the team's weeks. */
  first: number;
  last: number;
  /** The version in force in those weeks, or none (weeks before the first version). */
  version: BandInForce | undefined;
}

export function bandSteps(team: Team): BandStep[] {
  const steps: BandStep[] = [];
  team.weeks.forEach(({ week }, position) => {
    if (!isDatedWeek(week)) return;
    const found = bandInForce(team, week);
    const version = isError(found) ? undefined : found;
    const previous = steps.at(-1);
    if (previous && previous.version?.index === version?.index) previous.last = position;
    else steps.push({ first: position, last: position, version });
  });
  return steps;
}
