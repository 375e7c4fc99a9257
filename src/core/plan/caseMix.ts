// Case-mix drift: today's case list against the mix step 2 assumed. The price and the band were
// worked out for a mix of light and heavy cases; when the real cases are heavier than that, the
// same number of cases asks more time. Per category its share of the listed cases beside its
// share of the team's cases per year; the drift is how many percentage points more of the listed
// cases are heavy (a category is heavy when a case of it takes more hours than the assumed mix's
// average case), and the FTE the real mix would ask (benodigd with the same number of cases per
// year, spread as the list is) beside benodigd itself: the FTE the assumed mix asks.
import { CaseloadError, Result } from '../result';
import { sameName } from './compute';
import { fteNeededFor, teamCaseMix } from './figures';
import type { Plan, Team } from './plan';

export interface MixCategory {
  name: string;
  /** Hours a case of it takes for this team. */
  hoursPerCase: number;
  /** Its share of the team's cases per year (step 2), and of the listed cases. */
  assumedShare: number;
  realShare: number;
  heavy: boolean;
}

export interface MixDrift {
  categories: MixCategory[];
  /** Listed cases whose category step 2 knows: what the real mix is counted over. */
  listed: number;
  /** Share of heavy categories in the listed cases minus their share in step 2 (0.1 = 10 points). */
  drift: Result<number>;
  /** Benodigd on the date (the assumed mix), and the same cases per year spread as the listed cases are. */
  fteAssumed: Result<number>;
  fteReal: Result<number>;
  /** The drift is at or over the threshold. */
  warning: boolean;
}

/** Nothing to divide by: no cases per year in step 2, or no listed case of a known category. */
const nothingIn = (argument: string) => new CaseloadError('#DIV/0!', 'divisionByZero', { argument });

export function mixDrift(plan: Plan, team: Team, on: string): MixDrift {
  const mix = teamCaseMix(plan, team);
  const perYear = mix.reduce((sum, c) => sum + c.count, 0);
  const listedIn = mix.map(c => team.caseList.filter(l => sameName(l.category, c.name)).length);
  const listed = listedIn.reduce((a, b) => a + b, 0);
  const average = perYear > 0 ? mix.reduce((sum, c) => sum + c.count * c.hoursPerCase, 0) / perYear : 0;
  const categories = mix.map((c, i): MixCategory => ({
    name: c.name,
    hoursPerCase: c.hoursPerCase,
    assumedShare: perYear > 0 ? c.count / perYear : 0,
    realShare: listed > 0 ? listedIn[i] / listed : 0,
    heavy: c.hoursPerCase > average,
  }));
  const drift: Result<number> =
    perYear === 0
      ? nothingIn('cases_per_year')
      : listed === 0
        ? nothingIn('hours')
        : categories.filter(c => c.heavy).reduce((sum, c) => sum + c.realShare - c.assumedShare, 0);
  const fteFor = fteNeededFor(plan, team, on);
  const fteAssumed = fteFor(mix.map(c => c.count));
  const fteReal = listed === 0 ? nothingIn('hours') : fteFor(categories.map(c => perYear * c.realShare));
  const warning = typeof drift === 'number' && drift >= plan.conversation.driftThreshold - 1e-12;
  return { categories, listed, drift, fteAssumed, fteReal, warning };
}
