// One person's own notes in the pane: read from this browser when the person is chosen, kept and
// removed there (ownNotes.ts), with what went wrong said in the user's words: a browser that keeps
// nothing (a private window, storage switched off) or notes a newer version wrote.
import { useCallback, useEffect, useState } from 'react';
import type { Note } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';
import { indexedDbShelf } from '../state/indexedDbShelf';
import { reasonOf } from '../state/WorkbookProvider';
import { OWN_NOTES_DB, OwnNotes, UnreadableNotes } from './ownNotes';

let shared: OwnNotes | undefined;
/** The notes kept in this browser: one store for the pane, made when first needed. */
const ownNotes = () => (shared ??= new OwnNotes(indexedDbShelf(OWN_NOTES_DB)));

export interface OwnNotesOf {
  notes: readonly Note[];
  /** Why the notes could not be read or kept, in the user's words. */
  problem: string | undefined;
  /** Keeps the notes; false when this browser did not keep them (the problem says why). */
  add(notes: readonly Note[]): Promise<boolean>;
  remove(note: Note): Promise<boolean>;
}

/** The own notes under `key` (ownNotesKey), or none while nobody is chosen. */
export function useOwnNotes(key: string | undefined): OwnNotesOf {
  const strings = useStrings();
  const [read, setRead] = useState<{ key: string; notes: readonly Note[] }>();
  const [problem, setProblem] = useState<string>();
  const say = useCallback(
    (error: unknown) =>
      setProblem(
        error instanceof UnreadableNotes ? strings.ownNotesUnreadable : strings.ownNotesUnavailable(reasonOf(error)),
      ),
    [strings],
  );

  useEffect(() => {
    setProblem(undefined);
    if (key === undefined) return;
    let current = true;
    ownNotes()
      .of(key)
      .then(
        notes => current && setRead({ key, notes }),
        error => current && say(error),
      );
    return () => {
      current = false;
    };
  }, [key, say]);

  const run = useCallback(
    async (change: (store: OwnNotes, at: string) => Promise<Note[]>) => {
      if (key === undefined) return false;
      try {
        setRead({ key, notes: await change(ownNotes(), key) });
        setProblem(undefined);
        return true;
      } catch (error) {
        say(error);
        return false;
      }
    },
    [key, say],
  );

  return {
    notes: read && read.key === key ? read.notes : [],
    problem,
    add: notes => run((store, at) => store.add(at, notes)),
    remove: note => run((store, at) => store.remove(at, note)),
  };
}
