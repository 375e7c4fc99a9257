// What the staff cost: each person's cost per FTE from their salary (their scale's, or one of their
// own) with its individual choice budget (IKB), the employer's charges on both and the other costs
// per FTE (COST_PER_FTE), times the FTE of
// their roster rows in force today (the team cost, per year), and times the FTE of those rows over
// the budget year (a person who starts or leaves during the year counts for the part of it they
// are on the roster). A typed team cost replaces the one from the salaries, and says so.
import { inPeriod, isoToSerial } from '../dates';
import { COST_PER_FTE } from '../functions/costPerFte';
import { CaseloadError, divide, Result } from '../result';
import { ifComputed, nameKey, sameName } from './compute';
import { Finance, Pay, Person, Plan } from './plan';

export interface PayFigures {
  team: string;
  name: string;
  /** The yearly salary: their own, else their scale's; #N/A when neither is known. */
  salary: Result<number>;
  costPerFte: Result<number>;
  /** FTE of the person's roster rows in force on the date. */
  fte: number;
  /** What the person costs per year at that FTE. */
  cost: Result<number>;
  /** FTE over the budget year: each roster row's FTE times the share of the year it is in force. */
  fteInYear: number;
  /** What the person costs in the budget year. */
  costInYear: Result<number>;
}

export interface SalaryFigures {
  pay: PayFigures[];
  /** People on a roster today without a line in the pay table: the team cost leaves them out. */
  unpaid: { team: string; name: string }[];
  /** Σ the cost of every person with a pay line. */
  fromSalaries: Result<number>;
  /** The team cost from the salaries: the pay lines, and anyone on a roster without one at their average. */
  fromRosters: Result<number>;
  /** The team cost the figures use: as typed when it is, else from the salaries. */
  teamCost: Result<number>;
  typed: boolean;
  /** FTE on every roster today (bezetting over all teams). */
  bezetting: number;
  /** The FTE today of the people with a pay line: the FTE the team cost from the salaries is the cost of. */
  paidFte: number;
  /** What one more or one fewer FTE costs, on average: the team cost over the bezetting. */
  averageCostPerFte: Result<number>;
  /** The calendar year of the date: the budget year. */
  year: number;
}

/** The sum of figures, or the first reason one of them could not be computed. */
export const sumOf = (values: readonly Result<number>[]): Result<number> =>
  ifComputed(values, () => (values as number[]).reduce((sum, v) => sum + v, 0));

/** The share of `year` a period (from … to, blank: no limit) covers, counted in days. */
export function shareOfYear(from: string, to: string, year: number): number {
  const start = isoToSerial(`${year}-01-01`)!;
  const end = isoToSerial(`${year}-12-31`)!;
  const first = Math.max(from ? isoToSerial(from)! : start, start);
  const last = Math.min(to ? isoToSerial(to)! : end, end);
  return last >= first ? (last - first + 1) / (end - start + 1) : 0;
}

/** What a full-time FTE on `salary` costs a year, with the plan's IKB, employer's charges and other costs (COST_PER_FTE). */
export function costPerFteOf(finance: Finance, salary: Result<number>): Result<number> {
  return ifComputed([salary], () =>
    COST_PER_FTE.evaluate([salary, finance.employerShare, finance.otherPerFte, finance.ikbShare]),
  );
}

/** A person's yearly salary: their own, else their scale's (the first scale of that name). */
function salaryOf(plan: Plan, pay: Pay): Result<number> {
  if (pay.salary !== null) return pay.salary;
  const scale = plan.finance.scales.find(s => sameName(s.name, pay.scale));
  return scale ? scale.salary : new CaseloadError('#N/A', 'required', { argument: 'salary' });
}

/** A person as names compare: their team and their name. */
const personKey = (team: string, name: string) => `${nameKey(team)}\u0000${nameKey(name)}`;

/** Every roster row by person: a team's rows under a name (two teams of one name pool theirs). */
function rosterRows(plan: Plan): Map<string, Person[]> {
  const rows = new Map<string, Person[]>();
  for (const team of plan.teams) {
    for (const person of team.roster) {
      const key = personKey(team.name, person.name);
      const found = rows.get(key);
      if (found) found.push(person);
      else rows.set(key, [person]);
    }
  }
  return rows;
}

export function payFigures(plan: Plan, pay: Pay, on: string, year: number, roster: Map<string, Person[]>): PayFigures {
  const salary = salaryOf(plan, pay);
  const costPerFte = costPerFteOf(plan.finance, salary);
  const rows = roster.get(personKey(pay.team, pay.name)) ?? [];
  const fte = rows.filter(p => inPeriod(on, p.from, p.to)).reduce((sum, p) => sum + p.fte, 0);
  const fteInYear = rows.reduce((sum, p) => sum + p.fte * shareOfYear(p.from, p.to, year), 0);
  const times = (n: number) => ifComputed([costPerFte], () => (costPerFte as number) * n);
  return {
    team: pay.team,
    name: pay.name,
    salary,
    costPerFte,
    fte,
    cost: times(fte),
    fteInYear,
    costInYear: times(fteInYear),
  };
}

/** The staff's cost on date `on` (ISO), over every team. */
export function salaryFigures(plan: Plan, on: string): SalaryFigures {
  const year = Number(on.slice(0, 4));
  const roster = rosterRows(plan);
  const pay = plan.finance.pay.map(p => payFigures(plan, p, on, year, roster));
  const paid = new Set(plan.finance.pay.map(p => personKey(p.team, p.name)));
  const unpaid = plan.teams.flatMap(team =>
    [...new Set(team.roster.filter(p => inPeriod(on, p.from, p.to)).map(p => p.name))]
      .filter(name => !paid.has(personKey(team.name, name)))
      .map(name => ({ team: team.name, name })),
  );
  const fromSalaries = sumOf(pay.map(p => p.cost));
  const typed = plan.organisation.teamCost !== null;
  const bezetting = plan.teams.reduce(
    (sum, team) => sum + team.roster.filter(p => inPeriod(on, p.from, p.to)).reduce((s, p) => s + p.fte, 0),
    0,
  );
  const paidFte = pay.reduce((sum, p) => sum + p.fte, 0);
  // Someone on the roster without a pay line costs the average of those with one, so the team cost
  // from the salaries covers the whole bezetting, and every figure (cost per case, hourly rate,
  // scenarios) prices the same staff.
  const fromRosters = ifComputed([fromSalaries], () =>
    paidFte > 0 ? ((fromSalaries as number) / paidFte) * bezetting : (fromSalaries as number),
  );
  const teamCost = plan.organisation.teamCost ?? fromRosters;
  const averageCostPerFte = ifComputed([teamCost], () => divide(teamCost as number, bezetting, 'existing_fte'));
  return { pay, unpaid, fromSalaries, fromRosters, teamCost, typed, bezetting, paidFte, averageCostPerFte, year };
}

/** The FTE of a team's roster over the budget year: each row's FTE times the share of the year it is in force. */
export const rosterFteInYear = (plan: Plan, team: string, year: number): number =>
  plan.teams
    .filter(t => sameName(t.name, team))
    .flatMap(t => t.roster)
    .reduce((sum, p) => sum + p.fte * shareOfYear(p.from, p.to, year), 0);

/** A team's part of the pay figures: its people's cost per year today, and over the budget year. */
export function teamSalaryCost(salaries: SalaryFigures, team: string) {
  const own = salaries.pay.filter(p => sameName(p.team, team));
  return { cost: sumOf(own.map(p => p.cost)), costInYear: sumOf(own.map(p => p.costInYear)) };
}
