// Plausibility: what the plan allows but is probably a slip of the keyboard (360 contract hours a
// week, FTE 5 for one person, a weighing factor of 100%, a week entered twice, a year 9999). These
// are warnings, never refusals: the figures still compute and the user decides. The pane shows
// each beside what it is about; the sheets say the same in a Controle cell, with formulas that
// make exactly these checks (so a hand edit in Excel is checked too).
import { isIsoDate } from '../dates';
import type { Person, Plan, Team } from './plan';

/** Where plausible ends: above these (below the first year) the pane and the sheets ask "klopt dat?". */
export const PLAUSIBLE = {
  hoursPerWeek: 48, // the Working Hours Act's average maximum
  ftePerPerson: 1.2,
  factor: 0.5, // a weighing factor from here halves the band or more
  firstYear: 1990,
  lastYear: 2100,
} as const;

/** The checks of each part of the plan, in the order a Controle cell names them. */
export const CHECKS = {
  bandwidth: ['contractHours', 'heavyBelowLight'],
  roster: ['ftePerPerson', 'endBeforeStart', 'overlap', 'yearOutOfRange'],
  factors: ['factorLarge', 'endBeforeStart', 'yearOutOfRange'],
  weeks: ['duplicateWeek', 'yearOutOfRange'],
} as const;

export type CheckCode = (typeof CHECKS)[keyof typeof CHECKS][number];
export type CheckedList = Exclude<keyof typeof CHECKS, 'bandwidth'>;

export interface PlausibilityWarning {
  code: CheckCode;
  /** The shared hours (VC Bandbreedte), or a row of a team's list. */
  where: { list: 'bandwidth' } | { list: CheckedList; team: number; index: number };
}

/** Whether a date (ISO) lies outside the years a plan is about; blank and text are no date. */
export const outsideYears = (date: string): boolean => {
  if (!isIsoDate(date)) return false;
  const year = Number(date.slice(0, 4));
  return year < PLAUSIBLE.firstYear || year > PLAUSIBLE.lastYear;
};

/** The codes of `order` that hold, in that order. */
const holding = <C extends CheckCode>(order: readonly C[], holds: Record<C, boolean>): C[] =>
  order.filter(code => holds[code]);

const endsBeforeStart = (row: { from: string; to: string }) => row.from !== '' && row.to !== '' && row.to < row.from;

/** Text compared as a spreadsheet's = compares it: case does not matter. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Two periods share a day (a blank bound is no limit). */
const overlaps = (a: Person, b: Person) =>
  (a.from === '' || b.to === '' || b.to >= a.from) && (a.to === '' || b.from === '' || b.from <= a.to);

export function bandwidthChecks(plan: Plan): CheckCode[] {
  const { time, hoursPerCaseHeavy, hoursPerCaseLight } = plan.bandwidth;
  return holding(CHECKS.bandwidth, {
    contractHours: time.hoursPerWeek > PLAUSIBLE.hoursPerWeek,
    heavyBelowLight: hoursPerCaseHeavy < hoursPerCaseLight,
  });
}

/** Per roster row: a person's FTE, their period, and another period of the same name it shares days with. */
export function rosterChecks(team: Team): CheckCode[][] {
  return team.roster.map((person, i) =>
    holding(CHECKS.roster, {
      ftePerPerson: person.fte > PLAUSIBLE.ftePerPerson,
      endBeforeStart: endsBeforeStart(person),
      overlap:
        person.name !== '' &&
        team.roster.some((other, j) => j !== i && same(other.name, person.name) && overlaps(person, other)),
      yearOutOfRange: outsideYears(person.from) || outsideYears(person.to),
    }),
  );
}

export function factorChecks(team: Team): CheckCode[][] {
  return team.factors.map(factor =>
    holding(CHECKS.factors, {
      factorLarge: factor.reduction >= PLAUSIBLE.factor,
      endBeforeStart: endsBeforeStart(factor),
      yearOutOfRange: outsideYears(factor.from) || outsideYears(factor.to),
    }),
  );
}

export function weekChecks(team: Team): CheckCode[][] {
  return team.weeks.map((week, i) =>
    holding(CHECKS.weeks, {
      duplicateWeek: team.weeks.some((other, j) => j !== i && same(other.week, week.week)),
      yearOutOfRange: outsideYears(week.week),
    }),
  );
}

const LIST_CHECKS: Record<CheckedList, (team: Team) => CheckCode[][]> = {
  roster: rosterChecks,
  factors: factorChecks,
  weeks: weekChecks,
};

/** Every warning of the plan: the shared hours first, then team by team, list by list, row by row. */
export function plausibility(plan: Plan): PlausibilityWarning[] {
  const shared = bandwidthChecks(plan).map(code => ({ code, where: { list: 'bandwidth' as const } }));
  const rows = plan.teams.flatMap((team, t) =>
    (Object.keys(LIST_CHECKS) as CheckedList[]).flatMap(list =>
      LIST_CHECKS[list](team).flatMap((codes, index) => codes.map(code => ({ code, where: { list, team: t, index } }))),
    ),
  );
  return [...shared, ...rows];
}
