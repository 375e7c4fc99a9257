// A person's own reflection notes (src/taskpane/conversation/ownNotes.ts): kept per team and person
// in a record of their own, never in the plan; each change made on the record as the one before
// left it; a record a newer version wrote is neither read nor written over.
import { Note } from '../../src/core';
import { ownNotesKey, OwnNotes, UnreadableNotes } from '../../src/taskpane/conversation/ownNotes';
import type { Shelf } from '../../src/taskpane/state/browserCopy';

class MemoryShelf implements Shelf {
  record: unknown;
  async get() {
    return structuredClone(this.record);
  }
  async put(record: unknown) {
    await new Promise(resolve => setImmediate(resolve)); // IndexedDB takes its time
    this.record = structuredClone(record);
  }
  async remove() {
    this.record = undefined;
  }
}

const note = (text: string, aspect: Note['aspect'] = 'energy'): Note => ({ date: '2026-12-02', aspect, note: text });

describe('own notes', () => {
  it('are kept per team and person, whatever the case of the name, and removed one by one', async () => {
    const shelf = new MemoryShelf();
    const notes = new OwnNotes(shelf);
    const anouk = ownNotesKey('t-noord', 'Anouk');
    expect(ownNotesKey('t-noord', ' ANOUK ')).toBe(anouk);
    expect(await notes.of(anouk)).toEqual([]);
    await notes.add(anouk, [note('Moe na het overleg'), note('Te veel tussendoor', 'quantity')]);
    await notes.add(ownNotesKey('t-noord', 'Bram'), [note('Storingen')]);
    expect(await notes.of(anouk)).toEqual([note('Moe na het overleg'), note('Te veel tussendoor', 'quantity')]);
    expect(await notes.of(ownNotesKey('t-zuid', 'Anouk'))).toEqual([]);
    expect(await notes.remove(anouk, note('Moe na het overleg'))).toEqual([note('Te veel tussendoor', 'quantity')]);
    // The record holds the people and their notes only: nothing of a plan.
    expect(shelf.record).toEqual({
      format: 1,
      people: { [anouk]: [note('Te veel tussendoor', 'quantity')], 't-noord/bram': [note('Storingen')] },
    });
    await notes.remove(ownNotesKey('t-noord', 'Bram'), note('Storingen'));
    expect(Object.keys((shelf.record as { people: object }).people)).toEqual([anouk]);
  });

  it('makes each change on what the one before left, however quickly they follow', async () => {
    const notes = new OwnNotes(new MemoryShelf());
    const key = ownNotesKey('t', 'Anouk');
    await Promise.all([notes.add(key, [note('een')]), notes.add(key, [note('twee')]), notes.add(key, [note('drie')])]);
    expect((await notes.of(key)).map(n => n.note)).toEqual(['een', 'twee', 'drie']);
  });

  it('leave a record a newer version wrote as it is, reading and writing nothing', async () => {
    const shelf = new MemoryShelf();
    shelf.record = { format: 2, people: { anything: 'else' } };
    const notes = new OwnNotes(shelf);
    await expect(notes.of('t/anouk')).rejects.toBeInstanceOf(UnreadableNotes);
    await expect(notes.add('t/anouk', [note('nieuw')])).rejects.toBeInstanceOf(UnreadableNotes);
    expect(shelf.record).toEqual({ format: 2, people: { anything: 'else' } });
  });
});
