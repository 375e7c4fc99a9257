// Every number the pane shows, derived from a plan by the catalogue functions themselves, so the
// pane and the workbook's CASELOAD formulas cannot disagree. A figure that cannot be computed is
// a CaseloadError with the reason, shown in place of the number.
import { Band } from '../band';
import { AVAILABLE_HOURS } from '../functions/availableHours';
import { BANDWIDTH } from '../functions/bandwidth';
import { BANDWIDTH_STATUS } from '../functions/bandwidthStatus';
import { CASELOAD_PER_FTE } from '../functions/caseloadPerFte';
import { CLIENT_HOURS } from '../functions/clientHours';
import { CONCURRENT_CASELOAD } from '../functions/concurrentCaseload';
import { COST_PER_CASE } from '../functions/costPerCase';
import { FTE_NEEDED } from '../functions/fteNeeded';
import { INDIRECT_TIME_SHARE } from '../functions/indirectTimeShare';
import { STAFF_CAPACITY } from '../functions/staffCapacity';
import { STAFFING_RATIO } from '../functions/staffingRatio';
import { BandStatus } from '../functions/bandwidthStatus';
import { divide, isError, Result } from '../result';
import { expectedCases } from './demand';
import { monitoringFigures, MonitoringFigures } from './monitoring';
import { Plan } from './plan';

export interface PersonFigures {
  name: string;
  fte: number;
  /** This person's part of the team band (open cases), after their own reduction. */
  capacity: Result<Band>;
  /** Open cases per FTE. */
  caseload: Result<number>;
  status: Result<BandStatus>;
  /** The band this person's caseload per FTE is held against: the band per FTE after their own reduction. */
  ownBand: Result<Band>;
  /** Hours the person's open cases ask, as a share of the client hours they have (1 = full). */
  workload: Result<number>;
  /** Indirect hours as a share of contract hours. */
  indirectShare: Result<number>;
}

export interface WeekFigures {
  week: string;
  caseload: Result<number>;
  status: Result<BandStatus>;
}

export interface Figures {
  availableHours: Result<number>;
  clientHours: Result<number>;
  /** Cases per FTE per year (throughput). */
  bandPerFteYear: Result<Band>;
  /** Cases per FTE open at one time: the band the weekly figures are held against. */
  bandPerFte: Result<Band>;
  /** Open cases the whole roster should carry. */
  teamBand: Result<Band>;
  existingFte: number;
  /** Open cases on the roster today. */
  openCases: number;
  casesPerYear: number;
  fteNeeded: Result<number>;
  staffingRatio: Result<number>;
  costPerCase: Result<number>;
  /** Cases a year the area profile of step 1 implies. */
  expectedCases: Result<number>;
  /** FTE those expected cases ask, with today's mix of case categories. */
  fteNeededForExpected: Result<number>;
  people: PersonFigures[];
  weeks: WeekFigures[];
  monitoring: MonitoringFigures;
}

const column = (values: readonly number[]) => values.map(v => [v]);
const asBand = (row: Result<number[][]>): Result<Band> => (isError(row) ? row : { low: row[0][0], high: row[0][1] });

/** Applies `fn` when every input is a number, else passes the first refusal on. */
function then<T>(inputs: readonly Result<unknown>[], fn: () => Result<T>): Result<T> {
  const failed = inputs.find(isError);
  return failed ? (failed as Result<T>) : fn();
}

function statusOf(caseload: Result<number>, band: Result<Band>): Result<BandStatus> {
  return then([caseload, band], () => {
    const { low, high } = band as Band;
    return BANDWIDTH_STATUS.evaluate([caseload, low, high]) as Result<BandStatus>;
  });
}

export function computeFigures(plan: Plan): Figures {
  const { time, categories, factors } = plan.bandwidth;
  const roster = plan.team.roster;
  const availableHours = AVAILABLE_HOURS.evaluate([
    time.hoursPerWeek,
    time.weeks,
    time.leaveHours,
    time.holidayHours,
    time.otherHours,
    time.absenceRate,
    1,
  ]);
  const clientHours = then([availableHours], () => CLIENT_HOURS.evaluate([availableHours, time.indirectShare]));
  const reductions = column(factors.map(f => f.reduction));
  const bandPerFteYear = then([clientHours], () =>
    asBand(
      BANDWIDTH.evaluate([clientHours, plan.bandwidth.hoursPerCaseHeavy, plan.bandwidth.hoursPerCaseLight, reductions]),
    ),
  );
  const bandPerFte = then([bandPerFteYear], () => {
    const { low, high } = bandPerFteYear as Band;
    const duration = plan.bandwidth.caseDurationWeeks;
    const open = [CONCURRENT_CASELOAD.evaluate([low, duration]), CONCURRENT_CASELOAD.evaluate([high, duration])];
    return then(open, () => ({ low: open[0] as number, high: open[1] as number }));
  });

  const ftes = column(roster.map(p => p.fte));
  const personReductions = column(roster.map(p => p.reduction));
  const capacities = then([bandPerFte], () => {
    const { low, high } = bandPerFte as Band;
    return STAFF_CAPACITY.evaluate([ftes, personReductions, low, high]);
  });
  const teamBand = then([capacities], () =>
    (capacities as number[][]).reduce((sum, [l, h]) => ({ low: sum.low + l, high: sum.high + h }), { low: 0, high: 0 }),
  );

  const existingFte = roster.reduce((sum, p) => sum + p.fte, 0);
  const openCases = roster.reduce((sum, p) => sum + p.openCases, 0);
  const counts = column(categories.map(c => c.count));
  const hours = column(categories.map(c => c.hoursPerCase));
  const casesPerYear = categories.reduce((sum, c) => sum + c.count, 0);
  const fteFor = (caseCounts: number[][]) =>
    FTE_NEEDED.evaluate([caseCounts, hours, availableHours, time.indirectShare, plan.organisation.individualHours]);
  const fteNeeded = fteFor(counts);
  // The expected cases of step 1, spread over the categories as today's cases are.
  const expected = expectedCases(plan);
  const growth = then([expected], () => divide(expected as number, casesPerYear, 'cases_per_year'));
  const fteNeededForExpected = then([growth], () => fteFor(counts.map(([n]) => [n * (growth as number)])));
  const staffingRatio = then([fteNeeded], () => STAFFING_RATIO.evaluate([existingFte, fteNeeded]));
  const costPerCase = COST_PER_CASE.evaluate([plan.organisation.teamCost, plan.organisation.supportCost, casesPerYear]);

  // Hours one open case asks per year: the case mix's average hours, spread over its duration.
  const averageHours =
    casesPerYear > 0 ? categories.reduce((s, c) => s + c.count * c.hoursPerCase, 0) / casesPerYear : 0;
  const hoursPerOpenCasePerYear = (averageHours * 52) / Math.max(plan.bandwidth.caseDurationWeeks, 1e-9);

  const people = roster.map((person, i): PersonFigures => {
    const capacity: Result<Band> = then([capacities], () => {
      const [low, high] = (capacities as number[][])[i];
      return { low, high };
    });
    const caseload = CASELOAD_PER_FTE.evaluate([person.openCases, person.fte]);
    const ownBand = then([bandPerFte], () => {
      const { low, high } = bandPerFte as Band;
      return { low: low * (1 - person.reduction), high: high * (1 - person.reduction) };
    });
    const available = then([clientHours], () => (clientHours as number) * person.fte * (1 - person.reduction));
    const workload = then([available], () =>
      divide(person.openCases * hoursPerOpenCasePerYear, available as number, 'fte'),
    );
    const indirectShare = INDIRECT_TIME_SHARE.evaluate([person.indirectHoursPerWeek, time.hoursPerWeek * person.fte]);
    return {
      name: person.name,
      fte: person.fte,
      capacity,
      caseload,
      ownBand,
      status: statusOf(caseload, ownBand),
      workload,
      indirectShare,
    };
  });

  const weeks = plan.implement.weeks.map((w): WeekFigures => {
    const caseload = CASELOAD_PER_FTE.evaluate([w.openCases, w.ftePresent]);
    return { week: w.week, caseload, status: statusOf(caseload, bandPerFte) };
  });

  return {
    availableHours,
    clientHours,
    bandPerFteYear,
    bandPerFte,
    teamBand,
    existingFte,
    openCases,
    casesPerYear,
    fteNeeded,
    staffingRatio,
    costPerCase,
    expectedCases: expected,
    fteNeededForExpected,
    people,
    weeks,
    monitoring: monitoringFigures(
      weeks.map(w => w.caseload),
      bandPerFte,
    ),
  };
}
