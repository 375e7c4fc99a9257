// A table's rows in the plan, both ways: a plan list as it is, or one list of every team laid out
// team after team with the team's name in front. Reading a team table puts each row back with its
// team; a team named there but nowhere else is added, so no row is lost.
import { emptyTeam, Plan, sameName, Team } from '../core';
import type { RowPlace, TableLayout, TeamListKey } from './model';
import { setValueAt, valueAt } from './planPaths';

type Row = Record<string, unknown>;

/** The rows a table shows, each with where it comes from. */
export function rowsOf(plan: Plan, table: TableLayout): { row: Row; place: RowPlace }[] {
  if ('path' in table.rows) {
    const rows = table.rows.shown ? table.rows.shown(plan) : (valueAt(plan, table.rows.path) as Row[]);
    return rows.map((row, i) => ({ row, place: { row: i, team: -1, index: i } }));
  }
  if ('eachTeam' in table.rows) {
    return plan.teams.map((team, t) => ({ row: { team: team.name }, place: { row: t, team: t, index: t } }));
  }
  const list = table.rows.team;
  let at = 0;
  return plan.teams.flatMap((team, t) =>
    (team[list] as Row[]).map((row, index) => ({
      row: { team: team.name, ...row },
      place: { row: at++, team: t, index },
    })),
  );
}

/** The team of that name (a row without a team: the first), added (empty) when the plan has none yet. */
export function teamNamed(plan: Plan, name: string): Team {
  const found =
    name.trim() === '' && plan.teams.length > 0 ? plan.teams[0] : plan.teams.find(t => sameName(t.name, name));
  if (found) return found;
  const team = emptyTeam(name.trim());
  plan.teams.push(team);
  return team;
}

/** Puts rows read back into a plan being assembled (fromSheets owns it). */
export function setRows(plan: Plan, table: TableLayout, rows: Row[]): void {
  if ('path' in table.rows) {
    setValueAt(plan, table.rows.path, table.rows.typed ? rows.filter(table.rows.typed) : rows);
    return;
  }
  if ('eachTeam' in table.rows) return; // figures only: nothing of the plan is in them
  const list: TeamListKey = table.rows.team;
  for (const team of plan.teams) team[list] = [];
  for (const { team, ...row } of rows) (teamNamed(plan, String(team))[list] as Row[]).push(row);
}
