// A person's own reflection notes: kept in this browser (IndexedDB, on this computer, in a database
// of their own), never in the plan, the workbook or the copy of the plan the browser keeps outside
// Excel. The framework's reflection is safe and personal, so it stays with the person; a note
// reaches the team only when its person shares it, one by one, without a name (team.sharedNotes).
// Notes are kept per team and person: choosing someone shows theirs. Anyone who uses this browser
// can choose anyone, which the pane says. A record this version cannot read (a newer one wrote it)
// is never written over.
import { z } from 'zod';
import { nameKey, Note, NoteSchema } from '../../core';
import type { Shelf } from '../state/browserCopy';
import type { ShelfPlace } from '../state/indexedDbShelf';

/** Where the notes are: a database apart from the copy of the plan, so removing that copy leaves them. */
export const OWN_NOTES_DB: ShelfPlace = {
  database: 'verantwoorde-caseload-notities',
  store: 'own-notes',
  key: 'notes',
};

/** The stored record: its format first, then each person's notes under their team and name. */
const RecordSchema = z.object({ format: z.literal(1), people: z.record(z.string(), z.array(NoteSchema)) });
type NotesRecord = z.infer<typeof RecordSchema>;

/** Whose notes: a team (by id, so a renamed team keeps them) and a person (by name, in any case). */
export const ownNotesKey = (teamId: string, person: string): string => `${teamId}/${nameKey(person)}`;

/** The record on the shelf was written by a newer version: read nothing, write nothing. */
export class UnreadableNotes extends Error {}

const sameNote = (a: Note, b: Note) => a.date === b.date && a.aspect === b.aspect && a.note === b.note;

export class OwnNotes {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly shelf: Shelf) {}

  /** The notes of one person, oldest first. */
  async of(key: string): Promise<Note[]> {
    return (await this.record()).people[key] ?? [];
  }

  /** Keeps notes for a person; their notes after it. */
  add(key: string, notes: readonly Note[]): Promise<Note[]> {
    return this.change(key, known => [...known, ...notes]);
  }

  /** Removes one note of a person (the first that is the same); their notes after it. */
  remove(key: string, note: Note): Promise<Note[]> {
    return this.change(key, known => {
      const at = known.findIndex(n => sameNote(n, note));
      return at < 0 ? known : known.filter((_n, i) => i !== at);
    });
  }

  private async record(): Promise<NotesRecord> {
    const stored = await this.shelf.get();
    if (stored === undefined || stored === null) return { format: 1, people: {} };
    const read = RecordSchema.safeParse(stored);
    if (!read.success) throw new UnreadableNotes();
    return read.data;
  }

  /** One change at a time, each on the record as the one before left it. */
  private change(key: string, recipe: (known: Note[]) => Note[]): Promise<Note[]> {
    const next = this.queue.then(async () => {
      const record = await this.record();
      const notes = recipe(record.people[key] ?? []);
      const people = { ...record.people, [key]: notes };
      if (notes.length === 0) delete people[key];
      await this.shelf.put({ format: 1, people } satisfies NotesRecord);
      return notes;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
