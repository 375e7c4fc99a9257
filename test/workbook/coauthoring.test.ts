// Two people with the pane open on one shared workbook (OneDrive/SharePoint co-authoring). A save
// checks, in the same round trip that reads the workbook, whether someone else saved since this
// pane loaded; if so it writes nothing, says what the other changed, and hands back this person's
// changes re-applied on the other's: after saving that, both people's rows are in the workbook.
import { samplePlan } from '../../src/core';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { fakeExcel } from './support/fakeExcel';
import { AdapterKind, bookWith, officeStorage } from './support/storage';

const newcomer = (name: string) => ({
  name,
  fte: 0.8,
  reduction: 0,
  from: '',
  to: '',
  openCases: 0,
  indirectHoursPerWeek: 0,
});

describe.each(['memory', 'office'] as const)('two panes on one workbook (%s)', (kind: AdapterKind) => {
  const storageOn = (book: MemoryWorkbook) => {
    const excel = fakeExcel(book);
    return { excel, storage: kind === 'memory' ? memoryStorage(book) : officeStorage(excel.run) };
  };

  it('a revision conflict leaves both people’s rows, and the second save writes them all', async () => {
    const book = await bookWith(samplePlan());
    const anna = storageOn(book);
    const bert = storageOn(book);
    const planA = (await anna.storage.load()).plan;
    const planB = (await bert.storage.load()).plan;

    // Anna adds a colleague to Noord and saves.
    const annas = {
      ...planA,
      teams: planA.teams.map((t, i) => (i === 0 ? { ...t, roster: [...t.roster, newcomer('Anna’s nieuwe')] } : t)),
    };
    expect((await anna.storage.save(annas)).conflict).toBeUndefined();

    // Bert, who loaded before, adds one to Zuid and saves: nothing is written, he is told why.
    const berts = {
      ...planB,
      teams: planB.teams.map((t, i) => (i === 2 ? { ...t, roster: [...t.roster, newcomer('Bert’s nieuwe')] } : t)),
    };
    bert.excel.resetSyncs();
    const first = await bert.storage.save(berts);
    if (kind === 'office') expect(bert.excel.syncs()).toBe(1); // the check found the change: no write
    expect(first.written).toEqual([]);
    expect(first.conflict?.changes).toEqual([{ where: 'teams.Noord.roster', kind: 'added', count: 1 }]);
    expect(first.conflict?.theirs).toEqual(annas);
    const merged = first.conflict!.merged;
    expect(merged.teams[0].roster.at(-1)?.name).toBe('Anna’s nieuwe');
    expect(merged.teams[2].roster.at(-1)?.name).toBe('Bert’s nieuwe');

    // Saving what the pane now holds writes both, in two round trips.
    bert.excel.resetSyncs();
    const second = await bert.storage.save(merged);
    expect(second.conflict).toBeUndefined();
    if (kind === 'office') expect(bert.excel.syncs()).toBe(2);
    const read = await memoryStorage(book).load();
    expect(read.plan).toEqual(merged);
  });

  it('a row typed by hand in the sheet since the load also stops the save, and is kept', async () => {
    const book = await bookWith(samplePlan());
    const { storage } = storageOn(book);
    const plan = (await storage.load()).plan;
    // Someone types a new agreement straight into the table (the row Excel adds as the table grows).
    const table = book.tables.find(t => t.name === 'vcAgreements')!;
    const [, bottom] = table.address.split(':');
    const next = Number(bottom.replace(/\D/g, '')) + 1;
    book.setCell('VC Implementatie', `L${next}`, 'Bij ziekte');
    book.setCell('VC Implementatie', `M${next}`, 'Casussen herverdelen');
    book.setCell('VC Implementatie', `N${next}`, 'Teamleider');
    book.apply([{ op: 'resizeTable', sheet: 'VC Implementatie', name: 'vcAgreements', address: `L22:N${next}` }]);
    const saved = await storage.save({ ...plan, bandwidth: { ...plan.bandwidth, caseDurationWeeks: 30 } });
    expect(saved.conflict?.changes).toEqual([{ where: 'implement.agreements', kind: 'added', count: 1 }]);
    expect(saved.conflict?.merged.implement.agreements.at(-1)).toEqual({
      when: 'Bij ziekte',
      action: 'Casussen herverdelen',
      who: 'Teamleider',
    });
    expect(saved.conflict?.merged.bandwidth.caseDurationWeeks).toBe(30);
  });

  it('without anyone else saving, a save goes through at once', async () => {
    const { storage } = storageOn(await bookWith(samplePlan()));
    const plan = (await storage.load()).plan;
    expect((await storage.save(plan)).conflict).toBeUndefined();
    expect((await storage.save(plan)).conflict).toBeUndefined(); // its own save is not someone else's
  });
});
