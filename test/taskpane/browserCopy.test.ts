// The copy of the plan kept in the browser outside Excel (src/taskpane/state/browserCopy.ts): what
// the pane starts from after a reload, that the last change is what is kept, that a removal is
// never undone by a write still on its way, and that a browser that keeps nothing is said, not hidden.
import { emptyPlan, Plan, samplePlan } from '../../src/core';
import { BrowserCopy, Shelf } from '../../src/taskpane/state/browserCopy';
import { readCopy } from '../../src/taskpane/state/keptCopy';

/** A shelf in memory whose writes can be held back, as IndexedDB's take their time. */
class MemoryShelf implements Shelf {
  record: unknown;
  writes = 0;
  failWith: string | undefined;
  private held: (() => void)[] = [];
  holding = false;

  async get() {
    return this.record;
  }
  async put(record: unknown) {
    await this.wait();
    if (this.failWith) throw new Error(this.failWith);
    this.writes++;
    this.record = structuredClone(record);
  }
  async remove() {
    await this.wait();
    this.record = undefined;
  }
  release() {
    this.holding = false;
    for (const go of this.held.splice(0)) go();
  }
  private wait() {
    return this.holding ? new Promise<void>(resolve => this.held.push(resolve)) : Promise.resolve();
  }
}

const NOW = new Date(2026, 11, 2, 9, 5); // 2 December 2026, 09:05 local time
const renamed = (municipality: string): Plan => ({
  ...samplePlan(),
  situation: { ...samplePlan().situation, municipality },
});
const settle = () => new Promise<void>(resolve => setImmediate(resolve));

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
afterEach(() => jest.useRealTimers());

describe('the copy kept in this browser', () => {
  it('is kept once typing pauses, with the last change, when and from which file', async () => {
    const shelf = new MemoryShelf();
    const copy = new BrowserCopy(shelf, 400, () => NOW);
    copy.keep(renamed('Gemeente A'), 'plan.xlsx');
    copy.keep(renamed('Gemeente Ab'), 'plan.xlsx');
    await settle();
    expect(shelf.writes).toBe(0);
    jest.advanceTimersByTime(400);
    await settle();
    expect(shelf.writes).toBe(1);
    expect(await copy.read()).toEqual({
      plan: renamed('Gemeente Ab'),
      keptOn: '2026-12-02',
      keptAt: '09:05',
      fileName: 'plan.xlsx',
    });
  });

  it('is written at once when the page is about to go', async () => {
    const shelf = new MemoryShelf();
    const copy = new BrowserCopy(shelf, 400, () => NOW);
    copy.keep(renamed('Gemeente B'));
    copy.flush();
    await settle();
    const kept = await copy.read();
    expect(kept !== 'unreadable' && kept?.plan.situation.municipality).toBe('Gemeente B');
  });

  it('is gone after forget, also when a write was still waiting or on its way', async () => {
    const shelf = new MemoryShelf();
    const copy = new BrowserCopy(shelf, 400, () => NOW);
    shelf.holding = true;
    copy.keep(renamed('Gemeente C'));
    copy.flush(); // on its way, held by the shelf
    copy.keep(renamed('Gemeente Cd')); // waiting for a pause
    const forgotten = copy.forget();
    shelf.release();
    await forgotten;
    jest.advanceTimersByTime(1000);
    await settle();
    expect(await copy.read()).toBeUndefined();
  });

  it('says when this browser could not keep it, and that it could again', async () => {
    const shelf = new MemoryShelf();
    const copy = new BrowserCopy(shelf, 400, () => NOW);
    const heard = jest.fn();
    copy.subscribe(heard);
    shelf.failWith = 'QuotaExceededError';
    copy.keep(emptyPlan('nl'));
    copy.flush();
    await settle();
    expect(copy.problem).toBe('QuotaExceededError');
    shelf.failWith = undefined;
    copy.keep(emptyPlan('nl'));
    copy.flush();
    await settle();
    expect(copy.problem).toBeUndefined();
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('starts from nothing when the browser keeps nothing at all', async () => {
    const copy = new BrowserCopy({
      get: () => Promise.reject(new Error('indexedDB is not defined')),
      put: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    });
    expect(await copy.read()).toBeUndefined();
  });
});

describe('reading a stored record', () => {
  const record = { format: 1, plan: samplePlan(), keptOn: '2026-12-02', keptAt: '09:05' };

  it('gives the plan back as it was kept', () => {
    expect(readCopy(record)).toEqual({ plan: samplePlan(), keptOn: '2026-12-02', keptAt: '09:05' });
  });

  it('finds nothing where nothing was kept', () => {
    expect(readCopy(undefined)).toBeUndefined();
  });

  it('reads a plan kept before notes stayed with their person: its named notes shared without the name', () => {
    const today = samplePlan();
    // As that version kept it: no privacy settings, no listing day, each note with its person's name.
    const before: Record<string, unknown> = {
      ...today,
      teams: today.teams.map(({ sharedNotes, ...team }) => ({
        ...team,
        caseList: team.caseList.map(c => {
          const old: Partial<typeof c> = { ...c };
          delete old.listed;
          return old;
        }),
        notes: sharedNotes.map(n => ({ person: 'Quinten', ...n })),
      })),
    };
    delete before.privacy;
    const read = readCopy({ ...record, plan: before });
    expect(read === 'unreadable' ? read : read?.plan).toEqual({
      ...today,
      teams: today.teams.map(team => ({ ...team, caseList: team.caseList.map(c => ({ ...c, listed: '' })) })),
    });
    expect(JSON.stringify(read)).not.toContain('Quinten');
  });

  it('calls a record of another format, or a plan it cannot read, unreadable', () => {
    expect(readCopy({ ...record, format: 2 })).toBe('unreadable');
    expect(readCopy({ ...record, plan: { teams: 'none' } })).toBe('unreadable');
    expect(readCopy('a plan')).toBe('unreadable');
  });
});
