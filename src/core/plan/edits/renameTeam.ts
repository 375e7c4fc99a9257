// A team's new name, taken along by everything that names it: areas, scenarios, pay and budgets.
import { sameName } from '../compute';
import type { Plan } from '../plan';
import { followRenames } from './renames';
import { defineEdit } from './edit';

/** Why `name` cannot be the name of the team with id `id`, or undefined when it can. */
export function teamNameProblem(plan: Plan, id: string, name: string): 'empty' | 'taken' | undefined {
  if (name.trim() === '') return 'empty';
  return plan.teams.some(t => t.id !== id && sameName(t.name, name)) ? 'taken' : undefined;
}

export const renameTeam = defineEdit<{ id: string; name: string }>({
  name: 'renameTeam',
  perform: (plan, { id, name }) => {
    if (teamNameProblem(plan, id, name)) return plan;
    const teams = plan.teams.map(t => (t.id === id ? { ...t, name } : t));
    return followRenames({ ...plan, teams }, 'team', plan.teams, teams);
  },
});
