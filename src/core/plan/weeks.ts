// A team's band history and its weekly figures. A band version is in force from its date until
// the next one (BAND_ON); each week is held against the version in force that week, so adopting
// a new band never re-grades the past. The FTE present in a week is typed, or follows from the
// roster rows in force that week (FTE_ON).
import type { Band } from '../band';
import { isIsoDate, isoToSerial } from '../dates';
import type { BandStatus } from '../functions/bandwidthStatus';
import { BAND_ON } from '../functions/bandOn';
import { CASELOAD_PER_FTE } from '../functions/caseloadPerFte';
import { FTE_ON } from '../functions/fteOn';
import { reusedRange } from '../params';
import { CaseloadError, isError, Result } from '../result';
import { column, ifComputed, statusOf } from './compute';
import type { BandVersion, Team } from './plan';

export interface BandInForce {
  band: Band;
  /** The version's place in the team's list, its date and why it was adopted. */
  index: number;
  from: string;
  reason: string;
}

export interface WeekFigures {
  /** As the plan keeps it: the Monday (ISO), or a label that is not a date. */
  week: string;
  /** Its open cases are entered: a week without them is not graded (no caseload, no status). */
  entered: boolean;
  /** FTE present: typed, or from the roster rows in force that week. */
  ftePresent: Result<number>;
  fteSource: 'typed' | 'roster';
  /** The band version in force that week, and that version's date (what the week is graded with). */
  band: Result<Band>;
  bandFrom: Result<string>;
  caseload: Result<number>;
  status: Result<BandStatus>;
}

/** A date as the functions take it: the serial number, or the text itself (which they refuse clearly). */
const dateArgument = (iso: string): number | string => (iso === '' ? '' : (isoToSerial(iso) ?? iso));

/** The team's versions as the column ranges BAND_ON takes, made once for every week. */
const versionColumns = (bands: readonly BandVersion[]) =>
  [column(bands.map(b => dateArgument(b.from))), column(bands.map(b => b.low)), column(bands.map(b => b.high))].map(
    reusedRange,
  );

/** BAND_ON for one date over the team's versions. */
function bandOn(
  bands: readonly BandVersion[],
  date: string,
  columns = versionColumns(bands),
): Result<{ band: Band; index: number }> {
  const row = BAND_ON.evaluate([dateArgument(date), ...columns]) as Result<number[][]>;
  if (isError(row)) return row;
  const [[low, high]] = row;
  // The version itself (for its date and reason): the latest from-date ≤ date, the later row on a tie.
  let index = -1;
  bands.forEach((b, i) => {
    if (b.from <= date && (index < 0 || b.from >= bands[index].from)) index = i;
  });
  return { band: { low, high }, index };
}

/** The version in force on a date, or why there is none. */
export function bandInForce(team: Team, on: string): Result<BandInForce> {
  const found = bandOn(team.bands, on);
  if (isError(found)) return found;
  const version = team.bands[found.index];
  return { band: found.band, index: found.index, from: version.from, reason: version.reason };
}

/** The roster as the column ranges FTE_ON takes. */
const rosterColumns = ({ roster }: Team) =>
  [
    column(roster.map(p => p.fte)),
    column(roster.map(p => dateArgument(p.from))),
    column(roster.map(p => dateArgument(p.to))),
    column(roster.map(p => p.reduction)),
  ].map(reusedRange);

/** A week whose open cases are not entered yet has no caseload, so no grade. */
const notEntered = () => new CaseloadError('#N/A', 'required', { argument: 'cases' });

/** The team's capacity on a date: FTE_ON over its roster rows. */
export const fteOn = (team: Team, date: string, columns = rosterColumns(team)): Result<number> =>
  FTE_ON.evaluate([dateArgument(date), ...columns]) as Result<number>;

export function weekFigures(team: Team): WeekFigures[] {
  const roster = rosterColumns(team);
  const versions = versionColumns(team.bands);
  return team.weeks.map(w => {
    const typed = w.ftePresent !== null;
    const ftePresent = typed ? (w.ftePresent as number) : fteOn(team, w.week, roster);
    const found = bandOn(team.bands, w.week, versions);
    const band = ifComputed([found], () => (found as { band: Band }).band);
    const bandFrom = ifComputed([found], () => team.bands[(found as { index: number }).index].from);
    const caseload =
      w.openCases === null
        ? notEntered()
        : ifComputed([ftePresent], () => CASELOAD_PER_FTE.evaluate([w.openCases, ftePresent]) as Result<number>);
    return {
      week: w.week,
      entered: w.openCases !== null,
      ftePresent,
      fteSource: typed ? 'typed' : 'roster',
      band,
      bandFrom,
      caseload,
      status: statusOf(caseload, band),
    };
  });
}

/** Whether a week is a real date (its Monday) rather than a label kept as typed. */
export const isDatedWeek = (week: string): boolean => isIsoDate(week);

/** What an entered week was graded with and to, as the weekly table shows it. */
const grade = (w: WeekFigures) => JSON.stringify([w.ftePresent, w.band, w.bandFrom, w.caseload, w.status]);

/**
 * The entered weeks a change of the team re-grades: the weeks (as the plan keeps them) whose FTE
 * present, band, caseload or status differs between `before` and `after`. A change from a date
 * re-grades none before it; one with a date in the past says here which weeks it reaches back to.
 */
export function regradedWeeks(before: Team, after: Team): string[] {
  if (before.weeks !== after.weeks && JSON.stringify(before.weeks) !== JSON.stringify(after.weeks)) return [];
  const was = weekFigures(before);
  return weekFigures(after)
    .filter((w, i) => w.entered && grade(w) !== grade(was[i]))
    .map(w => w.week);
}
