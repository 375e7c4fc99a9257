// Felt workload beside the measured caseload. At a week or an evaluation moment the team counts
// how many said their work was too little, right or too much: counts only, never who said what.
// Each count is set beside the position in the band of the caseload measured that week (the
// latest week on or before the date), because caseload is not workload: most saying "too much"
// while the caseload sits inside the band points at the work around the cases (indirect time,
// quality, registration), not at their number. A count with fewer answers than the organisation's
// minimum (privacy.minAnswers, at least five) is never broken down: in a small group anyone can
// tell who said "too much".
import type { BandStatus } from '../functions/bandwidthStatus';
import { BANDWIDTH_POSITION } from '../functions/bandwidthPosition';
import { CaseloadError, isError, Result } from '../result';
import { ifComputed } from './compute';
import type { Felt, Team } from './plan';
import { isDatedWeek, weekFigures, WeekFigures } from './weeks';

/**
 * What a mismatch (or a match) suggests: workload (most say too much, caseload within or below the
 * band), cases (most say too much, caseload above), carried (caseload above, most say it is right
 * or too little), room (caseload below, most say too little).
 */
export type FeltSignal = 'workload' | 'cases' | 'carried' | 'room';

export interface FeltFigures {
  felt: Felt;
  answered: number;
  /** Enough answers to show how they split (privacy.minAnswers or more); otherwise only their number is said. */
  shown: boolean;
  /** The week held beside it: the latest dated week on or before its date. */
  week: WeekFigures | undefined;
  /** BANDWIDTH_POSITION of that week's caseload in that week's band. */
  position: Result<number>;
  status: Result<BandStatus>;
  signal: FeltSignal | undefined;
}

const noWeek = () => new CaseloadError('#N/A', 'beforeFirstVersion', { argument: 'date' });

/**
 * The last of the team's dated weeks with their figures entered, on or before `date` (the later
 * row when two share a week); any date when undefined.
 */
export function latestWeek(team: Team, weeks: readonly WeekFigures[], date?: string): WeekFigures | undefined {
  return latestWeekOn(team, weeks)(date);
}

/**
 * A lookup of the latest dated week with figures on or before a date (any date when none is
 * given); on a tie the later row. The weeks are sorted once, so a team's many counts each cost a
 * binary search.
 */
function latestWeekOn(team: Team, weeks: readonly WeekFigures[]): (date?: string) => WeekFigures | undefined {
  const dated = team.weeks
    .map((w, i) => ({ week: w.week, entered: w.openCases !== null, i }))
    .filter(w => w.entered && isDatedWeek(w.week))
    .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : a.i - b.i));
  return date => {
    let [low, high] = [0, dated.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (date === undefined || dated[mid].week <= date) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? undefined : weeks[dated[low - 1].i];
  };
}

function signalOf(felt: Felt, answered: number, status: Result<BandStatus>): FeltSignal | undefined {
  if (answered === 0 || isError(status)) return undefined;
  const most = (count: number) => count * 2 > answered;
  if (most(felt.tooMuch)) return status === 'above' ? 'cases' : 'workload';
  if (status === 'above' && most(felt.right + felt.tooLittle)) return 'carried';
  if (status === 'below' && most(felt.tooLittle)) return 'room';
  return undefined;
}

/** How many people answered in a count. */
export const answeredIn = (felt: Felt): number => felt.tooLittle + felt.right + felt.tooMuch;

/** Each of the team's counts beside its week; `minAnswers`: from how many answers a count is broken down. */
export function feltFigures(
  team: Team,
  minAnswers: number,
  weeks: readonly WeekFigures[] = weekFigures(team),
): FeltFigures[] {
  const latest = latestWeekOn(team, weeks);
  return team.felt.map(felt => {
    const week = latest(felt.date);
    const answered = answeredIn(felt);
    const shown = answered >= minAnswers;
    const status: Result<BandStatus> = week ? week.status : noWeek();
    const position: Result<number> = week
      ? ifComputed([week.caseload, week.band], () => {
          const band = week.band as { low: number; high: number };
          return BANDWIDTH_POSITION.evaluate([week.caseload, band.low, band.high]) as Result<number>;
        })
      : noWeek();
    return {
      felt,
      answered,
      shown,
      week,
      position,
      status,
      signal: shown ? signalOf(felt, answered, status) : undefined,
    };
  });
}

/** The team's latest count (by date; the later row on a tie), if any. */
export function latestFelt(team: Team): Felt | undefined {
  return team.felt.reduce<Felt | undefined>((last, f) => (!last || f.date >= last.date ? f : last), undefined);
}
