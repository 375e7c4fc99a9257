// Adding, renaming and removing a team as changes to the plan. Areas, scenarios and finance's pay
// and budgets refer to their team by name, so a new name goes to them too; a removed team's areas and scenarios keep the name
// they had (nothing the user typed is thrown away) and belong to no team until one is named so.
import { emptyTeam, Plan, sameName } from '../../core';
import { financeOfRenamedTeam } from '../finance/financeEdits';

/** The first "Team n" (from n = the number of teams + 1) that no team is called yet. */
export function freeTeamName(plan: Plan, numbered: (n: number) => string): string {
  for (let n = plan.teams.length + 1; ; n++) {
    const name = numbered(n);
    if (!plan.teams.some(t => sameName(t.name, name))) return name;
  }
}

/** The plan with one more, empty team at the end. */
export const withNewTeam = (plan: Plan, name: string): Plan => ({ ...plan, teams: [...plan.teams, emptyTeam(name)] });

/** Why `name` cannot be the name of team `index`, or undefined when it can. */
export function nameProblem(plan: Plan, index: number, name: string): 'empty' | 'taken' | undefined {
  if (name.trim() === '') return 'empty';
  return plan.teams.some((t, i) => i !== index && sameName(t.name, name)) ? 'taken' : undefined;
}

/** The plan with team `index` renamed, and the areas and scenarios that named it following along. */
export function withTeamRenamed(plan: Plan, index: number, name: string): Plan {
  const old = plan.teams[index].name;
  const follow = <T extends { team: string }>(rows: T[]): T[] =>
    rows.map(row => (sameName(row.team, old) ? { ...row, team: name } : row));
  return {
    ...plan,
    teams: plan.teams.map((t, i) => (i === index ? { ...t, name } : t)),
    situation: { ...plan.situation, areas: follow(plan.situation.areas) },
    scenarios: follow(plan.scenarios),
    finance: financeOfRenamedTeam(plan.finance, old, name),
  };
}

/** The plan without team `index`; the last team is never removed. */
export const withoutTeam = (plan: Plan, index: number): Plan =>
  plan.teams.length <= 1 ? plan : { ...plan, teams: plan.teams.filter((_t, i) => i !== index) };
