// The figures' formulas in two dialects. CASELOAD: the add-in's own functions, whose messages
// explain a refusal. Standard: only what every spreadsheet has (SUMPRODUCT, INDEX, MATCH, LOOKUP,
// MIN, MAX, IF, PRODUCT, DATE, YEAR), so a workbook mailed to someone without the add-in (finance, the
// council, LibreOffice) still computes; for valid input both give the same numbers. Each takes
// and gives Excel expressions (no "="); a condition is an expression of 1s and 0s over a column.
import { FUNCTIONS_NAMESPACE } from './functionsNamespace';

/** A team's (and a period's) rows of another table: `cond` over the same rows as `values`. */
export interface Rows {
  cond: string;
  values: string;
}

export interface Dialect {
  availableHours(
    hoursPerWeek: string,
    weeks: string,
    leave: string,
    holidays: string,
    other: string,
    absence: string,
  ): string;
  clientHours(available: string, indirectShare: string): string;
  /** One end (1 low, 2 high) of BANDWIDTH: cases per FTE per year after the reductions in `reductions`. */
  bandwidth(client: string, heavy: string, light: string, reductions: Rows, end: 1 | 2): string;
  concurrentCaseload(casesPerYear: string, weeks: string): string;
  /** FTE_ON: Σ fte × (1 − reduction) over the rows of `fte.cond` in force on `date`. */
  fteOn(date: string, fte: Rows, from: string, to: string, reductions?: string): string;
  /** One end of BAND_ON over the rows of `from.cond`: the version with the latest from-date ≤ date. */
  bandOn(date: string, from: Rows, lows: string, highs: string, end: 1 | 2): string;
  /** One end of TEAM_BANDWIDTH over the rows of `fte.cond`, with the band per FTE low … high. */
  teamBandwidth(fte: Rows, reductions: string, low: string, high: string, end: 1 | 2): string;
  /** FTE_NEEDED, the case hours after the weighing factors in `reductions` (the rows of `reductions.cond`). */
  fteNeeded(
    counts: string,
    hours: string,
    available: string,
    indirectShare: string,
    individual: string,
    reductions: Rows,
  ): string;
  staffingRatio(existing: string, needed: string): string;
  costPerCase(teamCost: string, supportCost: string, cases: string): string;
  caseloadPerFte(cases: string, fte: string): string;
  /** BANDWIDTH_STATUS, in the words the sheets are written in. */
  status(caseload: string, low: string, high: string, words: { below: string; within: string; above: string }): string;
  expectedCases(inhabitants: string, ratePer1000: string): string;
  /** This row's part of ALLOCATE_FTE over `needs`; `need` is this row's, `row` its place (1-based). */
  allocate(needs: string, total: string, need: string, row: string): string;
  costPerFte(salary: string, employerShare: string, otherPerFte: string, ikbShare: string): string;
  hourlyRate(annualCost: string, productiveHours: string): string;
  /** PRODUCT_COST of one product. */
  productCost(hoursPerCase: string, hourlyRate: string): string;
  /** TARIFF_COVERAGE of one product. */
  tariffCoverage(tariff: string, cost: string): string;
  /** FTE-years of the rows of `fte.cond` in the calendar year of `today` (see fteInYear below). */
  fteInYear(today: string, fte: Rows, from: string, to: string): string;
  /** DEVIATING_CASES over ratios to the norm (norm 1) in the rows of `ratios.cond`; blank ratios are "". */
  deviatingCases(ratios: Rows, tolerance: string, direction: 'above' | 'below'): string;
  /** BANDWIDTH_POSITION: 0 at the low bound, 1 at the high bound. */
  position(caseload: string, low: string, high: string): string;
  /** CASELOAD_TREND over the rows of `caseloads.cond` (x = row, a non-number skipped), `ahead` weeks after the last. */
  trend(caseloads: Rows, ahead: string): string;
}

/**
 * Σ fte × the share of the year `today` is in that each row of `fte.cond` is in force (from … to,
 * blank: no limit), counted in days. No CASELOAD function does this, so both dialects write it so.
 */
function fteInYear(today: string, fte: Rows, from: string, to: string): string {
  const start = `DATE(YEAR(${today}),1,1)`;
  const end = `DATE(YEAR(${today}),12,31)`;
  const first = `IF(${from}="",${start},IF(${from}<${start},${start},${from}))`;
  const last = `IF(${to}="",${end},IF(${to}>${end},${end},${to}))`;
  return `SUMPRODUCT(${fte.cond}*${fte.values}*IF(${last}>=${first},${last}-${first}+1,0))/(${end}-${start}+1)`;
}

const ends = (a: string, b: string, end: 1 | 2) => `${end === 1 ? 'MIN' : 'MAX'}(${a},${b})`;

/** The add-in's own functions, called by `ns` (the namespace the installed add-in gives them). */
export function caseloadDialect(ns: string): Dialect {
  return {
    availableHours: (...args) => `${ns}.AVAILABLE_HOURS(${args.join(',')})`,
    clientHours: (a, s) => `${ns}.CLIENT_HOURS(${a},${s})`,
    bandwidth: (client, heavy, light, r, end) =>
      `INDEX(${ns}.BANDWIDTH(${client},${heavy},${light},IF(${r.cond},${r.values},"")),1,${end})`,
    concurrentCaseload: (n, weeks) => `${ns}.CONCURRENT_CASELOAD(${n},${weeks})`,
    fteOn: (date, fte, from, to, reductions) =>
      `${ns}.FTE_ON(${date},IF(${fte.cond},${fte.values},""),${from},${to}${reductions ? `,${reductions}` : ''})`,
    bandOn: (date, from, lows, highs, end) =>
      `INDEX(${ns}.BAND_ON(${date},IF(${from.cond},${from.values},""),${lows},${highs}),1,${end})`,
    teamBandwidth: (fte, reductions, low, high, end) =>
      `INDEX(${ns}.TEAM_BANDWIDTH(IF(${fte.cond},${fte.values},""),${reductions},${low},${high}),1,${end})`,
    fteNeeded: (counts, hours, available, indirect, individual, r) =>
      `${ns}.FTE_NEEDED(${counts},${hours},${available},${indirect},${individual},IF(${r.cond},${r.values},""))`,
    staffingRatio: (a, b) => `${ns}.STAFFING_RATIO(${a},${b})`,
    costPerCase: (t, s, n) => `${ns}.COST_PER_CASE(${t},${s},${n})`,
    caseloadPerFte: (c, f) => `${ns}.CASELOAD_PER_FTE(${c},${f})`,
    status: (c, low, high) => `${ns}.BANDWIDTH_STATUS(${c},${low},${high})`,
    expectedCases: (i, r) => `${ns}.EXPECTED_CASES(${i},${r})`,
    allocate: (needs, total, _need, row) => `INDEX(${ns}.ALLOCATE_FTE(${needs},${total}),${row})`,
    costPerFte: (salary, share, other, ikb) => `${ns}.COST_PER_FTE(${salary},${share},${other},${ikb})`,
    hourlyRate: (cost, hours) => `${ns}.HOURLY_RATE(${cost},${hours})`,
    productCost: (hours, rate) => `INDEX(${ns}.PRODUCT_COST(${hours},${rate}),1,1)`,
    tariffCoverage: (tariff, cost) => `INDEX(${ns}.TARIFF_COVERAGE(${tariff},${cost}),1,1)`,
    fteInYear,
    // The direction is the function's own word, which it reads in any language (not the sheet's label).
    deviatingCases: (r, tolerance, direction) =>
      `${ns}.DEVIATING_CASES(IF(${r.cond},${r.values},""),1,${tolerance},"${direction}")`,
    position: (c, low, high) => `${ns}.BANDWIDTH_POSITION(${c},${low},${high})`,
    // A week whose caseload cannot be computed counts as blank, as in the pane.
    trend: (r, ahead) => `${ns}.CASELOAD_TREND(IF(${r.cond},IFERROR(${r.values},""),""),${ahead})`,
  };
}

export const CASELOAD: Dialect = caseloadDialect(FUNCTIONS_NAMESPACE);

/** The least-squares line through the numbers of `r` (x = their row), read `ahead` rows after the last. */
function leastSquares(r: Rows, ahead: string): string {
  const m = `(${r.cond})*ISNUMBER(${r.values})`;
  const x = `ROW(${r.values})`;
  const y = `IF(ISNUMBER(${r.values}),${r.values},0)`;
  const sum = (term: string) => `SUMPRODUCT(${m}${term ? `*${term}` : ''})`;
  const [n, sx, sy] = [sum(''), sum(x), sum(y)];
  const slope = `(${n}*${sum(`${x}*${y}`)}-${sx}*${sy})/(${n}*${sum(`${x}*${x}`)}-${sx}^2)`;
  return `MAX(0,${sy}/${n}+${slope}*(MAX(${m}*${x})+(${ahead})-${sx}/${n}))`;
}

export const STANDARD: Dialect = {
  availableHours: (h, w, leave, holidays, other, absence) =>
    `((${h})*(${w})-(${leave})-(${holidays})-(${other}))*(1-(${absence}))`,
  clientHours: (a, s) => `(${a})*(1-(${s}))`,
  // Weighing factors multiply: Π (1 − reduction) over the rows in force.
  bandwidth: (client, heavy, light, r, end) =>
    `${ends(`(${client})/(${heavy})`, `(${client})/(${light})`, end)}*PRODUCT(IF(${r.cond},1-${r.values},1))`,
  concurrentCaseload: (n, weeks) => `(${n})*(${weeks})/52`,
  fteOn: (date, fte, from, to, reductions) =>
    `SUMPRODUCT(${fte.cond}*${fte.values}${reductions ? `*(1-${reductions})` : ''}` +
    `*(((${from}="")+(${from}<=${date}))>0)*(((${to}="")+(${to}>=${date}))>0))`,
  // LOOKUP(2, 1/…) finds the last row that fits: the later row when two versions share a date.
  bandOn: (date, from, lows, highs, end) => {
    const own = `(${from.cond})*(${from.values}<>"")`;
    const latest = `MAX(IF(${own}*(${from.values}<=${date}),${from.values}))`;
    const pick = (column: string) => `LOOKUP(2,1/(${own}*(${from.values}=${latest})),${column})`;
    return ends(pick(lows), pick(highs), end);
  },
  teamBandwidth: (fte, reductions, low, high, end) =>
    `SUMPRODUCT(${fte.cond}*${fte.values}*(1-${reductions}))*${ends(low, high, end)}`,
  // The weighing factors in force take their share of the client hours, as in BANDWIDTH.
  fteNeeded: (counts, hours, available, indirect, individual, r) =>
    `SUMPRODUCT(${counts},${hours})/((${available})*(1-(${indirect})))/PRODUCT(IF(${r.cond},1-${r.values},1))` +
    `+(${individual})/(${available})`,
  staffingRatio: (a, b) => `(${a})/(${b})`,
  costPerCase: (t, s, n) => `((${t})+(${s}))/(${n})`,
  caseloadPerFte: (c, f) => `(${c})/(${f})`,
  status: (c, low, high, w) =>
    `IF(${c}<MIN(${low},${high}),"${w.below}",IF(${c}>MAX(${low},${high}),"${w.above}","${w.within}"))`,
  expectedCases: (i, r) => `(${i})*(${r})/1000`,
  allocate: (needs, total, need) => `(${total})*(${need})/SUM(${needs})`,
  costPerFte: (salary, share, other, ikb) => `(${salary})*(1+(${ikb}))*(1+(${share}))+(${other})`,
  hourlyRate: (cost, hours) => `(${cost})/(${hours})`,
  productCost: (hours, rate) => `(${hours})*(${rate})`,
  tariffCoverage: (tariff, cost) => `(${tariff})/(${cost})`,
  fteInYear,
  // "" > 1.5 holds in a spreadsheet (text sorts after numbers): only numbers are compared.
  deviatingCases: (r, tolerance, direction) =>
    `SUMPRODUCT((${r.cond})*ISNUMBER(${r.values})*(${r.values}${direction === 'above' ? '>1+' : '<1-'}(${tolerance})))`,
  position: (c, low, high) => `((${c})-MIN(${low},${high}))/(MAX(${low},${high})-MIN(${low},${high}))`,
  trend: leastSquares,
};

export const DIALECTS = { caseload: CASELOAD, standard: STANDARD } as const;
export type FormulaMode = keyof typeof DIALECTS;
