// The sheet "VC Financiën" holds the figures the pane shows: each labelled figure caches the value
// core's financeFigures gives (the formulas compute the same, see libreOffice.test.ts). A typed team
// cost is marked as typed beside the team cost used, reads back as typed, and an empty cell reads
// back as "from the salaries"; the label it had before still reads.
import { financeFigures, isError, Plan, Result, samplePlan } from '../../src/core';
import { MemoryWorkbook } from '../../src/workbook';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';

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
  const sheet = book.sheet('VC Financiën')!;
  const signals = f.products.map((_p, i) => sheet.cells.get(`S${30 + i}`)?.value ?? '');
  expect(signals).toEqual(f.products.map(p => (p.belowCost ? 'tarief onder de kostprijs' : '')));
  expect(f.products.map((_p, i) => sheet.cells.get(`Q${30 + i}`)?.value)).toEqual(f.products.map(p => p.costPrice));
});

test('a typed team cost is marked as typed, and reads back as typed; an empty one as from the salaries', async () => {
  const typed = { ...samplePlan(), organisation: { ...samplePlan().organisation, teamCost: 1500000 } };
  const book = await saved(typed);
  const used = beside(book, 'VC Financiën', 'Teamkosten per jaar in de berekening (€)');
  expect(used.value).toBe(1500000);
  expect(used.marker).toBe('getypt op VC Bandbreedte');
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
  const line = beside(book, 'VC Bandbreedte', 'Teamkosten per jaar, getypt (€; leeg: uit salarissen op VC Financiën)');
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
