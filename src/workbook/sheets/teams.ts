// "VC Teams": what each team has of its own, and the organisation over all of them. Per team its
// formatie and extra weight, with live figures on today's date: bezetting (FTE on the roster in
// force), inzetbare bezetting (after each person's reduction), benodigd (FTE_NEEDED for its cases
// with its weighing factors in force), the dekkingsgraad (inzetbaar / benodigd), the
// bezettingsgraad (bezetting / formatie), the formatietekort, the FTE its areas' demand asks and
// its share of the FTE to split (ALLOCATE_FTE), the band its inputs propose, the band in force
// (BAND_ON) and the team band. Below: the teams' cases per category, rosters and weighing factors,
// each row with its team and, where it applies, its period, and the roster and factors with a
// Controle column (checks.ts).
import {
  Band,
  BandVersionSchema,
  CaseCountSchema,
  CHECKS,
  factorChecks,
  FactorSchema,
  FUNCTIONS,
  isError,
  PersonSchema,
  PLAUSIBLE,
  Result,
  rosterChecks,
  statusOf,
  TeamSchema,
} from '../../core';
import { bandCells, boundOf, figureCell, STATUS_WORDS, statusCell } from '../figureCells';
import {
  Column,
  field,
  formulaColumn,
  Formulas,
  idColumn,
  inputsOf,
  note,
  output,
  Rendering,
  section,
  sideBySide,
  SheetLayout,
  since,
  table,
  teamColumn,
  teamTable,
  words,
} from '../model';
import {
  availableHours,
  caseDuration,
  categoryHours,
  categoryName,
  clientHours,
  hoursHeavy,
  hoursLight,
  indirectShare,
  individualHours,
  supportCost,
} from './bandwidth';
import { checkColumn, endsBeforeStart, outsideYears } from './checks';
import { teamCostUsed } from './financeCosts';
import { areaExpected, areaTeam } from './situation';
import type { Rows } from '../dialect';
import { inPeriod, ofTeam, teamValue } from './teamFormulas';

const TODAY = 'TODAY()';

// ---- Cases, roster and factors of every team -------------------------------------------------

export const casesTeam = teamColumn();
const caseCount = inputsOf(s => s.teams.cases);
export const casesCategory = caseCount('category');
// Called Aantal per jaar before issue 21 gave cases per year one name.
export const casesCount = caseCount('count', 'number', ['Aantal per jaar']);

export const rosterTeam = teamColumn();
const person = inputsOf(s => s.teams.roster);
export const rosterName = person('name');
export const rosterFte = person('fte', 'number');
export const rosterReduction = person('reduction', 'share');
export const rosterFrom = person('from', 'day');
export const rosterTo = person('to', 'day');
const rosterOpenCases = person('openCases', 'number');

export const factorsTeam = teamColumn();
const factor = inputsOf(s => s.teams.factors);
export const factorReduction = factor('reduction', 'share');
export const factorFrom = factor('from', 'day');
export const factorTo = factor('to', 'day');

export const bandsTeam = teamColumn();
const version = inputsOf(s => s.implement.bands);
export const bandsFrom = version('from', 'day');
export const bandsLow = version('low', 'number');
export const bandsHigh = version('high', 'number');

// ---- The teams table -------------------------------------------------------------------------

const teamWords = inputsOf(s => s.teams.table);
export const teamName = teamWords('name');
export const formatie = teamWords('formatie', 'number');
export const extraWeight = teamWords('extraWeight', 'share');
const result = (
  key:
    | 'bezetting'
    | 'deployable'
    | 'fteNeeded'
    | 'staffingRatio'
    | 'fillRate'
    | 'formatieShortfall'
    | 'demandFte'
    | 'allocated',
  formula: (f: Formulas) => string,
  format: string,
  value: (team: number, r: Rendering) => Result<number>,
  formerly?: readonly string[],
) =>
  formulaColumn(
    words(s => s.teams.table[key], formerly),
    formula,
    format,
    ({ row }, r) => figureCell(value(row, r)),
  );

/** A team's cases per year of each category, in the order of vcCategories (SUMIFS per category). */
export const teamCounts = (f: Formulas, team: Column = teamName) =>
  `SUMIFS(${f.column(casesCount)},${f.column(casesTeam)},${f.row(team)},${f.column(casesCategory)},${f.column(categoryName)})`;
const teamHours = (f: Formulas) => `${f.column(categoryHours)}*(1+${f.row(extraWeight)})`;
/** The team's weighing factors in force today. */
const factorsToday = (f: Formulas, team: Column = teamName) =>
  ofTeam(f, factorsTeam, team, factorReduction, inPeriod(f, factorFrom, factorTo, TODAY));
/** FTE_NEEDED's last four arguments: available hours, indirect share, hours for tasks only some do, the factors. */
export const wisnTail = (f: Formulas, team: Column = teamName): [string, string, string, Rows] => [
  f.cell(availableHours),
  f.cell(indirectShare),
  f.cell(individualHours),
  factorsToday(f, team),
];

/** The cases a year the team's areas imply. */
const expectedOf = (f: Formulas) => `SUMIFS(${f.column(areaExpected)},${f.column(areaTeam)},${f.row(teamName)})`;

export const bezetting = result(
  'bezetting',
  f => `=${f.x.fteOn(TODAY, ofTeam(f, rosterTeam, teamName, rosterFte), f.column(rosterFrom), f.column(rosterTo))}`,
  '0.00',
  (team, r) => r.teams[team].existingFte,
);
/** Inzetbare bezetting: FTE_ON with each roster row's own reduction (onboarding, leave). */
export const teamDeployable = since(
  5,
  result(
    'deployable',
    f =>
      `=${f.x.fteOn(TODAY, ofTeam(f, rosterTeam, teamName, rosterFte), f.column(rosterFrom), f.column(rosterTo), f.column(rosterReduction))}`,
    '0.00',
    (team, r) => r.teams[team].deployableFte,
  ),
);
export const fteNeeded = result(
  'fteNeeded',
  f => `=${f.x.fteNeeded(teamCounts(f), teamHours(f), ...wisnTail(f))}`,
  '0.00',
  (team, r) => r.teams[team].fteNeeded,
);
const demandFte = result(
  'demandFte',
  f =>
    `=${f.x.fteNeeded(
      `${teamCounts(f)}*IF(${expectedOf(f)}=0,0,${expectedOf(f)}` +
        `/SUMIFS(${f.column(casesCount)},${f.column(casesTeam)},${f.row(teamName)}))`,
      teamHours(f),
      ...wisnTail(f),
    )}`,
  '0.00',
  (team, r) => r.teams[team].fteNeededForExpected,
);

/** The headers of a band's ends before issue 21 named them ondergrens and bovengrens (Geldend laag …). */
export const FORMER_BAND_ENDS = {
  proposedLow: ['Voorgesteld laag', 'Proposed low'],
  proposedHigh: ['Voorgesteld hoog', 'Proposed high'],
  inForceLow: ['Geldend laag', 'In force low'],
  inForceHigh: ['Geldend hoog', 'In force high'],
  teamLow: ['Team laag', 'Team low'],
  teamHigh: ['Team hoog', 'Team high'],
  lowPerFte: ['Laag per fte', 'Low per FTE'],
  highPerFte: ['Hoog per fte', 'High per FTE'],
} as const;

/** One end of the band today's inputs propose: BANDWIDTH with the team's factors in force today, as open cases. */
const proposed = (key: 'proposedLow' | 'proposedHigh', end: 1 | 2) =>
  formulaColumn(
    words(s => s.teams.table[key], FORMER_BAND_ENDS[key]),
    f =>
      `=${f.x.concurrentCaseload(
        f.x.bandwidth(
          f.cell(clientHours),
          `${f.cell(hoursHeavy)}*(1+${f.row(extraWeight)})`,
          `${f.cell(hoursLight)}*(1+${f.row(extraWeight)})`,
          factorsToday(f),
          end,
        ),
        f.cell(caseDuration),
      )}`,
    '0.0',
    ({ row }, r) => bandCells(r.teams[row].bandPerFte)[end - 1],
  );
export const proposedLow = proposed('proposedLow', 1);
export const proposedHigh = proposed('proposedHigh', 2);

/** One end of the band version in force today: BAND_ON over the team's versions (#N/A before the first). */
const inForce = (key: 'inForceLow' | 'inForceHigh', end: 1 | 2) =>
  formulaColumn(
    words(s => s.teams.table[key], FORMER_BAND_ENDS[key]),
    f =>
      `=${f.x.bandOn(TODAY, ofTeam(f, bandsTeam, teamName, bandsFrom), f.column(bandsLow), f.column(bandsHigh), end)}`,
    '0.0',
    ({ row }, r) => {
      const found = r.teams[row].bandInForce;
      return figureCell(isError(found) ? found : boundOf(found.band, end === 1 ? 'low' : 'high'));
    },
  );
export const inForceLow = inForce('inForceLow', 1);
export const inForceHigh = inForce('inForceHigh', 2);

/** One end of the team band: TEAM_BANDWIDTH over the roster rows in force today, with the proposed band. */
const teamBound = (key: 'teamLow' | 'teamHigh', end: 1 | 2) =>
  formulaColumn(
    words(s => s.teams.table[key], FORMER_BAND_ENDS[key]),
    f =>
      `=${f.x.teamBandwidth(
        ofTeam(f, rosterTeam, teamName, rosterFte, inPeriod(f, rosterFrom, rosterTo, TODAY)),
        f.column(rosterReduction),
        f.row(proposedLow),
        f.row(proposedHigh),
        end,
      )}`,
    '0.0',
    ({ row }, r) => bandCells(r.teams[row].teamBand)[end - 1],
  );

export const TEAMS_TABLE = table({
  name: 'vcTeams',
  path: ['teams'],
  schema: TeamSchema.pick({ id: true, name: true, formatie: true, extraWeight: true }),
  columns: [
    teamName,
    formatie,
    extraWeight,
    bezetting,
    teamDeployable,
    fteNeeded,
    result(
      'staffingRatio',
      f => `=${f.x.staffingRatio(f.row(teamDeployable), f.row(fteNeeded))}`,
      '0.00',
      (team, r) => r.teams[team].staffingRatio,
      ['Bezettingsgraad', 'Staffing ratio'],
    ),
    since(
      5,
      result(
        'fillRate',
        f => `=${f.row(bezetting)}/${f.row(formatie)}`,
        '0.00',
        (team, r) => r.teams[team].fillRate,
      ),
    ),
    since(
      5,
      result(
        'formatieShortfall',
        f => `=${f.row(fteNeeded)}-${f.row(formatie)}`,
        '0.00',
        (team, r) => r.teams[team].formatieShortfall,
      ),
    ),
    demandFte,
    result(
      'allocated',
      // ALLOCATE_FTE spills a column for all teams; this team's row of it.
      f =>
        `=${f.x.allocate(f.column(demandFte), f.cell(fteToSplit), f.row(demandFte), `ROW()-MIN(ROW(${f.column(teamName)}))+1`)}`,
      '0.00',
      (team, r) => r.organisation.teams[team].allocated,
    ),
    proposedLow,
    proposedHigh,
    inForceLow,
    inForceHigh,
    teamBound('teamLow', 1),
    teamBound('teamHigh', 2),
    idColumn(words(s => s.teams.table.id)),
  ],
});

// ---- Roster figures --------------------------------------------------------------------------

const rosterCaseload = formulaColumn(
  words(s => s.teams.roster.caseload),
  f => `=${f.x.caseloadPerFte(f.row(rosterOpenCases), f.row(rosterFte))}`,
  '0.0',
  ({ team, index }, r) => {
    const p = r.plan.teams[team].roster[index];
    return figureCell(FUNCTIONS.CASELOAD_PER_FTE.evaluate([p.openCases, p.fte]));
  },
);

/** The band a person is held against: the team's band in force, or the proposed one while none is adopted. */
const heldBand = (f: Formulas, inForceEnd: Column, proposedEnd: Column) =>
  `IFERROR(${teamValue(f, rosterTeam, teamName, inForceEnd)},${teamValue(f, rosterTeam, teamName, proposedEnd)})`;

const rosterStatus = formulaColumn(
  words(s => s.teams.roster.status),
  f =>
    `=${f.x.status(
      f.row(rosterCaseload),
      `${heldBand(f, inForceLow, proposedLow)}*(1-${f.row(rosterReduction)})`,
      `${heldBand(f, inForceHigh, proposedHigh)}*(1-${f.row(rosterReduction)})`,
      STATUS_WORDS,
    )}`,
  'General',
  ({ team, index }, r) => {
    const p = r.plan.teams[team].roster[index];
    const figures = r.teams[team];
    const held = isError(figures.bandInForce) ? figures.bandPerFte : figures.bandInForce.band;
    const own: Result<Band> = isError(held)
      ? held
      : { low: held.low * (1 - p.reduction), high: held.high * (1 - p.reduction) };
    return statusCell(statusOf(FUNCTIONS.CASELOAD_PER_FTE.evaluate([p.openCases, p.fte]) as Result<number>, own));
  },
);

// ---- Controle: what the roster and the factors allow but probably should not hold -------------

/** 1 where another period of this row's person (same team and name) shares a day with this row's. */
function otherPeriodOverlaps(f: Formulas): string {
  const [from, to] = [f.row(rosterFrom), f.row(rosterTo)];
  const [froms, tos] = [f.column(rosterFrom), f.column(rosterTo)];
  const mine = `(${f.column(rosterTeam)}=${f.row(rosterTeam)})*(${f.column(rosterName)}=${f.row(rosterName)})`;
  const shares = `(((${tos}="")+(${from}="")+(${tos}>=${from}))>0)*(((${froms}="")+(${to}="")+(${froms}<=${to}))>0)`;
  // The row shares its own days too (unless it ends before it starts): the others are the rest.
  const itself = `(((${from}="")+(${to}="")+(${from}<=${to}))>0)`;
  return `((${f.row(rosterName)}<>"")*(SUMPRODUCT(${mine}*${shares})-${itself})>0)`;
}

const rosterCheck = checkColumn(
  CHECKS.roster,
  {
    ftePerPerson: f => `${f.row(rosterFte)}>${PLAUSIBLE.ftePerPerson}`,
    endBeforeStart: f => endsBeforeStart(f.row(rosterFrom), f.row(rosterTo)),
    overlap: otherPeriodOverlaps,
    yearOutOfRange: f => `(${outsideYears(f.row(rosterFrom))}+${outsideYears(f.row(rosterTo))}>0)`,
  },
  ({ team, index }, r) => rosterChecks(r.plan.teams[team])[index],
);

const factorCheck = checkColumn(
  CHECKS.factors,
  {
    factorLarge: f => `${f.row(factorReduction)}>=${PLAUSIBLE.factor}`,
    endBeforeStart: f => endsBeforeStart(f.row(factorFrom), f.row(factorTo)),
    yearOutOfRange: f => `(${outsideYears(f.row(factorFrom))}+${outsideYears(f.row(factorTo))}>0)`,
  },
  ({ team, index }, r) => factorChecks(r.plan.teams[team])[index],
);

// ---- The organisation ------------------------------------------------------------------------

export const fteToSplit = field(
  words(s => s.teams.fteToSplit),
  ['organisation', 'fteToSplit'],
  'number',
);
const total = (
  key: 'formatie' | 'bezetting' | 'deployable' | 'fteNeeded',
  column: Column,
  value: (r: Rendering) => Result<number>,
) =>
  output(
    words(s => s.teams[key]),
    [f => `=SUM(${f.column(column)})`],
    '0.00',
    r => [figureCell(value(r))],
  );
const totalFormatie = total('formatie', formatie, r => r.organisation.formatie);
export const totalBezetting = total('bezetting', bezetting, r => r.organisation.bezetting);
export const totalDeployable = since(
  5,
  total('deployable', teamDeployable, r => r.organisation.inzetbaar),
);
export const totalNeeded = total('fteNeeded', fteNeeded, r => r.organisation.benodigd);

export const TEAMS_SHEET: SheetLayout = {
  key: 'teams',
  name: 'VC Teams',
  title: words(s => s.teams.title),
  lines: [
    note(words(s => s.teams.note)),
    null,
    section(words(s => s.teams.organisation)),
    fteToSplit,
    totalFormatie,
    totalBezetting,
    totalDeployable,
    totalNeeded,
    output(
      words(s => s.teams.staffingRatio),
      [f => `=${f.x.staffingRatio(f.cell(totalDeployable), f.cell(totalNeeded))}`],
      '0.00',
      r => [figureCell(r.organisation.dekkingsgraad)],
    ),
    since(
      5,
      output(
        words(s => s.teams.fillRate),
        [f => `=${f.cell(totalBezetting)}/${f.cell(totalFormatie)}`],
        '0.00',
        r => [figureCell(r.organisation.bezettingsgraad)],
      ),
    ),
    since(
      5,
      output(
        words(s => s.teams.formatieShortfall),
        [f => `=${f.cell(totalNeeded)}-${f.cell(totalFormatie)}`],
        '0.00',
        r => [figureCell(r.organisation.formatietekort)],
      ),
    ),
    output(
      words(s => s.teams.costPerCase),
      [f => `=${f.x.costPerCase(f.cell(teamCostUsed), f.cell(supportCost), `SUM(${f.column(casesCount)})`)}`],
      '#,##0',
      r => [figureCell(r.organisation.costPerCase)],
    ),
  ],
  // Three lines more than format 4 (inzetbaar, bezettingsgraad, formatietekort): the tables start three rows lower.
  tables: sideBySide({ row: 15, col: 0 }, [
    TEAMS_TABLE,
    teamTable({
      name: 'vcCases',
      list: 'cases',
      team: casesTeam,
      schema: CaseCountSchema,
      columns: [casesCategory, casesCount],
    }),
    teamTable({
      name: 'vcRoster',
      list: 'roster',
      team: rosterTeam,
      schema: PersonSchema,
      columns: [
        rosterName,
        rosterFte,
        rosterReduction,
        rosterFrom,
        rosterTo,
        rosterOpenCases,
        person('indirectHoursPerWeek', 'number'),
        rosterCaseload,
        rosterStatus,
        rosterCheck,
      ],
    }),
    teamTable({
      name: 'vcFactors',
      list: 'factors',
      team: factorsTeam,
      schema: FactorSchema,
      columns: [factor('name'), factorReduction, factorFrom, factorTo, factor('note'), factorCheck],
    }),
    teamTable({
      name: 'vcBands',
      list: 'bands',
      team: bandsTeam,
      schema: BandVersionSchema,
      columns: [bandsFrom, bandsLow, bandsHigh, version('reason'), version('basis')],
    }),
  ]),
  widths: [34, 14, 12],
};
