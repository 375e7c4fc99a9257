// Two saves at the same moment: a save reads the workbook, compares, then writes, and the read and
// the write are separate round trips, so without a guard both would pass the check and the second
// write would take out the first. Excel runs a batch's operations in order and stops at the first
// that fails (the ones before it stay done), so the write itself starts with the check: it deletes
// the workbook name that marked the revision it read (a hidden name, vcRevision41), and adds the one
// for the revision it writes. Whoever saved in between deleted that name already: the delete fails,
// and nothing of the second write runs. A workbook without a mark yet (new, or saved by an earlier
// version) is guarded by the new name alone: two saves from the same revision both add it, and
// Excel refuses the second. Each mark holds a token of the save that made it, so a write that
// failed halfway can tell its own mark from someone else's.
import type { WriteStep } from '../saveSteps';

/** A workbook name marking the revision a save wrote, with the token of that save. */
export interface RevisionStamp {
  name: string;
  token: string;
}

const STAMP = /^vcRevision\d+$/i;

/** One of the add-in's marks (Excel's names are case-insensitive). */
export const isStampName = (name: string): boolean => STAMP.test(name);

export const stampName = (revision: number): string => `vcRevision${revision}`;

/** Different for every save; only compared, never secret. */
export const newToken = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** The steps a write starts with: take away the marks that were read, add the one for this revision. */
export const stampSteps = (read: readonly RevisionStamp[], stamp: RevisionStamp): WriteStep[] => [
  ...read.map((s): WriteStep => ({ op: 'deleteName', name: s.name })),
  { op: 'addName', name: stamp.name, text: stamp.token },
];
