// Deviating cases, both ways: which cases of a team's case list took far more, or far less, time
// than the norm of their category, so the team reflects on those few instead of registering every
// hour of every case. A case's norm is its category's hours per case for this team (step 2, with
// the team's extra weight); a case with only its weeks open is held against the average duration
// of a case instead. A case still open can still grow, so only hours spent can show a case that
// took far less. Counted by DEVIATING_CASES itself, on each case's ratio to its norm (norm 1); a
// single case is held against the same bounds directly, as a list may hold 100,000 cases.
import { DEVIATING_CASES, deviationBounds } from '../functions/deviatingCases';
import { isError, Result } from '../result';
import { column, nameKey } from './compute';
import { teamCaseMix } from './figures';
import type { ListedCase, Outcome, Plan, Team } from './plan';

export type Deviation = 'above' | 'below';
/** The outcomes a reflection can reach, in the order the pane lists them. */
export const OUTCOMES = ['factor', 'category', 'individual', 'nothing'] as const satisfies readonly Outcome[];
export type ReachedOutcome = (typeof OUTCOMES)[number];

export interface ListedCaseFigures {
  listed: ListedCase;
  /** The norm it is held against: hours per case, or (weeks open only) an average case's weeks; undefined when step 2 does not know its category. */
  norm: { value: number; unit: 'hours' | 'weeks' } | undefined;
  /** Hours (or weeks) over the norm; null when there is nothing to compare. */
  ratio: number | null;
  deviation: Deviation | undefined;
}

export interface DeviationFigures {
  cases: ListedCaseFigures[];
  above: number;
  below: number;
  /** The reflections' outcomes summed: what the model may miss. */
  outcomes: Record<ReachedOutcome, number>;
  /** Cases far from their norm that have no outcome yet. */
  open: number;
}

/** How a case compares with its norm: the ratio, and the norm it was taken against. */
function ratioOf(plan: Plan, hoursPerCase: Map<string, number>, listed: ListedCase) {
  if (listed.hours === null) {
    const weeks = plan.bandwidth.caseDurationWeeks;
    const ratio = listed.weeksOpen !== null && weeks > 0 ? listed.weeksOpen / weeks : null;
    return { norm: { value: weeks, unit: 'weeks' as const }, ratio };
  }
  const hours = hoursPerCase.get(nameKey(listed.category));
  if (hours === undefined) return { norm: undefined, ratio: null };
  return { norm: { value: hours, unit: 'hours' as const }, ratio: hours > 0 ? listed.hours / hours : null };
}

const count = (ratios: (number | null)[], tolerance: number, direction: Deviation): number => {
  const found = DEVIATING_CASES.evaluate([column(ratios), 1, tolerance, direction]) as Result<number>;
  return isError(found) ? 0 : found;
};

export function deviationFigures(plan: Plan, team: Team): DeviationFigures {
  const { tolerance } = plan.conversation;
  // Keyed as sameName compares; the first category of a name wins, as a lookup by name finds it.
  const hoursPerCase = new Map<string, number>();
  for (const c of teamCaseMix(plan, team))
    if (!hoursPerCase.has(nameKey(c.name))) hoursPerCase.set(nameKey(c.name), c.hoursPerCase);
  const { high, low } = deviationBounds(1, tolerance, 'both');
  const cases = team.caseList.map((listed): ListedCaseFigures => {
    const { norm, ratio } = ratioOf(plan, hoursPerCase, listed);
    const below = listed.hours !== null && ratio !== null && ratio < low;
    const deviation = ratio !== null && ratio > high ? 'above' : below ? 'below' : undefined;
    return { listed, norm, ratio, deviation };
  });
  const outcomes = Object.fromEntries(
    OUTCOMES.map(o => [o, team.caseList.filter(c => c.outcome === o).length]),
  ) as Record<ReachedOutcome, number>;
  return {
    cases,
    above: count(
      cases.map(c => c.ratio),
      tolerance,
      'above',
    ),
    below: count(
      cases.map(c => (c.listed.hours !== null ? c.ratio : null)),
      tolerance,
      'below',
    ),
    outcomes,
    open: cases.filter(c => c.deviation && c.listed.outcome === '').length,
  };
}
