// A team taken out of the plan. What named it (areas, scenarios, pay, budgets) keeps the name as
// typed: nothing the user entered elsewhere is thrown away, and naming a team so again links it.
import { defineEdit } from './edit';

export const removeTeam = defineEdit<{ id: string }>({
  name: 'removeTeam',
  // The last team is never removed: a plan always has a team to work in.
  perform: (plan, { id }) => (plan.teams.length <= 1 ? plan : { ...plan, teams: plan.teams.filter(t => t.id !== id) }),
});
