// The reflection notes of formats 2 to 6 as they were, frozen: table vcNotes on VC Gesprek held each
// kept note with the name of the person it belonged to (Team, Naam, Datum, Aspect, Notitie), for
// everyone with the workbook to read. Today a person's notes stay in their own browser, and only a
// note someone chose to share reaches the workbook, without a name (vcSharedNotes). A workbook that
// still has vcNotes is read with nothing lost: each note becomes a shared note of its team without
// the name, the pane says whose notes were moved, and the next save takes vcNotes off the sheet.
// Never change this file: it describes workbooks users already have.
import { z } from 'zod';
import { AspectSchema, Note, Plan, TextSchema } from '../../core';
import { parseArea } from '../addresses';
import type { Kind } from '../cellKinds';
import { input, TableLayout, Words } from '../model';
import type { TableSnapshot } from '../storage/port';
import { teamNamed } from '../tableRows';

export const NAMED_NOTES_TABLE = 'vcNotes';

const NamedNoteSchema = z.object({ person: TextSchema, date: TextSchema, aspect: AspectSchema, note: TextSchema });
type NamedNote = z.infer<typeof NamedNoteSchema> & { team: string };

const w = (nl: string, en: string): Words => ({ nl, en });
const col = (nl: string, en: string, field: string, type: Kind = 'text') => input(w(nl, en), field, type);

/** The table as it was written, read where it is found. */
export const namedNotesLayout = (found: Pick<TableSnapshot, 'address'>): TableLayout => {
  const { top, left } = parseArea(found.address);
  return {
    name: NAMED_NOTES_TABLE,
    rows: { team: 'sharedNotes' },
    schema: NamedNoteSchema,
    columns: [
      col('Team', 'Team', 'team'),
      col('Naam', 'Name', 'person'),
      col('Datum', 'Date', 'date', 'date'),
      col('Aspect', 'Aspect', 'aspect', 'aspect'),
      col('Notitie', 'Note', 'note'),
    ],
    at: { row: top, col: left },
  };
};

/** Whose notes of one team were moved to the team's shared notes, without their names. */
export interface MovedNotes {
  team: string;
  /** The names the notes carried, each once, as they were written. */
  people: string[];
  count: number;
}

/**
 * Moves the named notes read into their teams' shared notes (a team named nowhere else is added), the
 * name left behind. A note the team already shares (the same date, aspect and text) is not added
 * twice, so reading a workbook that still holds vcNotes again changes nothing.
 */
export function moveNamedNotes(plan: Plan, rows: readonly Record<string, unknown>[]): MovedNotes[] {
  const moved = new Map<string, MovedNotes>();
  for (const row of rows as NamedNote[]) {
    const team = teamNamed(plan, row.team);
    const note: Note = { date: row.date, aspect: row.aspect, note: row.note };
    const shared = team.sharedNotes.some(k => k.date === note.date && k.aspect === note.aspect && k.note === note.note);
    if (!shared) team.sharedNotes.push(note);
    const said = moved.get(team.name) ?? { team: team.name, people: [], count: 0 };
    if (row.person.trim() && !said.people.includes(row.person.trim())) said.people.push(row.person.trim());
    said.count += 1;
    moved.set(team.name, said);
  }
  return [...moved.values()];
}
