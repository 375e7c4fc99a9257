// The shared step of changeRosterRow and changeFactor: one row of a team's dated list changed from
// a date (periods.ts), the team found by its id.
import type { Plan, Team } from '../plan';
import { changeFrom, DATED_FIELDS } from '../periods';

export interface DatedChange<Row> {
  /** The team's id. */
  team: string;
  /** The row's place in the list as it is before the change. */
  index: number;
  /** The row as it is to be from `from` on. */
  row: Row;
  /** The date the change holds from (ISO); blank: in the row itself, as a correction. */
  from: string;
}

export function changeDated<K extends keyof typeof DATED_FIELDS>(
  plan: Plan,
  list: K,
  { team, index, row, from }: DatedChange<Team[K][number]>,
): Plan {
  const teams = plan.teams.map(t =>
    t.id === team ? { ...t, [list]: changeFrom<Team[K][number]>(t[list], index, row, from, DATED_FIELDS[list]) } : t,
  );
  return { ...plan, teams };
}
