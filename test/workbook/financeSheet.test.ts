// The sheet "VC Financiën" holds the figures the pane shows: each labelled figure caches the value
// core's financeFigures gives (the formulas compute the same, see libreOffice.test.ts). A typed team
// cost is marked as typed beside the team cost used, reads back as typed, and an empty cell reads
// back as "from the salaries"; the label it had before still reads.
import fs from 'fs';
import path from 'path';
import { financeFigures, isError, Plan, Result, samplePlan } from '../../src/core';
import { MemoryWorkbook } from '../../src/workbook';
import { cellAddress, parseArea } from '../../src/workbook/addresses';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';

const TODAY = '2026-12-02';

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}

async function saved(plan: Plan) {
  const book = new MemoryWorkbook();
  await memoryStorage(book, 'nl', () => TODAY).save(plan);
  return book;
}

/** A table's rows as the workbook holds them: each a record of its header's words. */
function tableOf(book: MemoryWorkbook, name: string) {
  const found = book.tables.find(t => t.name === name)!;
  const area = parseArea(found.address);
  const valueAt = (row: number, col: number) => book.cell(found.sheet, cellAddress({ row, col }))?.value ?? '';
  const columns = Array.from({ length: area.right - area.left + 1 }, (_c, i) => area.left + i);
  const header = columns.map(col => String(valueAt(area.top, col)));
  const rows = Array.from({ length: area.bottom - area.top }, (_r, i) =>
    Object.fromEntries(columns.map((col, c) => [header[c], valueAt(area.top + 1 + i, col)])),
  );
  return { header, rows };
}

/** The cells right of a label in column A of a sheet. */
function beside(book: MemoryWorkbook, sheet: string, label: string) {
  const cells = book.sheet(sheet)!.cells;
  const at = [...cells].find(([address, cell]) => /^A\d+$/.test(address) && cell.value === label);
  if (!at) throw new Error(`no line "${label}" on ${sheet}`);
  const row = at[0].slice(1);
  return { address: `B${row}`, value: cells.get(`B${row}`)?.value, marker: cells.get(`C${row}`)?.value };
}

test('each figure of VC Financiën is the one the pane shows', async () => {
  const plan = samplePlan();
  const book = await saved(plan);
  const f = financeFigures(plan, TODAY);
  const figure = (label: string) => beside(book, 'VC Financiën', label).value;
  expect(figure('Teamkosten per jaar uit salarissen (€)')).toBe(ok(f.fromSalaries));
  expect(figure('Teamkosten per jaar in de berekening (€)')).toBe(ok(f.teamCost));
  expect(beside(book, 'VC Financiën', 'Teamkosten per jaar in de berekening (€)').marker).toBe('uit salarissen');
  expect(figure('Gemiddelde kosten per fte (€)')).toBe(ok(f.averageCostPerFte));
  expect(figure('Integraal uurtarief (€)')).toBe(ok(f.hourlyRate));
  expect(figure('Kosten van het fte-tekort per jaar (€)')).toBe(ok(f.total.shortfallCost));
  expect(figure('Begrotingsjaar')).toBe(2026);
  expect(figure('Verwachte kosten in het begrotingsjaar (€)')).toBe(ok(f.total.projected));
  // The products table: cost price, coverage and the signal for the one priced below its cost.
  const products = book.tables.find(t => t.name === 'vcProducts')!;
  expect(products.sheet).toBe('VC Financiën');
  const { rows } = tableOf(book, 'vcProducts');
  expect(rows.map(r => r.Signaal)).toEqual(f.products.map(p => (p.belowCost ? 'tarief onder de kostprijs' : '')));
  expect(rows.map(r => r['Kostprijs per product'])).toEqual(f.products.map(p => p.costPrice));
});

test('a typed team cost is marked as typed, and reads back as typed; an empty one as from the salaries', async () => {
  const typed = { ...samplePlan(), organisation: { ...samplePlan().organisation, teamCost: 1500000 } };
  const book = await saved(typed);
  const used = beside(book, 'VC Financiën', 'Teamkosten per jaar in de berekening (€)');
  expect(used.value).toBe(1500000);
  expect(used.marker).toBe('ingevuld op VC Bandbreedte');
  const again = await memoryStorage(book, 'nl', () => TODAY).load();
  expect(again.warnings).toEqual([]);
  expect(again.plan.organisation.teamCost).toBe(1500000);
  const fromSalaries = await memoryStorage(await saved(samplePlan()), 'nl', () => TODAY).load();
  expect(fromSalaries.plan.organisation.teamCost).toBeNull();
  expect(fromSalaries.plan.finance).toEqual(samplePlan().finance);
});

test('the team cost under the label it had before (a workbook of an earlier version) is read as typed', async () => {
  const typed = { ...samplePlan(), organisation: { ...samplePlan().organisation, teamCost: 1710000 } };
  const book = await saved(typed);
  const line = beside(
    book,
    'VC Bandbreedte',
    'Teamkosten per jaar, zelf ingevuld (€; leeg: uit salarissen op VC Financiën)',
  );
  book.setCell('VC Bandbreedte', `A${line.address.slice(1)}`, 'Teamkosten per jaar (€)');
  const loaded = await memoryStorage(book, 'nl', () => TODAY).load();
  expect(loaded.warnings).toEqual([]);
  expect(loaded.plan.organisation.teamCost).toBe(1710000);
});

test('VC Overzicht shows the hourly rate, the cost of the FTE shortfall and the budget left, linked to VC Financiën', async () => {
  const plan = samplePlan();
  const book = await saved(plan);
  const f = financeFigures(plan, TODAY);
  for (const [label, value] of [
    ['Integraal uurtarief (€)', ok(f.hourlyRate)],
    ['Kosten van het fte-tekort per jaar (€)', ok(f.total.shortfallCost)],
    ['Begroting min verwachte kosten (€)', ok(f.total.budgetLeft)],
  ] as const) {
    const onOverview = beside(book, 'VC Overzicht', label);
    const onFinance = beside(book, 'VC Financiën', label);
    expect(onOverview.value).toBe(value);
    // A formula that points at the figure on VC Financiën, so the page for the meeting cannot differ from it.
    expect(book.sheet('VC Overzicht')!.cells.get(onOverview.address)?.formula).toBe(
      `='VC Financiën'!${onFinance.address.replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`,
    );
  }
});

/** The sample with no tariffs and a budget for Centrum only. */
function fewInputs(): Plan {
  const plan = samplePlan();
  const budgets = [{ team: 'Centrum', budget: 390000, budgetFte: null }];
  return { ...plan, finance: { ...plan.finance, products: [], budgets } };
}

test('without tariffs and with one budget, VC Financiën still has a row per category and per team, and reads back the same', async () => {
  const plan = fewInputs();
  const book = await saved(plan);
  const f = financeFigures(plan, TODAY);
  const products = tableOf(book, 'vcProducts').rows;
  expect(products.map(r => r.Product)).toEqual(plan.bandwidth.categories.map(c => c.name));
  // No tariff: the cost price still, no coverage and no signal.
  expect(products.map(r => [r.Tarief, r.Tariefdekking, r.Signaal])).toEqual(
    plan.bandwidth.categories.map(() => ['', '', '']),
  );
  expect(products.map(r => r['Kostprijs per product'])).toEqual(
    plan.bandwidth.categories.map(c => c.hoursPerCase * ok(f.hourlyRate)),
  );
  const teams = tableOf(book, 'vcTeamFinance').rows;
  expect(teams.map(r => [r.Team, r.Begroting])).toEqual(
    plan.teams.map(t => [t.name, t.name === 'Centrum' ? 390000 : '']),
  );
  expect(teams.map(r => r['Begroting min verwachte kosten'])).toEqual(
    teams.map(r => (r.Team === 'Centrum' ? 390000 - Number(r['Verwachte kosten']) : '')),
  );
  const again = await memoryStorage(book, 'nl', () => TODAY).load();
  expect(again.warnings).toEqual([]);
  expect(again.plan.finance).toEqual(plan.finance);
});

test('a tariff or budget of a category or team no longer there stays on the sheet and reads back', async () => {
  const plan = fewInputs();
  const gone = {
    ...plan,
    finance: {
      ...plan.finance,
      products: [{ product: 'Vervallen categorie', tariff: 1200 }],
      budgets: [...plan.finance.budgets, { team: 'Opgeheven team', budget: 5000, budgetFte: 1 }],
    },
  };
  const book = await saved(gone);
  expect(tableOf(book, 'vcProducts').rows.at(-1)).toMatchObject({ Product: 'Vervallen categorie', Tarief: 1200 });
  expect(tableOf(book, 'vcTeamFinance').rows.at(-1)).toMatchObject({ Team: 'Opgeheven team', Begroting: 5000 });
  expect((await memoryStorage(book, 'nl', () => TODAY).load()).plan.finance).toEqual(gone.finance);
});

test('the budget left on VC Financiën sums only the teams with a budget', async () => {
  const plan = fewInputs();
  const book = await saved(plan);
  const centrum = tableOf(book, 'vcTeamFinance').rows.find(r => r.Team === 'Centrum')!;
  const everyone = beside(book, 'VC Financiën', 'Verwachte kosten in het begrotingsjaar (€)').value as number;
  const left = beside(book, 'VC Financiën', 'Begroting min verwachte kosten (€)').value as number;
  expect(beside(book, 'VC Financiën', 'Begroting (€)').value).toBe(390000);
  expect(left).toBeCloseTo(390000 - Number(centrum['Verwachte kosten']), 6);
  // Not the budget minus what every team costs.
  expect(left).toBeGreaterThan(390000 - everyone);
  expect(
    book.cell('VC Financiën', beside(book, 'VC Financiën', 'Begroting min verwachte kosten (€)').address)?.formula,
  ).toBe('=SUM(vcTeamFinance[Begroting min verwachte kosten])');
});

test('VC Financiën counts the people on the roster without pay, and averages the cost over those with pay', async () => {
  const plan = samplePlan();
  const book = await saved(plan);
  const line = (label: string) => beside(book, 'VC Financiën', label).value as number;
  // Whoever is on a roster today without a pay line (each person once, whatever their rows).
  const inForce = (p: { from: string; to: string }) => (!p.from || p.from <= TODAY) && (!p.to || p.to >= TODAY);
  const unpaid = plan.teams.flatMap(team =>
    [...new Set(team.roster.filter(inForce).map(p => p.name))].filter(
      name => !plan.finance.pay.some(p => p.team === team.name && p.name === name),
    ),
  );
  expect(unpaid.length).toBeGreaterThan(0);
  expect(line('Mensen op het rooster zonder salarisregel')).toBe(unpaid.length);
  const paid = tableOf(book, 'vcPay').rows.reduce((sum, r) => sum + Number(r['Bezetting (fte)']), 0);
  expect(line('Bezetting met een salarisregel (fte)')).toBeCloseTo(paid, 9);
  expect(line('Bezetting met een salarisregel (fte)')).toBeLessThan(line('Bezetting (fte)'));
  expect(line('Gemiddelde kosten per fte (€)')).toBeCloseTo(
    line('Teamkosten per jaar uit salarissen (€)') / line('Bezetting met een salarisregel (fte)'),
    6,
  );
});

test('vcTeamFinance holds the budgeted FTE beside the roster’s FTE over the year, as the pane does', async () => {
  const plan = samplePlan();
  const book = await saved(plan);
  const f = financeFigures(plan, TODAY);
  const rows = tableOf(book, 'vcTeamFinance').rows;
  expect(
    rows.map(r => [r.Team, r['Begrote fte'], r['Fte in het begrotingsjaar'], r['Begrote fte min fte in het jaar']]),
  ).toEqual(f.teams.map(t => [t.name, t.budgetFte ?? '', t.fteInYear, t.fteLeft ?? '']));
  // Zuid: Lotte's leave and Tim's start count for their part of the year.
  const zuid = plan.teams.find(t => t.name === 'Zuid')!;
  const year = Number(TODAY.slice(0, 4));
  const days = (from: string, to: string) => {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year, 11, 31);
    const first = Math.max(from ? Date.parse(from) : start, start);
    const last = Math.min(to ? Date.parse(to) : end, end);
    return last >= first ? (last - first) / 86400000 + 1 : 0;
  };
  const expected = zuid.roster.reduce((sum, p) => sum + (p.fte * days(p.from, p.to)) / 365, 0);
  expect(rows.find(r => r.Team === 'Zuid')!['Fte in het begrotingsjaar']).toBeCloseTo(expected, 9);
  expect(beside(book, 'VC Financiën', 'Begrote fte').value).toBe(
    plan.finance.budgets.reduce((sum, b) => sum + (b.budgetFte ?? 0), 0),
  );
});

test('a workbook VC Financiën was written in before the budgeted FTE opens with nothing reported and every value kept', async () => {
  const folder = path.resolve(__dirname, '../fixtures/format-2-finance');
  const stored = JSON.parse(fs.readFileSync(path.join(folder, 'plan.json'), 'utf8'));
  const book = await importXlsx(fs.readFileSync(path.join(folder, 'written-by-main.xlsx')));
  const storage = memoryStorage(book, 'nl', () => TODAY);
  const loaded = await storage.load();
  expect(loaded.warnings).toEqual([]);
  const { budgets, ...finance } = stored.finance;
  // It had no IKB either: read as 0, its salaries as they were typed.
  expect(loaded.plan.finance).toEqual({
    ...finance,
    ikbShare: 0,
    budgets: budgets.map((b: object) => ({ ...b, budgetFte: null })),
  });
  expect(loaded.plan.organisation).toEqual(stored.organisation);
  // The next save writes today's layout, and reads back the same.
  expect((await storage.save(loaded.plan)).skipped).toEqual([]);
  const again = await storage.load();
  expect(again.warnings).toEqual([]);
  expect(again.plan).toEqual(loaded.plan);
  expect(tableOf(book, 'vcTeamFinance').header).toContain('Begrote fte');
  expect(tableOf(book, 'vcProducts').rows).toHaveLength(stored.bandwidth.categories.length);
});
