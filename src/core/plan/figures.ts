// Every number the pane shows for one team on one date, derived from the plan by the catalogue
// functions themselves, so the pane and the workbook's CASELOAD formulas cannot disagree. A figure
// that cannot be computed is a CaseloadError with the reason, shown in place of the number.
import { Band } from '../band';
import { inPeriod } from '../dates';
import { AVAILABLE_HOURS } from '../functions/availableHours';
import { BANDWIDTH } from '../functions/bandwidth';
import type { BandStatus } from '../functions/bandwidthStatus';
import { CASELOAD_PER_FTE } from '../functions/caseloadPerFte';
import { CLIENT_HOURS } from '../functions/clientHours';
import { CONCURRENT_CASELOAD } from '../functions/concurrentCaseload';
import { FTE_NEEDED } from '../functions/fteNeeded';
import { INDIRECT_TIME_SHARE } from '../functions/indirectTimeShare';
import { STAFF_CAPACITY } from '../functions/staffCapacity';
import { STAFFING_RATIO } from '../functions/staffingRatio';
import { divide, isError, Result } from '../result';
import { column, ifComputed, sameName, statusOf } from './compute';
import { teamExpectedCases } from './demand';
import { bandInForce, BandInForce, weekFigures, WeekFigures } from './weeks';
import { monitoringFigures, MonitoringFigures } from './monitoring';
import { Plan, Team } from './plan';
import { emptyTeam } from './team';

export interface PersonFigures {
  name: string;
  fte: number;
  openCases: number;
  /** This person's part of the team band (open cases), after their own reduction. */
  capacity: Result<Band>;
  /** Open cases per FTE. */
  caseload: Result<number>;
  status: Result<BandStatus>;
  /** The band this person's caseload per FTE is held against: the team's band in force (or, before any is adopted, the proposed one) after their own reduction. */
  ownBand: Result<Band>;
  /** Hours the person's open cases ask, as a share of the client hours they have (1 = full). */
  workload: Result<number>;
  /** Indirect hours as a share of contract hours. */
  indirectShare: Result<number>;
}

export interface Figures {
  /** The team, and the date the figures hold on. */
  team: string;
  on: string;
  availableHours: Result<number>;
  clientHours: Result<number>;
  /** Cases per FTE per year (throughput), from today's inputs. */
  bandPerFteYear: Result<Band>;
  /** Cases per FTE open at one time, from today's inputs: the band proposed for adoption. */
  bandPerFte: Result<Band>;
  /** The adopted band version in force on the date, or why there is none (#N/A before the first). */
  bandInForce: Result<BandInForce>;
  /** Open cases the roster in force should carry, with the proposed band. */
  teamBand: Result<Band>;
  /** Formatie: the FTE the organisation approved for the team (vastgestelde formatie). */
  formatie: number;
  /** Bezetting: FTE of the roster rows in force on the date. */
  existingFte: number;
  /** Inzetbare bezetting: the bezetting after each person's own reduction (onboarding, leave). */
  deployableFte: number;
  /** Open cases on the roster today. */
  openCases: number;
  casesPerYear: number;
  /** Benodigd: FTE_NEEDED for the team's cases per year, with its weighing factors in force on the date. */
  fteNeeded: Result<number>;
  /** Dekkingsgraad: inzetbare bezetting / benodigd (STAFFING_RATIO); below 1 the staff do not cover the work. */
  staffingRatio: Result<number>;
  /** Bezettingsgraad: bezetting / formatie; below 1 the approved formatie is not filled. */
  fillRate: Result<number>;
  /** Fte-tekort: benodigd − inzetbare bezetting (negative: more on the roster than the work asks). */
  fteShortfall: Result<number>;
  /** Formatietekort: benodigd − formatie (negative: more formatie than the work asks). */
  formatieShortfall: Result<number>;
  /** Cases a year the team's areas imply (step 1). */
  expectedCases: Result<number>;
  /** FTE those expected cases ask, with the team's mix of case categories and its weighing factors. */
  fteNeededForExpected: Result<number>;
  people: PersonFigures[];
  weeks: WeekFigures[];
  monitoring: MonitoringFigures;
}

const asBand = (row: Result<number[][]>): Result<Band> => (isError(row) ? row : { low: row[0][0], high: row[0][1] });

/** Available and client hours of one FTE: the same for every team. */
export function hoursPerFte(plan: Plan) {
  const { time } = plan.bandwidth;
  const availableHours = AVAILABLE_HOURS.evaluate([
    time.hoursPerWeek,
    time.weeks,
    time.leaveHours,
    time.holidayHours,
    time.otherHours,
    time.absenceRate,
    1,
  ]);
  const clientHours = ifComputed([availableHours], () => CLIENT_HOURS.evaluate([availableHours, time.indirectShare]));
  return { availableHours, clientHours };
}

/** A team's cases per year by category, with the hours each takes for this team. */
export function teamCaseMix(plan: Plan, team: Team) {
  const weight = 1 + team.extraWeight;
  return plan.bandwidth.categories.map(category => ({
    name: category.name,
    count: team.cases.filter(c => sameName(c.category, category.name)).reduce((sum, c) => sum + c.count, 0),
    hoursPerCase: category.hoursPerCase * weight,
  }));
}

/** The reductions of a team's weighing factors in force on date `on`, as a column. */
const factorsOn = (team: Team, on: string) =>
  column(team.factors.filter(f => inPeriod(on, f.from, f.to)).map(f => f.reduction));

/**
 * Benodigd for any spread of cases over the shared categories (counts in their order): FTE_NEEDED
 * with the team's hours per case and its weighing factors in force on `on`. The one definition of
 * benodigd: the team's figures, the case-mix drift and the expected demand all ask it.
 */
export function fteNeededFor(plan: Plan, team: Team, on: string): (counts: readonly number[]) => Result<number> {
  const { time } = plan.bandwidth;
  const { availableHours } = hoursPerFte(plan);
  const hours = column(teamCaseMix(plan, team).map(c => c.hoursPerCase));
  const reductions = factorsOn(team, on);
  return counts =>
    ifComputed([availableHours], () =>
      FTE_NEEDED.evaluate([
        column(counts),
        hours,
        availableHours,
        time.indirectShare,
        plan.organisation.individualHours,
        reductions,
      ]),
    ) as Result<number>;
}

/** The band per FTE (per year and open at one time) from today's inputs for a team. */
function proposedBand(plan: Plan, team: Team, clientHours: Result<number>, on: string) {
  const weight = 1 + team.extraWeight;
  const reductions = factorsOn(team, on);
  const { hoursPerCaseHeavy, hoursPerCaseLight, caseDurationWeeks } = plan.bandwidth;
  const bandPerFteYear = ifComputed([clientHours], () =>
    asBand(BANDWIDTH.evaluate([clientHours, hoursPerCaseHeavy * weight, hoursPerCaseLight * weight, reductions])),
  );
  const bandPerFte = ifComputed([bandPerFteYear], () => {
    const { low, high } = bandPerFteYear as Band;
    const open = [
      CONCURRENT_CASELOAD.evaluate([low, caseDurationWeeks]),
      CONCURRENT_CASELOAD.evaluate([high, caseDurationWeeks]),
    ];
    return ifComputed(open, () => ({ low: open[0] as number, high: open[1] as number }));
  });
  return { bandPerFteYear, bandPerFte };
}

/** The figures of team `teamIndex` on date `on` (ISO). */
export function computeFigures(plan: Plan, teamIndex: number, on: string): Figures {
  const team: Team = plan.teams[teamIndex] ?? emptyTeam();
  const { time } = plan.bandwidth;
  const { availableHours, clientHours } = hoursPerFte(plan);
  const { bandPerFteYear, bandPerFte } = proposedBand(plan, team, clientHours, on);

  const roster = team.roster.filter(p => inPeriod(on, p.from, p.to));
  const capacities = ifComputed([bandPerFte], () => {
    const { low, high } = bandPerFte as Band;
    return STAFF_CAPACITY.evaluate([column(roster.map(p => p.fte)), column(roster.map(p => p.reduction)), low, high]);
  });
  const teamBand = ifComputed([capacities], () =>
    (capacities as number[][]).reduce((sum, [l, h]) => ({ low: sum.low + l, high: sum.high + h }), { low: 0, high: 0 }),
  );

  const existingFte = roster.reduce((sum, p) => sum + p.fte, 0);
  const deployableFte = roster.reduce((sum, p) => sum + p.fte * (1 - p.reduction), 0);
  const openCases = roster.reduce((sum, p) => sum + p.openCases, 0);
  const mix = teamCaseMix(plan, team);
  const counts = mix.map(c => c.count);
  const casesPerYear = counts.reduce((sum, n) => sum + n, 0);
  const fteFor = fteNeededFor(plan, team, on);
  const fteNeeded = fteFor(counts);
  // The expected cases of the team's areas, spread over the categories as its cases are today.
  const expected = teamExpectedCases(plan, team.name);
  // No expected cases asks no case hours, even from a team without cases yet (nothing to divide).
  const growth = ifComputed([expected], () =>
    expected === 0 ? 0 : divide(expected as number, casesPerYear, 'cases_per_year'),
  );
  const fteNeededForExpected = ifComputed([growth], () => fteFor(counts.map(n => n * (growth as number))));
  const staffingRatio = ifComputed([fteNeeded], () => STAFFING_RATIO.evaluate([deployableFte, fteNeeded]));
  const { formatie } = team;
  const minus = (fte: number) => ifComputed([fteNeeded], () => (fteNeeded as number) - fte);

  // Hours one open case asks per year: the case mix's average hours, spread over its duration.
  const averageHours = casesPerYear > 0 ? mix.reduce((s, c) => s + c.count * c.hoursPerCase, 0) / casesPerYear : 0;
  const hoursPerOpenCasePerYear = (averageHours * 52) / Math.max(plan.bandwidth.caseDurationWeeks, 1e-9);

  const inForce = bandInForce(team, on);
  const held = isError(inForce) ? bandPerFte : inForce.band;
  const people = roster.map((person, i): PersonFigures => {
    const capacity: Result<Band> = ifComputed([capacities], () => {
      const [low, high] = (capacities as number[][])[i];
      return { low, high };
    });
    const caseload = CASELOAD_PER_FTE.evaluate([person.openCases, person.fte]);
    const ownBand = ifComputed([held], () => {
      const { low, high } = held as Band;
      return { low: low * (1 - person.reduction), high: high * (1 - person.reduction) };
    });
    const available = ifComputed([clientHours], () => (clientHours as number) * person.fte * (1 - person.reduction));
    const workload = ifComputed([available], () =>
      divide(person.openCases * hoursPerOpenCasePerYear, available as number, 'fte'),
    );
    const indirectShare = INDIRECT_TIME_SHARE.evaluate([person.indirectHoursPerWeek, time.hoursPerWeek * person.fte]);
    return {
      name: person.name,
      fte: person.fte,
      openCases: person.openCases,
      capacity,
      caseload,
      ownBand,
      status: statusOf(caseload, ownBand),
      workload,
      indirectShare,
    };
  });

  const weeks = weekFigures(team);
  return {
    team: team.name,
    on,
    availableHours,
    clientHours,
    bandPerFteYear,
    bandPerFte,
    bandInForce: inForce,
    teamBand,
    formatie,
    existingFte,
    deployableFte,
    openCases,
    casesPerYear,
    fteNeeded,
    staffingRatio,
    fillRate: divide(existingFte, formatie, 'formatie'),
    fteShortfall: minus(deployableFte),
    formatieShortfall: minus(formatie),
    expectedCases: expected,
    fteNeededForExpected,
    people,
    weeks,
    monitoring: monitoringFigures(
      weeks,
      ifComputed([inForce], () => (inForce as BandInForce).band),
    ),
  };
}
