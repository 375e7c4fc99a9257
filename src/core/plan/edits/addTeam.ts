// A new, empty team at the end, with a fresh id.
import { sameName } from '../compute';
import { newId } from '../ids';
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

export const addTeam = defineEdit<{ name: string; id?: string }>({
  name: 'addTeam',
  perform: (plan, { name, id = newId() }) => ({ ...plan, teams: [...plan.teams, { ...emptyTeam(name), id }] }),
});
