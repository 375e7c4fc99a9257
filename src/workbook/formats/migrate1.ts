// A format-1 workbook's content as today's plan, with nothing lost: its one team becomes a team
// named after the municipality, its band (which graded every week) the team's first band
// version, from its first week, week labels become dates where they can be read and stay labels
// where they cannot, a factor's free-text period is kept as its note and turned into dates
// where it says a year or quarters, and what was converted is reported.
import {
  basisText,
  computeFigures,
  emptyTeam,
  isError,
  isIsoDate,
  isPlanDate,
  Language,
  PACKS,
  Plan,
  weekMonday,
} from '../../core';
import type { Format1Tables } from './format1';

/** What a migration did, for the pane to say. */
export interface Conversion {
  fromVersion: number;
  team: string;
  datedWeeks: number;
  /** Week labels that are not a week, kept as they were. */
  labelWeeks: string[];
  /** The adopted band's date, if there was a band to keep. */
  bandFrom: string | undefined;
  /** Factors whose period text became dates. */
  datedFactors: number;
}

const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/**
 * "2026", "2026 Q4", "2026 Q4 – 2027 Q1": the dates a period text stands for, when it is one of
 * those in the plan's years (a period outside them stays in the note only).
 */
export function periodDates(period: string): { from: string; to: string } | undefined {
  const part = String.raw`(\d{4})(?:\s*Q([1-4]))?`;
  const match = new RegExp(String.raw`^\s*${part}\s*(?:[-–—]|t/?m|tot)?\s*(?:${part})?\s*$`, 'i').exec(period);
  if (!match) return undefined;
  const [, y1, q1, y2, q2] = match;
  const from = `${y1}-${QUARTER_START[q1 ? Number(q1) - 1 : 0]}`;
  const endYear = y2 ?? y1;
  const endQuarter = y2 ? q2 : q1;
  const to = `${endYear}-${QUARTER_END[endQuarter ? Number(endQuarter) - 1 : 3]}`;
  return from <= to && isPlanDate(from) && isPlanDate(to) ? { from, to } : undefined;
}

export function migrate1(
  old: Format1Tables,
  base: Plan,
  language: Language,
  on: string,
): { plan: Plan; conversion: Conversion } {
  const name = base.situation.municipality.trim() || PACKS[language].pane.migratedTeamName;
  const weeks = old.weeks.map(w => ({ ...w, week: weekMonday(w.week) ?? w.week }));
  const factors = old.factors.map(f => ({
    name: f.name,
    reduction: f.reduction,
    note: f.period,
    ...(periodDates(f.period) ?? { from: '', to: '' }),
  }));
  const team = {
    ...emptyTeam(name),
    // The approved formation was not recorded: the roster's FTE is the best start, and is said so.
    formatie: old.roster.reduce((sum, p) => sum + p.fte, 0),
    extraWeight: 0,
    roster: old.roster.map(p => ({ ...p, from: '', to: '' })),
    factors,
    cases: old.categories.map(c => ({ category: c.name, count: c.count })),
    weeks,
    bands: [],
  };
  const plan: Plan = {
    ...base,
    situation: {
      ...base.situation,
      areas: old.areas.map(a => ({ id: '', ...a, team: name })),
      facilities: old.facilities,
      demand: old.demand,
      stakeholders: old.stakeholders,
    },
    bandwidth: {
      ...base.bandwidth,
      categories: old.categories.map(c => ({ id: '', name: c.name, hoursPerCase: c.hoursPerCase })),
    },
    teams: [team],
    organisation: { ...base.organisation, fteToSplit: team.formatie },
    implement: { agreements: old.agreements, evaluations: old.evaluations, reflections: old.reflections },
    tracker: old.tracker,
    scenarios: old.scenarios.map(s => ({ ...s, team: name })),
  };
  // Format 1 graded every week against one band: all its factors, the whole roster. That band is
  // kept as the first version, from the first week, so no week's grade changes.
  const timeless = { ...plan, teams: [{ ...team, factors: factors.map(f => ({ ...f, from: '', to: '' })) }] };
  const dates = weeks.map(w => w.week).filter(isIsoDate);
  const firstWeek = [...dates].sort()[0] ?? on;
  const band = computeFigures(timeless, 0, firstWeek).bandPerFte;
  const bands = isError(band)
    ? []
    : [
        {
          from: firstWeek,
          low: band.low,
          high: band.high,
          reason: PACKS[language].pane.migratedBandReason,
          basis: basisText(timeless, 0, firstWeek, language),
        },
      ];
  return {
    plan: { ...plan, teams: [{ ...team, bands }] },
    conversion: {
      fromVersion: 1,
      team: name,
      datedWeeks: dates.length,
      labelWeeks: weeks.map(w => w.week).filter(w => !isIsoDate(w)),
      bandFrom: bands[0]?.from,
      datedFactors: factors.filter(f => f.from !== '' || f.to !== '').length,
    },
  };
}
