// The page for the team meeting: per team the band in force and how many versions it has had,
// the latest week's caseload, status and trend, the latest felt workload, the deviating cases, the
// mix drift and the agreements on dividing cases still open; for the organisation the work
// package's progress per step. Everything from the figures the other steps show, so the overview
// (the pane's tab and the VC Overzicht sheet) cannot tell a different story.
import { deviationFigures, DeviationFigures } from './deviations';
import { feltFigures, FeltFigures, latestFelt, latestWeek } from './feltWorkload';
import type { Figures } from './figures';
import { mixDrift, MixDrift } from './caseMix';
import type { Division, Felt, Plan, Step } from './plan';
import type { WeekFigures } from './weeks';

/** The three questions a team answers on dividing its cases. */
export const DIVISION_QUESTIONS = ['divides', 'norm', 'quality'] as const satisfies readonly (keyof Division)[];

export interface TeamOverview {
  team: string;
  figures: Figures;
  versions: number;
  /** The latest dated week, with its date. */
  lastWeek: (WeekFigures & { date: string }) | undefined;
  felt: Felt | undefined;
  feltFigures: FeltFigures[];
  deviations: DeviationFigures;
  mix: MixDrift;
  /** The division questions the team has not answered yet (0 to 3). */
  openAgreements: number;
}

export interface StepProgress {
  step: Step;
  done: number;
  total: number;
}

export interface Overview {
  teams: TeamOverview[];
  steps: StepProgress[];
  /** Over all teams: the cases far above and far below their norm, and "too much" at each team's latest count. */
  totals: { above: number; below: number; tooMuch: number };
}

/** Questions answered in any of the team's rows count once each; the rest are open. */
export function openAgreements(division: readonly Division[]): number {
  return DIVISION_QUESTIONS.filter(q => !division.some(row => row[q].trim() !== '')).length;
}

export function teamOverview(plan: Plan, index: number, figures: Figures): TeamOverview {
  const team = plan.teams[index];
  const week = latestWeek(team, figures.weeks);
  return {
    team: team.name,
    figures,
    versions: team.bands.length,
    lastWeek: week && { ...week, date: week.week },
    felt: latestFelt(team),
    feltFigures: feltFigures(team, figures.weeks),
    deviations: deviationFigures(plan, team),
    mix: mixDrift(plan, team, figures.on),
    openAgreements: openAgreements(team.division),
  };
}

export const stepProgress = (plan: Plan): StepProgress[] =>
  ([1, 2, 3] as const).map(step => {
    const activities = plan.tracker.filter(a => a.step === step);
    return { step, done: activities.filter(a => a.status === 'done').length, total: activities.length };
  });

export function overview(plan: Plan, teams: readonly Figures[]): Overview {
  const perTeam = teams.map((figures, i) => teamOverview(plan, i, figures));
  const sum = (value: (t: TeamOverview) => number | undefined) => perTeam.reduce((n, t) => n + (value(t) ?? 0), 0);
  return {
    teams: perTeam,
    steps: stepProgress(plan),
    totals: {
      above: sum(t => t.deviations.above),
      below: sum(t => t.deviations.below),
      tooMuch: sum(t => t.felt?.tooMuch),
    },
  };
}
