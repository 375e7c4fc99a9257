// Workbooks as users leave them: hand-edited, damaged, made by a newer add-in, or holding a sheet
// of their own with the add-in's name. Each scenario says what the user should be told and which
// sheets a save must leave alone; handEdited.test.ts runs them against both adapters and
// badInputTable.test.ts runs the ones docs/bad-input.md lists.
import {
  DateProblem,
  emptyPlan,
  isError,
  monitoringFigures,
  organisationFigures,
  Plan,
  samplePlan,
  TEXT_LIMIT,
  todayIso,
  weekFigures,
} from '../../../src/core';
import { MemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { memoryStorage } from '../../../src/workbook/memory/memoryPort';
import { OfficePort } from '../../../src/workbook/office/officePort';
import { PlanStorage } from '../../../src/workbook/storage/planStorage';
import { sampleSources } from './userSheets';
import { LoadResult, SaveResult, WorkbookWarning } from '../../../src/workbook/storage/port';
import { fakeExcel } from './fakeExcel';
import { ALL_TABLES } from '../../../src/workbook/layout';
import { settingsJson } from '../../../src/workbook/settings';

export interface Scenario {
  /** Starts from an empty workbook instead of one the add-in wrote the sample plan to. */
  fresh?: boolean;
  /** The plan the add-in wrote before the user's edit (default: the sample). */
  written?: Plan;
  /** What the user did to the workbook. */
  prepare(book: MemoryWorkbook): void;
  /** Done while the pane is open (after its load): the save has to find it and say so. */
  whileOpen?: boolean;
  /** What the pane has to save (default: the plan it read). */
  save?: (read: Plan) => Plan;
  /** Warnings the load (or, for an edit made while open, the save) must give (others may follow from the same edit). */
  warnings: WorkbookWarning[];
  /** Sheets a save must leave exactly as they are ("*": every sheet). */
  untouched: string[];
  /** Checks on the plan read, and on the workbook after the save. */
  check?: (outcome: Outcome) => void;
}

export interface Outcome {
  loaded: LoadResult;
  saved: SaveResult;
  /** What the user was told: at the load, or for an edit made while open, at the save. */
  warnings: WorkbookWarning[];
  book: MemoryWorkbook;
  kind: AdapterKind;
  /** The pane's storage, to save again. */
  storage: PlanStorage;
}

const sample = samplePlan();

const LONG_PURPOSE = 'Wij willen dat inwoners snel de juiste hulp krijgen. '.repeat(40); // 2,120 characters
const OVER_LIMIT = TEXT_LIMIT + 2000;

const withTeamName = (plan: Plan, name: string): Plan => {
  const old = plan.teams[0].name;
  const rename = <T extends { team: string }>(rows: T[]) => rows.map(r => (r.team === old ? { ...r, team: name } : r));
  return {
    ...plan,
    teams: plan.teams.map((t, i) => (i === 0 ? { ...t, name } : t)),
    situation: { ...plan.situation, areas: rename(plan.situation.areas) },
    scenarios: rename(plan.scenarios),
    finance: { ...plan.finance, pay: rename(plan.finance.pay), budgets: rename(plan.finance.budgets) },
  };
};

/** The warning for the first roster row (Anouk of Noord) whose from-date cell cannot be read. */
const rosterFromWarning = (problem: DateProblem, value: string): WorkbookWarning => ({
  where: 'vcRoster',
  problem: 'rowUnreadable',
  detail: 'AB17 (Van)',
  why: { kind: 'date', problem, value },
  row: 'Anouk, Noord',
});

export const SCENARIOS: Record<string, Scenario> = {
  'empty-form': {
    fresh: true,
    prepare: () => undefined,
    save: () => emptyPlan('nl'),
    warnings: [],
    untouched: [],
    check: ({ loaded, saved, book, kind }) => {
      expect(loaded.fresh).toBe(true);
      expect(saved.skipped).toEqual([]);
      // With no hours per case yet the band cannot be computed: #DIV/0!, never a wrong number (the
      // memory workbook keeps core's result; in Excel the live formula computes the same).
      const band = book.cell('VC Teams', 'L17');
      expect(band?.formula).toMatch(/^=CASELOAD\.CONCURRENT_CASELOAD\(INDEX\(CASELOAD\.BANDWIDTH\(/);
      if (kind === 'memory') expect(band?.value).toEqual({ error: '#DIV/0!' });
    },
  },
  'text-in-number-field': {
    prepare: book => book.setCell('VC Bandbreedte', 'B11', 'zesendertig'),
    warnings: [{ where: 'VC Bandbreedte', problem: 'rowUnreadable', detail: 'B11 (Contracturen per week)' }],
    untouched: ['VC Bandbreedte'],
    check: ({ loaded }) => {
      expect(loaded.plan.bandwidth.time.hoursPerWeek).toBe(36); // the default, not a guess
      expect(loaded.plan.bandwidth.categories).toEqual(sample.bandwidth.categories);
    },
  },
  'text-in-number-column': {
    prepare: book => book.setCell('VC Situatie', 'C9', 'veel'),
    warnings: [{ where: 'vcAreas', problem: 'rowUnreadable', detail: 'C9 (Inwoners)', row: 'Centrum' }],
    untouched: ['VC Situatie'],
    check: ({ loaded }) => {
      expect(loaded.plan.situation.areas.map(a => a.name)).toEqual(['Noord', 'Zuid', 'Hele gemeente, jeugd']);
      expect(loaded.plan.situation.facilities).toEqual(sample.situation.facilities);
    },
  },
  'deleted-column': {
    prepare: book => book.deleteTableColumn('vcAreas', 'Jeugd (0-17)'),
    warnings: [{ where: 'vcAreas', problem: 'columnsChanged', detail: 'Jeugd (0-17)' }],
    untouched: ['VC Situatie'],
    check: ({ loaded }) => {
      expect(loaded.plan.situation.areas).toEqual([]);
      expect(loaded.plan.situation.demand).toEqual(sample.situation.demand);
      expect(loaded.protectedNames).toContain('VC Situatie');
    },
  },
  'renamed-table': {
    prepare: book => book.renameTable('vcFacilities', 'Voorzieningen'),
    warnings: [{ where: 'vcFacilities', problem: 'tableMissing' }],
    untouched: ['VC Situatie'],
    check: ({ loaded }) => expect(loaded.plan.situation.areas).toEqual(sample.situation.areas),
  },
  'deleted-sheet': {
    prepare: book => book.deleteSheet('VC Implementatie'),
    warnings: [
      { where: 'vcWeeks', problem: 'tableMissing' },
      { where: 'vcAgreements', problem: 'tableMissing' },
    ],
    untouched: [],
    check: ({ loaded, saved, book }) => {
      expect(loaded.plan.teams.map(t => t.weeks)).toEqual(sample.teams.map(() => []));
      expect(loaded.plan.teams.map(t => t.roster)).toEqual(sample.teams.map(t => t.roster));
      expect(saved.written).toContain('VC Implementatie'); // made again, with what the pane holds
      expect(book.tables.map(t => t.name)).toContain('vcWeeks');
    },
  },
  'renamed-sheet': {
    prepare: book => book.renameSheet('VC Bandbreedte', 'Bandbreedte 2027'),
    warnings: [],
    untouched: [],
    check: ({ loaded, saved, book }) => {
      expect(loaded.plan).toEqual(sample);
      expect(saved.written).toContain('Bandbreedte 2027');
      expect(book.sheet('VC Bandbreedte')).toBeUndefined();
      // Formulas on the other sheets follow the sheet's new name.
      expect(book.cell('VC Teams', 'B14')?.formula).toBe(
        "=CASELOAD.COST_PER_CASE('VC Financiën'!$B$12,'Bandbreedte 2027'!$B$26,SUM(vcCases[Casussen per jaar]))",
      );
      expect(book.cell('VC Financiën', 'B12')?.formula).toBe(
        "=IF('Bandbreedte 2027'!$B$25=\"\",IF($B$14=0,$B$11,$B$11/$B$14*$B$13),'Bandbreedte 2027'!$B$25)",
      );
    },
  },
  'workbook-from-before-scenarios': {
    // Made by the version before the scenario sheet: its settings record does not list the table.
    prepare: book => {
      book.deleteSheet("VC Scenario's");
      const tables = ALL_TABLES.map(t => t.name).filter(name => name !== 'vcScenarios');
      book.setCell('VC Instellingen', 'B3', settingsJson(tables, 3));
    },
    warnings: [],
    untouched: [],
    check: ({ loaded, saved, book }) => {
      expect(loaded.warnings).toEqual([]); // a new sheet is not a missing one
      expect(loaded.plan.scenarios).toEqual([]);
      expect(saved.written).toContain("VC Scenario's");
      expect(book.tables.map(t => t.name)).toContain('vcScenarios');
    },
  },
  'text-in-scenario': {
    prepare: book => book.setCell("VC Scenario's", 'F7', 'tien procent'),
    warnings: [
      {
        where: 'vcScenarios',
        problem: 'rowUnreadable',
        detail: 'F7 (Groei casussen)',
        row: '3 nieuwe collega’s, Noord',
      },
    ],
    untouched: ["VC Scenario's"],
    check: ({ loaded }) => {
      expect(loaded.plan.scenarios.map(s => s.name)).toEqual(
        sample.scenarios.filter((_s, i) => i !== 1).map(s => s.name),
      );
      expect(loaded.plan.teams).toEqual(sample.teams);
    },
  },
  'negative-salary': {
    prepare: book => book.setCell('VC Financiën', 'AB39', -47000),
    warnings: [
      { where: 'vcScales', problem: 'rowUnreadable', detail: 'AB39 (Jaarsalaris)', row: 'Schaal 8 (voorbeeld)' },
    ],
    untouched: ['VC Financiën'],
    check: ({ loaded }) => {
      expect(loaded.plan.finance.scales).toEqual(sample.finance.scales.slice(1));
      // The people on that scale have no salary now: the team cost gives the reason, not a smaller number.
      const { teamCost } = organisationFigures(loaded.plan, todayIso()).finance;
      expect(teamCost).toMatchObject({ code: '#N/A', detail: { argument: 'salary' } });
    },
  },
  'employer-share-above-1': {
    prepare: book => book.setCell('VC Financiën', 'B6', 1.3),
    warnings: [
      { where: 'VC Financiën', problem: 'rowUnreadable', detail: 'B6 (Werkgeverslasten (deel van het salaris))' },
    ],
    untouched: ['VC Financiën'],
    check: ({ loaded }) => {
      expect(loaded.plan.finance.employerShare).toBe(0);
      expect(loaded.plan.finance.pay).toEqual(sample.finance.pay);
    },
  },
  'text-in-tariff': {
    prepare: book => book.setCell('VC Financiën', 'U39', 'n.v.t.'),
    warnings: [{ where: 'vcProducts', problem: 'rowUnreadable', detail: 'U39 (Tarief)', row: 'Enkelvoudige vraag' }],
    untouched: ['VC Financiën'],
    check: ({ loaded }) => {
      expect(loaded.plan.finance.products).toEqual(sample.finance.products.slice(1));
      const [single] = organisationFigures(loaded.plan, todayIso()).finance.products;
      expect(single).toMatchObject({ tariff: null, coverage: null, belowCost: false });
    },
  },
  'typed-below-table': {
    prepare: book => book.setCell('VC Teams', 'AJ23', 'Nog een factor'),
    warnings: [{ where: 'vcFactors', problem: 'rowUnreadable', detail: 'AJ23' }],
    untouched: ['VC Teams'],
  },
  'typed-below-table-while-open': {
    whileOpen: true,
    prepare: book => book.setCell('VC Implementatie', 'N25', 'Vergeet de evaluatie in maart niet'),
    save: read => ({
      ...read,
      implement: {
        ...read.implement,
        agreements: [...read.implement.agreements, { when: 'Bij ziekte', action: 'Herverdelen', who: 'Teamleider' }],
      },
    }),
    warnings: [{ where: 'vcAgreements', problem: 'rowUnreadable', detail: 'N25' }],
    untouched: ['VC Implementatie'],
    check: ({ loaded, book }) => {
      // The cell is the one the table grows into: the agreements table ends just above it.
      expect(book.tables.find(t => t.name === 'vcAgreements')?.address).toBe('N22:P24');
      expect(loaded.warnings).toEqual([]);
    },
  },
  'text-in-number-field-while-open': {
    whileOpen: true,
    prepare: book => book.setCell('VC Bandbreedte', 'B11', 'zesendertig'),
    warnings: [{ where: 'VC Bandbreedte', problem: 'rowUnreadable', detail: 'B11 (Contracturen per week)' }],
    untouched: ['VC Bandbreedte'],
    check: ({ book }) => expect(book.cell('VC Bandbreedte', 'B11')?.value).toBe('zesendertig'),
  },
  'corrupt-settings': {
    prepare: book => book.setCell('VC Instellingen', 'B3', '{"app": "verantwoorde-caseload", versie'),
    warnings: [{ where: 'VC Instellingen', problem: 'settingsCorrupt' }],
    untouched: ['VC Instellingen'],
    check: ({ loaded, saved }) => {
      expect(loaded.plan).toEqual(sample);
      expect(saved.written).toContain('VC Bandbreedte');
    },
  },
  'newer-version': {
    prepare: book =>
      book.setCell('VC Instellingen', 'B3', JSON.stringify({ app: 'verantwoorde-caseload', version: 99, sheets: {} })),
    warnings: [{ where: 'VC Instellingen', problem: 'newerVersion', detail: '99' }],
    untouched: ['*'],
    check: ({ loaded, saved }) => {
      expect(loaded.plan).toEqual(sample);
      expect(saved.written).toEqual([]);
    },
  },
  'own-sheet': {
    fresh: true,
    prepare: book =>
      book.addUserSheet({
        name: 'VC Situatie',
        rows: [['Mijn aantekeningen'], ['Wijk', 'Inwoners'], ['Noord', 14200]],
      }),
    save: () => sample,
    warnings: [{ where: 'VC Situatie', problem: 'sheetNotOurs' }],
    untouched: ['VC Situatie'],
    check: ({ loaded, saved }) => {
      expect(loaded.fresh).toBe(true);
      expect(saved.skipped).toEqual([{ where: 'VC Situatie', problem: 'sheetNotOurs' }]);
      expect(saved.written).toContain('VC Bandbreedte');
    },
  },
  'own-band-sheet': {
    fresh: true,
    prepare: book => book.addUserSheet({ name: 'VC Bandbreedte', rows: [['Onze eigen berekening'], [1, 2, 3]] }),
    save: () => sample,
    warnings: [{ where: 'VC Bandbreedte', problem: 'sheetNotOurs' }],
    untouched: ['VC Bandbreedte'],
    check: ({ book }) => {
      // A figure cannot point at a sheet that is not the add-in's: it holds the value instead.
      expect(book.cell('VC Teams', 'B14')?.formula).toBeUndefined();
      expect(book.cell('VC Teams', 'B14')?.value).toBe(organisationFigures(sample, todayIso()).costPerCase);
    },
  },
  'long-purpose': {
    // More than the 2,000 characters the add-in once read back, as the pane let people type.
    prepare: book => book.setCell('VC Bandbreedte', 'B8', LONG_PURPOSE),
    warnings: [],
    untouched: [],
    check: ({ loaded, saved }) => {
      expect(loaded.plan.bandwidth.purpose).toBe(LONG_PURPOSE);
      expect(saved.written).toContain('VC Bandbreedte');
    },
  },
  'text-over-limit': {
    prepare: book => book.setCell('VC Bandbreedte', 'B8', 'b'.repeat(OVER_LIMIT)),
    warnings: [
      {
        where: 'VC Bandbreedte',
        problem: 'rowUnreadable',
        detail: 'B8 (Bedoeling van het team)',
        why: { kind: 'tooLong', length: OVER_LIMIT },
      },
    ],
    untouched: ['VC Bandbreedte'],
    check: ({ loaded, saved, book }) => {
      expect(loaded.plan.bandwidth.purpose).toBe(''); // not a shortened copy
      expect(loaded.plan.bandwidth.categories).toEqual(sample.bandwidth.categories);
      expect(saved.written).toContain('VC Teams');
      expect(book.cell('VC Bandbreedte', 'B8')?.value).toHaveLength(OVER_LIMIT);
    },
  },
  'long-team-name': {
    // A name of 2,500 characters, as the pane took it and wrote it in every team column.
    written: withTeamName(sample, 'N'.repeat(2500)),
    prepare: () => undefined,
    warnings: [],
    untouched: [],
    check: ({ loaded, book }) => {
      expect(loaded.plan.teams[0].name).toHaveLength(2500);
      expect(loaded.plan.teams[0].roster).toEqual(sample.teams[0].roster);
      // The overview's printed header names the teams within the 255 characters Excel takes.
      const { left, center } = book.sheet('VC Overzicht')!.print!.header;
      expect(`&L${left}&C${center}&R&D`.length).toBeLessThanOrEqual(255);
      expect(center).toMatch(/overzicht: N+…$/);
    },
  },
  'team-cell-over-limit': {
    prepare: book => book.setCell('VC Teams', 'X17', 'N'.repeat(OVER_LIMIT)),
    warnings: [
      {
        where: 'vcRoster',
        problem: 'rowUnreadable',
        detail: 'X17 (Team)',
        why: { kind: 'tooLong', length: OVER_LIMIT },
        row: 'Anouk',
      },
    ],
    untouched: ['VC Teams'],
    check: ({ loaded, saved }) => {
      expect(loaded.plan.teams.map(t => t.name)).toEqual(sample.teams.map(t => t.name));
      expect(loaded.plan.teams[0].roster).toEqual(sample.teams[0].roster.slice(1));
      expect(saved.written).toContain('VC Implementatie');
    },
  },
  'impossible-date': {
    prepare: book => book.setCell('VC Teams', 'AB17', '31-02-2026'),
    warnings: [rosterFromWarning('noSuchDay', '31-02-2026')],
    untouched: ['VC Teams'],
    check: ({ loaded }) => {
      expect(loaded.plan.teams[0].roster).toEqual(sample.teams[0].roster.slice(1));
      expect(loaded.plan.teams.slice(1)).toEqual(sample.teams.slice(1));
    },
  },
  'year-typed-wrong': {
    prepare: book => book.setCell('VC Teams', 'AB17', '20266-03-16'),
    warnings: [rosterFromWarning('yearOutOfRange', '20266-03-16')],
    untouched: ['VC Teams'],
    check: ({ loaded }) => {
      // The rest of the team's roster is read, and every week of the team still has its figures.
      expect(loaded.plan.teams[0].roster).toHaveLength(sample.teams[0].roster.length - 1);
      const weeks = weekFigures(loaded.plan.teams[0]);
      expect(weeks.filter(w => isError(w.caseload))).toEqual([]);
    },
  },
  'huge-number-as-date': {
    prepare: book => book.setCell('VC Teams', 'AB17', 1e9),
    warnings: [rosterFromWarning('notADate', '1000000000')],
    untouched: ['VC Teams'],
    check: ({ loaded }) => expect(loaded.plan.teams[0].roster).toEqual(sample.teams[0].roster.slice(1)),
  },
  'date-typed-as-text': {
    // Text where an English Excel did not make a date of it: read as the pane reads it.
    prepare: book => book.setCell('VC Teams', 'AB17', '16-03-2026'),
    warnings: [],
    untouched: [],
    check: ({ loaded, book }) => {
      expect(loaded.plan.teams[0].roster[0]).toEqual({ ...sample.teams[0].roster[0], from: '2026-03-16' });
      expect(book.cell('VC Teams', 'AB17')?.value).toBe(46097); // written back as a real date
    },
  },
  'number-in-a-text-date': {
    // An evaluation moment is free text ("Q1 2027"); a number no calendar holds is kept as its digits.
    prepare: book => book.setCell('VC Implementatie', 'R23', 1e9),
    warnings: [],
    untouched: [],
    check: ({ loaded }) => {
      expect(loaded.plan.implement.evaluations[0]).toEqual({ ...sample.implement.evaluations[0], date: '1000000000' });
    },
  },
  'week-not-a-date': {
    prepare: book => book.setCell('VC Implementatie', 'B24', '31-02-2026'),
    warnings: [
      {
        where: 'vcWeeks',
        problem: 'weekNotADate',
        detail: 'B24 (Week)',
        why: { kind: 'date', problem: 'noSuchDay', value: '31-02-2026' },
      },
    ],
    untouched: [],
    check: ({ loaded, saved, book }) => {
      const team = loaded.plan.teams[0];
      expect(team.weeks[1].week).toBe('31-02-2026'); // kept as typed
      expect(saved.written).toContain('VC Implementatie');
      expect(book.cell('VC Implementatie', 'B24')?.value).toBe('31-02-2026');
      // Only that week lacks its figures; the others and the trend are computed as before.
      const weeks = weekFigures(team);
      expect(weeks.map(w => isError(w.caseload))).toEqual(team.weeks.map((_w, i) => i === 1));
      expect(isError(monitoringFigures(weeks, weeks[0].band).forecast)).toBe(false);
    },
  },
};

export type { AdapterKind } from './storage';
import type { AdapterKind } from './storage';

/** A workbook as the scenario leaves it, and an adapter of the given kind on it. */
export async function setUp(scenario: Scenario, kind: AdapterKind) {
  const book = new MemoryWorkbook({ sheets: sampleSources() });
  if (!scenario.fresh) await memoryStorage(book).save(scenario.written ?? sample);
  if (!scenario.whileOpen) scenario.prepare(book);
  const excel = fakeExcel(book);
  const adapter = kind === 'memory' ? memoryStorage(book) : new PlanStorage(new OfficePort(excel.run));
  return { book, excel, adapter };
}

/** Every cell of the given sheets (all sheets for "*", and always the user's own), as plain data. */
export function cellsOf(book: MemoryWorkbook, sheets: string[]): Record<string, unknown> {
  const chosen = book.sheets.filter(s => s.user || sheets.includes('*') || sheets.includes(s.name));
  return Object.fromEntries(
    chosen.flatMap(sheet => [...sheet.cells].map(([address, cell]) => [`${sheet.name}!${address}`, { ...cell }])),
  );
}

/** Loads, saves what was read (or the scenario's plan), and checks what the scenario promises. */
export async function runScenario(scenario: Scenario, kind: AdapterKind): Promise<Outcome> {
  const { book, excel, adapter } = await setUp(scenario, kind);
  const loaded = await adapter.load();
  if (scenario.whileOpen) scenario.prepare(book);
  const before = cellsOf(book, scenario.untouched);
  excel.resetSyncs();
  const saved = await adapter.save(scenario.save ? scenario.save(loaded.plan) : loaded.plan);
  const warnings = scenario.whileOpen ? saved.skipped : loaded.warnings;
  expect(warnings).toEqual(expect.arrayContaining(scenario.warnings));
  if (scenario.warnings.length === 0) expect(warnings).toEqual([]);
  // One round trip to check nobody else saved since the load, one to write, and where a sheet was
  // left alone one to read back what it holds, for the next save to compare with.
  if (kind === 'office') expect(excel.syncs()).toBeLessThanOrEqual(saved.skipped.length > 0 ? 3 : 2);
  expect(cellsOf(book, scenario.untouched)).toEqual(before);
  const outcome = { loaded, saved, warnings, book, kind, storage: adapter };
  scenario.check?.(outcome);
  return outcome;
}
