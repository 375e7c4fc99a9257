// Opschonen: what the plan keeps longer than the organisation decided (privacy.keepMonths) goes.
// Cases put on a list before then (with their reflections), felt counts and shared notes dated
// before then are removed from every team; a row without a date is kept, as nobody can tell its
// age, and counted, so the pane can say so. The workbook's version history and any copy of it still
// hold what was removed: the pane and docs/privacy.md say that too.
import { isIsoDate } from '../../dates';
import type { Plan, Team } from '../plan';
import { defineEdit } from './edit';

/** The day `months` months before `on` (the month's last day where it is shorter): rows dated before it go. */
export function keptFrom(on: string, months: number): string {
  const [year, month, day] = on.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** What a clean-up on `on` removes and what it cannot judge, over all teams. */
export interface CleanUpCount {
  cases: number;
  felt: number;
  sharedNotes: number;
  /** Cases without the date they were listed: kept. */
  undatedCases: number;
  /** The day from which rows are kept. */
  from: string;
}

type Age = 'old' | 'kept' | 'undated';
const ageOf = (date: string, from: string): Age => (!isIsoDate(date) ? 'undated' : date < from ? 'old' : 'kept');

const teamAges = (team: Team, from: string) => ({
  cases: team.caseList.map(c => ageOf(c.listed, from)),
  felt: team.felt.map(f => ageOf(f.date, from)),
  sharedNotes: team.sharedNotes.map(n => ageOf(n.date, from)),
});

export function cleanUpCount(plan: Plan, on: string): CleanUpCount {
  const from = keptFrom(on, plan.privacy.keepMonths);
  const ages = plan.teams.map(team => teamAges(team, from));
  const count = (list: 'cases' | 'felt' | 'sharedNotes', age: Age) =>
    ages.reduce((n, a) => n + a[list].filter(x => x === age).length, 0);
  return {
    cases: count('cases', 'old'),
    felt: count('felt', 'old'),
    sharedNotes: count('sharedNotes', 'old'),
    undatedCases: count('cases', 'undated'),
    from,
  };
}

export const cleanUp = defineEdit<{ on: string }>({
  name: 'cleanUp',
  perform: (plan, { on }) => {
    const from = keptFrom(on, plan.privacy.keepMonths);
    const young = (date: string) => ageOf(date, from) !== 'old';
    return {
      ...plan,
      teams: plan.teams.map(team => ({
        ...team,
        caseList: team.caseList.filter(c => young(c.listed)),
        felt: team.felt.filter(f => young(f.date)),
        sharedNotes: team.sharedNotes.filter(n => young(n.date)),
      })),
    };
  },
});
