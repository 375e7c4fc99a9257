// Pieces the team formulas share: a team's rows of another table (a condition over the whole
// column, so the ranges keep lining up), a period test, and looking up one of the team's own
// figures in vcTeams.
import type { Rows } from '../dialect';
import type { Column, Formulas } from '../model';

/** The rows of another table that belong to this row's team (and, with `also`, meet that too). */
export const ofTeam = (f: Formulas, team: Column, thisTeam: Column, values: Column, also = ''): Rows => ({
  cond: `(${f.column(team)}=${f.row(thisTeam)})${also ? `*${also}` : ''}`,
  values: f.column(values),
});

/** 1 where a row's period (from … to, blank: no limit) holds on `date`, else 0. */
export const inPeriod = (f: Formulas, from: Column, to: Column, date: string): string =>
  `((${f.column(from)}="")+(${f.column(from)}<=${date})>0)*((${f.column(to)}="")+(${f.column(to)}>=${date})>0)`;

/** One of this row's team's figures in the teams table. */
export const teamValue = (f: Formulas, thisTeam: Column, teamsName: Column, value: Column): string =>
  `INDEX(${f.column(value)},MATCH(${f.row(thisTeam)},${f.column(teamsName)},0))`;

/**
 * `values` in the row of `team`'s table with the latest date in `dates` (on or before `on` when
 * given) for this row's team; the later row on a tie (LOOKUP finds the last match); #N/A when none.
 * With `entered`, a row where that column is blank is passed over (a week not entered yet).
 */
export function latestOf(
  f: Formulas,
  team: Column,
  thisTeam: Column,
  dates: Column,
  values: Column,
  { on = '', entered }: { on?: string; entered?: Column } = {},
): string {
  const own =
    `(${f.column(team)}=${f.row(thisTeam)})*ISNUMBER(${f.column(dates)})` +
    (entered ? `*(${f.column(entered)}<>"")` : '');
  const latest = `MAX(IF(${own}${on ? `*(${f.column(dates)}<=${on})` : ''},${f.column(dates)}))`;
  return `LOOKUP(2,1/(${own}*(${f.column(dates)}=${latest})),${f.column(values)})`;
}

/**
 * The date of the version BAND_ON takes on `date`: the latest from-date of this row's team on or
 * before it; #N/A before the first.
 */
export function versionFrom(f: Formulas, team: Column, thisTeam: Column, from: Column, date: string): string {
  const own = `(${f.column(team)}=${f.row(thisTeam)})*ISNUMBER(${f.column(from)})*(${f.column(from)}<=${date})`;
  return `IF(SUMPRODUCT(${own})=0,NA(),SUMPRODUCT(MAX(${own}*${f.column(from)})))`;
}
