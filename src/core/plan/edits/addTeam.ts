// A new, empty team at the end. Its id comes with the edit (newId()), made where the user acted:
// an edit is pure, so replaying it gives the same plan.
import { sameName } from '../compute';
import type { Plan } from '../plan';
import { emptyTeam } from '../team';
import { defineEdit } from './edit';

/** The first "Team n" (from n = the number of teams + 1) that no team is called yet. */
export function freeTeamName(plan: Plan, numbered: (n: number) => string): string {
  for (let n = plan.teams.length + 1; ; n++) {
    const name = numbered(n);
    if (!plan.teams.some(t => sameName(t.name, name))) return name;
  }
}

export const addTeam = defineEdit<{ name: string; id: string }>({
  name: 'addTeam',
  perform: (plan, { name, id }) => ({ ...plan, teams: [...plan.teams, { ...emptyTeam(name), id }] }),
});
