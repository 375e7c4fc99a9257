// Workbooks users already have must open with nothing lost. The format-1 fixture is the sample workbook
// exactly as the first version wrote it (format 1: one team, week labels, a factor's period as
// free text, headers since renamed such as "Korting"): read through both doors, memory and
// Office, every value it held is found again in today's plan, value by value; each week keeps the
// grade format 1 gave it; the conversion is reported; a save rebuilds the add-in's sheets in
// today's format and reads back the same, and the user's own sheet is left exactly as it was.
// The format-2 fixture (teams and time) must open with every value it held, whatever later versions add.
// Formats 3 and 4 kept a reflection note with the name of its person (vcNotes): it opens as a note
// shared with its team without the name, the pane is told whose notes were moved, and the next save
// takes the names off the sheet.
import fs from 'fs';
import path from 'path';
import {
  computeFigures,
  DEFAULT_PRIVACY,
  emptyPlan,
  idFromName,
  organisationFigures,
  Plan,
  statusWord,
  withIds,
} from '../../src/core';
import { parseArea } from '../../src/workbook/addresses';
import { MemoryWorkbook } from '../../src/workbook';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { fakeExcel } from './support/fakeExcel';
import { AdapterKind, officeStorage } from './support/storage';

const FIXTURE = path.resolve(__dirname, '../fixtures/format-1');
const written = fs.readFileSync(path.join(FIXTURE, 'written-by-main.xlsx'));
/** What format 1's own reader gave for this file (before today's plan model). */
const old = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'plan.json'), 'utf8'));
const TODAY = '2026-12-02';

/** A plan stored before format 5 (notes with a name, cases without the day they were listed) as it reads today. */
type StoredTeam = Omit<Plan['teams'][number], 'sharedNotes'> & {
  notes: { person: string; date: string; aspect: string; note: string }[];
};
type StoredPlan = Omit<Plan, 'teams' | 'privacy'> & { teams: StoredTeam[] };
const asReadToday = (stored: StoredPlan): Plan =>
  ({
    ...stored,
    privacy: DEFAULT_PRIVACY,
    teams: stored.teams.map(({ notes, ...team }) => ({
      ...team,
      caseList: team.caseList.map(c => ({ ...c, listed: '' })),
      sharedNotes: notes.map(({ date, aspect, note }) => ({ date, aspect, note })),
    })),
  }) as Plan;

/** Every cell of the workbook's sheets, as text. */
const allText = (book: Awaited<ReturnType<typeof importXlsx>>) =>
  book.sheets.flatMap(sheet => [...sheet.cells.values()].map(cell => String(cell.value ?? ''))).join('\n');

/** A workbook file opened afresh through one door: memory (browser mode) or Office. */
async function openFile(file: Buffer, kind: AdapterKind) {
  const book = await importXlsx(file);
  const storage =
    kind === 'memory' ? memoryStorage(book, 'nl', () => TODAY) : officeStorage(fakeExcel(book).run, () => TODAY);
  return { book, storage };
}

const open = (kind: AdapterKind) => openFile(written, kind);

/** Saves the plan a workbook opened with, in today's format: nothing skipped, and it reads back the same with nothing to report. */
async function savedAndReadBack(storage: Awaited<ReturnType<typeof openFile>>['storage']) {
  const { plan } = await storage.load();
  expect((await storage.save(plan)).skipped).toEqual([]);
  const again = await storage.load();
  expect(again.warnings).toEqual([]);
  expect(again.plan).toEqual(plan);
}

/** The header row of one of the add-in's tables in a workbook. */
function header(book: MemoryWorkbook, name: string) {
  const table = book.tables.find(t => t.name === name)!;
  const area = parseArea(table.address);
  return book.values(table.sheet, { ...area, bottom: area.top })[0];
}

/** A later format's fixture: the plan it holds, and the workbook opened afresh through one door. */
function fixture(format: number, kind: AdapterKind) {
  const folder = path.resolve(__dirname, `../fixtures/format-${format}`);
  const file = fs.readFileSync(path.join(folder, 'written-by-main.xlsx'));
  const stored = JSON.parse(fs.readFileSync(path.join(folder, 'plan.json'), 'utf8')) as StoredPlan;
  return { stored, openIt: () => openFile(file, kind) };
}

describe.each(['memory', 'office'] as const)('a format-1 workbook (%s)', kind => {
  let plan: Plan;
  beforeAll(async () => {
    const loaded = await (await open(kind)).storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.fresh).toBe(false);
    plan = loaded.plan;
  });

  it('keeps the shared parts as they were', () => {
    expect(plan.situation).toEqual({
      ...old.situation,
      // Each area gets the id its name implies, the same in every pane that opens the workbook.
      areas: old.situation.areas.map((a: { name: string }) => ({
        ...a,
        team: old.situation.municipality,
        id: idFromName(a.name),
      })),
    });
    const { categories, factors, ...shared } = old.bandwidth;
    expect(plan.bandwidth).toEqual({
      ...shared,
      categories: categories.map((c: { name: string; hoursPerCase: number }) => ({
        id: idFromName(c.name),
        name: c.name,
        hoursPerCase: c.hoursPerCase,
      })),
    });
    expect(factors).toHaveLength(2);
    expect(plan.implement).toEqual({
      agreements: old.implement.agreements,
      evaluations: old.implement.evaluations,
      reflections: old.implement.reflections,
    });
    expect(plan.tracker).toEqual(old.tracker);
    expect(plan.scenarios).toEqual(old.scenarios.map((s: object) => ({ ...s, team: old.situation.municipality })));
    expect(plan.organisation).toEqual({ ...old.organisation, fteToSplit: plan.teams[0].formatie });
  });

  it('makes one team named after the municipality with the roster, factors, cases and weeks', () => {
    expect(plan.teams).toHaveLength(1);
    const [team] = plan.teams;
    expect(team.name).toBe('Gemeente Waalbeek (voorbeeld)');
    expect(team.roster).toEqual(old.team.roster.map((p: object) => ({ ...p, from: '', to: '' })));
    expect(team.formatie).toBeCloseTo(
      old.team.roster.reduce((s: number, p: { fte: number }) => s + p.fte, 0),
      10,
    );
    expect(team.cases).toEqual(
      old.bandwidth.categories.map((c: { name: string; count: number }) => ({ category: c.name, count: c.count })),
    );
    // The free-text periods are kept as notes and, where they name years or quarters, become dates.
    expect(team.factors).toEqual([
      {
        name: old.bandwidth.factors[0].name,
        reduction: 0.05,
        note: '2026 Q4 – 2027 Q1',
        from: '2026-10-01',
        to: '2027-03-31',
      },
      { name: old.bandwidth.factors[1].name, reduction: 0.05, note: '2026', from: '2026-01-01', to: '2026-12-31' },
    ]);
    // "2026-W40" is the week of Monday 28 September 2026; the typed FTE present stays typed.
    expect(team.weeks[0]).toEqual({ week: '2026-09-28', openCases: 71, ftePresent: 5.6 });
    expect(team.weeks.map(w => [w.openCases, w.ftePresent])).toEqual(
      old.implement.weeks.map((w: { openCases: number; ftePresent: number }) => [w.openCases, w.ftePresent]),
    );
  });

  it('keeps the band format 1 graded with as the first version, so every week keeps its grade', () => {
    const [version] = plan.teams[0].bands;
    expect(version.from).toBe('2026-09-28');
    expect(version.low).toBeCloseTo(10.270170225, 9);
    expect(version.high).toBeCloseTo(16.43227236, 9);
    expect(version.reason).toMatch(/eerdere versie/);
    // The grades format 1 cached in its Status column, week by week.
    const grades = ['binnen', 'binnen', 'binnen', 'binnen', 'binnen', 'binnen', 'binnen', 'boven'];
    const weeks = computeFigures(plan, 0, TODAY).weeks;
    expect(weeks.map(w => (typeof w.status === 'string' ? statusWord(w.status, 'nl') : w.status))).toEqual(grades);
  });

  it('says what was converted', async () => {
    const loaded = await (await open(kind)).storage.load();
    expect(loaded.conversion).toEqual({
      fromVersion: 1,
      team: 'Gemeente Waalbeek (voorbeeld)',
      datedWeeks: 8,
      labelWeeks: [],
      bandFrom: '2026-09-28',
      datedFactors: 2,
    });
  });

  it('is rebuilt in today’s format at the next save, reads back the same, and leaves the user’s sheet alone', async () => {
    const { book, storage } = await open(kind);
    const own = [...book.sheet('Eigen gegevens')!.cells];
    const loaded = await storage.load();
    const saved = await storage.save(loaded.plan);
    expect(saved.skipped).toEqual([]);
    expect(book.sheets.map(s => s.name)).toContain('VC Teams');
    expect(book.tables.find(t => t.name === 'vcRoster')?.sheet).toBe('VC Teams');
    const again = await memoryStorage(book, 'nl', () => TODAY).load();
    expect(again.warnings).toEqual([]);
    expect(again.conversion).toBeUndefined();
    expect(again.plan).toEqual(loaded.plan);
    expect([...book.sheet('Eigen gegevens')!.cells]).toEqual(own);
  });
});

describe.each(['memory', 'office'] as const)('a format-2 workbook (%s)', kind => {
  const { stored, openIt } = fixture(2, kind);

  it('opens with every value it held, and nothing to report', async () => {
    const loaded = await (await openIt()).storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.conversion).toBeUndefined();
    expect(loaded.plan).toMatchObject(stored);
  });

  it('keeps its typed team cost as typed, and starts finance empty (it had no VC Financiën)', async () => {
    const { plan } = await (await openIt()).storage.load();
    expect(plan.organisation.teamCost).toBe(stored.organisation.teamCost);
    expect(plan.finance).toEqual(emptyPlan('nl').finance);
    expect(organisationFigures(plan, TODAY).finance.typed).toBe(true);
  });

  it('reads back the same after a save', async () => {
    const { storage } = await openIt();
    const { plan } = await storage.load();
    await storage.save(plan);
    expect((await storage.load()).plan).toEqual(plan);
  });
});

describe.each(['memory', 'office'] as const)('a format-3 workbook (%s)', kind => {
  const { stored, openIt } = fixture(3, kind);

  it('opens with every value it held, teams, areas and categories given the ids their names imply', async () => {
    const loaded = await (await openIt()).storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.conversion).toBeUndefined();
    // Format 3 had no IKB: read as 0, the salaries as they were typed.
    expect(loaded.plan).toEqual(withIds(asReadToday({ ...stored, finance: { ...stored.finance, ikbShare: 0 } })));
    expect(loaded.plan.teams.map(t => t.id)).toEqual(stored.teams.map((t: StoredTeam) => idFromName(t.name)));
    // Every pane that opens it finds the same ids, so two people's edits meet on the same team.
    expect((await (await openIt()).storage.load()).plan).toEqual(loaded.plan);
  });

  it('is written in today’s format at the next save, with the ids on the sheets, and reads back the same', async () => {
    const { book, storage } = await openIt();
    await savedAndReadBack(storage);
    expect(header(book, 'vcTeams').at(-1)).toBe('Id');
  });
});

describe.each(['memory', 'office'] as const)('a format-4 workbook (%s)', kind => {
  const { stored, openIt } = fixture(4, kind);

  it('opens with every value it held; it had no IKB, so the salaries count as typed', async () => {
    const loaded = await (await openIt()).storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.conversion).toBeUndefined();
    expect(loaded.plan).toEqual(asReadToday({ ...stored, finance: { ...stored.finance, ikbShare: 0 } }));
  });

  it('moves the note kept with a name to its team’s shared notes without the name, says whose, and takes the name off at the next save', async () => {
    const { book, storage } = await openIt();
    const named = stored.teams[0].notes[0];
    expect(allText(book)).toContain(named.note);
    expect(book.tables.some(t => t.name === 'vcNotes')).toBe(true);
    const loaded = await storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.movedNotes).toEqual([{ team: 'Noord', people: [named.person], count: 1 }]);
    expect(loaded.plan.teams[0].sharedNotes).toEqual([{ date: named.date, aspect: named.aspect, note: named.note }]);

    expect((await storage.save(loaded.plan)).skipped).toEqual([]);
    expect(book.tables.some(t => t.name === 'vcNotes')).toBe(false);
    const notes = book.tables.find(t => t.name === 'vcSharedNotes')!;
    expect(notes.sheet).toBe('VC Gesprek');
    const area = parseArea(notes.address);
    expect(book.values(notes.sheet, area)).toEqual([
      ['Team', 'Datum', 'Aspect', 'Gedeelde notitie (zonder naam)'],
      ['Noord', named.date, 'Energieverspilling', named.note],
    ]);
    // The note is still in the workbook, once, with no name beside it.
    expect(allText(book).split(named.note)).toHaveLength(2);
    const again = await storage.load();
    expect(again.movedNotes).toBeUndefined();
    expect(again.plan).toEqual(loaded.plan);
  });

  it('is written in today’s format at the next save, with the inzetbare bezetting and the IKB, and reads back the same', async () => {
    const { book, storage } = await openIt();
    await savedAndReadBack(storage);
    const teams = header(book, 'vcTeams');
    expect(teams).toContain('Inzetbare bezetting (fte)');
    expect(teams).toContain('Dekkingsgraad');
    expect(teams).toContain('Formatietekort');
  });
});

describe.each(['memory', 'office'] as const)('a format-5 workbook (%s)', kind => {
  const { stored, openIt } = fixture(5, kind);

  it('opens with every value it held, each week with its open cases entered', async () => {
    const loaded = await (await openIt()).storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.conversion).toBeUndefined();
    expect(loaded.plan).toEqual(asReadToday(stored));
    expect(loaded.plan.teams.flatMap(t => t.weeks).every(w => w.openCases !== null)).toBe(true);
  });

  it('is written in today’s format at the next save, with its Controle cells and each week’s band version, and reads back the same', async () => {
    const { book, storage } = await openIt();
    expect(header(book, 'vcWeeks')).not.toContain('Controle');
    await savedAndReadBack(storage);
    expect(header(book, 'vcWeeks').slice(-3)).toEqual(['Bandbreedte vanaf', 'Status', 'Controle']);
    expect(header(book, 'vcRoster').at(-1)).toBe('Controle');
    expect(header(book, 'vcFactors').at(-1)).toBe('Controle');
  });
});

describe.each(['memory', 'office'] as const)('a format-6 workbook (%s)', kind => {
  const { stored, openIt } = fixture(6, kind);

  it('opens with every value it held, its notes with a name shared without the name', async () => {
    const loaded = await (await openIt()).storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.conversion).toBeUndefined();
    expect(loaded.plan).toEqual(asReadToday(stored));
    const named = stored.teams.flatMap(t => t.notes);
    expect(loaded.movedNotes?.reduce((n, moved) => n + moved.count, 0)).toBe(named.length);
  });

  it('is written in today’s format at the next save, with the privacy settings and the day each case was listed, and reads back the same', async () => {
    const { book, storage } = await openIt();
    expect(header(book, 'vcCaseList')).not.toContain('Op de lijst sinds');
    await savedAndReadBack(storage);
    expect(header(book, 'vcCaseList')).toContain('Op de lijst sinds');
    expect(book.tables.some(t => t.name === 'vcNotes')).toBe(false);
    expect(allText(book)).toContain('Privacy');
  });
});

// Someone cleared the settings record (VC Instellingen B3): the format is told by the tables the workbook holds.
describe.each([3, 4, 5, 6])('a format-%i workbook without its settings record', format => {
  it('opens as the same plan as with it', async () => {
    const { openIt } = fixture(format, 'memory');
    const expected = (await (await openIt()).storage.load()).plan;
    const { book, storage } = await openIt();
    book.setCell('VC Instellingen', 'B3', null);
    const loaded = await storage.load();
    expect(loaded.plan).toEqual(expected);
  });
});
