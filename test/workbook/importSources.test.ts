// Taking the roster, the case counts and the costs from the user's own tables: what is read, what
// is added up, and which rows are reported because they could not be read.
import { inPeriod, samplePlan } from '../../src/core';
import {
  guessColumn,
  importCaseList,
  importCosts,
  importRoster,
  withCaseCounts,
  withRoster,
} from '../../src/workbook/importSources';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { bookWith, officeStorage } from './support/storage';
import { sampleSources } from './support/userSheets';
import { fakeExcel } from './support/fakeExcel';

describe('importRoster', () => {
  const rows = [
    ['Naam', 'Fte', 'Korting', 'Opmerking'],
    ['Anouk', 0.89, 0, ''],
    ['Bram', '1', '', 'fte als tekst uit een CSV'],
    ['Chantal', '0,78', '20%', ''],
    [null, null, null, null], // an empty row: not a problem, not a person
    ['Dennis', 'veel', 0, ''],
    ['', 1, 0, 'geen naam'],
    ['Esra', 0.67, 1.5, 'korting boven 100%'],
    ['Fleur', null, 0, 'fte leeg'],
  ];

  it('reads names, FTE and reductions, numbers typed as text included', () => {
    const { value } = importRoster(rows, { name: 'Naam', fte: 'Fte', reduction: 'Korting' });
    expect(value.map(p => [p.name, p.fte, p.reduction])).toEqual([
      ['Anouk', 0.89, 0],
      ['Bram', 1, 0],
      ['Chantal', 0.78, 0.2],
    ]);
  });

  it('reports every row it could not read, by row and column as the user sees them', () => {
    const { skipped, skippedCount } = importRoster(rows, { name: 'Naam', fte: 'Fte', reduction: 'Korting' });
    expect(skippedCount).toBe(4);
    expect(skipped).toEqual([
      { row: 6, column: 'Fte', value: 'veel' },
      { row: 7, column: 'Naam', value: '' },
      { row: 8, column: 'Korting', value: '1.5' },
      { row: 9, column: 'Fte', value: '' },
    ]);
  });

  it('keeps what the plan knew about a person the roster does not say', () => {
    const plan = samplePlan();
    const { value } = importRoster(rows, { name: 'Naam', fte: 'Fte' });
    const merged = withRoster(plan, 0, value, { name: 'Naam', fte: 'Fte' });
    expect(merged.teams[0].roster.find(p => p.name === 'Chantal')).toEqual({
      name: 'Chantal',
      fte: 0.78,
      reduction: 0.2,
      from: '',
      to: '',
      openCases: 9,
      indirectHoursPerWeek: 10,
    });
    // Only the team imported into changes.
    expect(merged.teams.slice(1)).toEqual(plan.teams.slice(1));
  });

  it('refuses a column the source does not have', () => {
    expect(() => importRoster(rows, { name: 'Naam', fte: 'FTE' })).toThrow(/FTE/);
  });
});

describe('importCaseList', () => {
  const rows = [
    ['Dossier', 'Categorie', 'Casusregisseur'],
    ['W-1', 'Enkelvoudige vraag', 'Anouk'],
    ['W-2', 'Meervoudige vraag', 'Bram'],
    ['W-3', ' Enkelvoudige vraag ', 'Anouk'],
    ['W-4', '', 'Bram'],
    ['W-5', 'Nieuwe categorie', ''],
    [null, null, null],
  ];

  it('counts the cases per category and the open cases per worker', () => {
    const { value, skipped } = importCaseList(rows, { category: 'Categorie', worker: 'Casusregisseur' });
    expect(value.categories).toEqual([
      { name: 'Enkelvoudige vraag', count: 2 },
      { name: 'Meervoudige vraag', count: 1 },
      { name: 'Nieuwe categorie', count: 1 },
    ]);
    expect(value.workers).toEqual([
      { name: 'Anouk', count: 2 },
      { name: 'Bram', count: 1 },
    ]);
    expect(skipped).toEqual([
      { row: 5, column: 'Categorie', value: '' },
      { row: 6, column: 'Casusregisseur', value: '' },
    ]);
  });

  it('updates known categories, adds new ones, and sets open cases per person', () => {
    const { value } = importCaseList(rows, { category: 'Categorie', worker: 'Casusregisseur' });
    const plan = withCaseCounts(samplePlan(), 1, value);
    // The categories are shared: a new one is added with its hours still to fill in.
    expect(plan.bandwidth.categories).toEqual([
      ...samplePlan().bandwidth.categories,
      { id: expect.any(String), name: 'Nieuwe categorie', hoursPerCase: 0 },
    ]);
    expect(new Set(plan.bandwidth.categories.map(c => c.id)).size).toBe(4);
    // The counts are the team's (Centrum, the second team).
    expect(plan.teams[1].cases).toEqual([
      { category: 'Enkelvoudige vraag', count: 2 },
      { category: 'Meervoudige vraag', count: 1 },
      { category: 'Complexe multiproblematiek', count: 15 },
      { category: 'Nieuwe categorie', count: 1 },
    ]);
    expect(plan.teams[0].cases).toEqual(samplePlan().teams[0].cases);
    expect(plan.teams[1].roster.find(p => p.name === 'Gijs')?.openCases).toBe(14);
  });

  it('counts a 50,000-row case list in a few milliseconds', () => {
    const categories = ['Enkelvoudig', 'Meervoudig', 'Complex'];
    const big = [['Dossier', 'Categorie', 'Casusregisseur']];
    for (let i = 0; i < 50_000; i++) big.push([`W-${i}`, categories[i % 3], `Medewerker ${i % 40}`]);
    // The best of a few runs: the first ones also pay for compiling the loop.
    let ms = Infinity;
    let value = importCaseList(big, { category: 'Categorie', worker: 'Casusregisseur' }).value;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      value = importCaseList(big, { category: 'Categorie', worker: 'Casusregisseur' }).value;
      ms = Math.min(ms, performance.now() - start);
    }
    expect(value.categories.reduce((s, c) => s + c.count, 0)).toBe(50_000);
    expect(value.workers).toHaveLength(40);
    expect(ms).toBeLessThan(50);
  });
});

describe('importCosts', () => {
  it('adds up the chosen cost columns and reports what is not an amount', () => {
    const rows = [
      ['Post', 'Teamkosten', 'Ondersteuning'],
      ['Salarissen', 420000, ''],
      ['Scholing', '48000', 12000],
      ['Secretariaat', null, 72000],
      ['Reiskosten', 'n.t.b.', null],
    ];
    expect(guessColumn(rows[0], 'teamCost')).toBe('Teamkosten');
    expect(guessColumn(rows[0], 'supportCost')).toBe('Ondersteuning');
    const { value, skipped } = importCosts(rows, { teamCost: 'Teamkosten', supportCost: 'Ondersteuning' });
    expect(value).toEqual({ teamCost: 468000, supportCost: 84000 });
    expect(skipped).toEqual([{ row: 5, column: 'Teamkosten', value: 'n.t.b.' }]);
  });
});

describe.each(['memory', 'office'] as const)('the user tables offered for import (%s adapter)', kind => {
  const setUp = async () => {
    const book = await bookWith(samplePlan(), { sheets: sampleSources(), selection: 'Rooster!A1:C4' });
    return kind === 'memory' ? memoryStorage(book) : officeStorage(fakeExcel(book, { selection: 'Rooster!A1:C4' }).run);
  };

  it('lists the user tables (not the add-in tables) and the selection', async () => {
    const sources = await (await setUp()).listSources();
    expect(sources).toEqual([
      { name: 'Rooster', sheet: 'Rooster', columns: ['Naam', 'Functie', 'Fte', 'Korting'], rows: 6, kind: 'table' },
      {
        name: 'Casussen',
        sheet: 'Casussen',
        columns: ['Dossier', 'Categorie', 'Casusregisseur'],
        rows: 64,
        kind: 'table',
      },
      { name: 'Rooster!A1:C4', sheet: 'Rooster', columns: ['Naam', 'Functie', 'Fte'], rows: 3, kind: 'selection' },
    ]);
  });

  it('reads a case list that gives back the sample counts per person', async () => {
    const values = await (await setUp()).readSource('Casussen');
    expect(values).toHaveLength(65);
    const { value } = importCaseList(values, { category: 'Categorie', worker: 'Casusregisseur' });
    const today = samplePlan().teams[0].roster.filter(p => inPeriod('2026-12-02', p.from, p.to));
    expect(value.workers).toEqual(today.map(p => ({ name: p.name, count: p.openCases })));
  });
});
