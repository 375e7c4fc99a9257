// What the add-in needs of a workbook, and what it says back about one. A port is the small door
// each kind of workbook implements (Excel through Office.js, the in-memory workbook); everything
// else (reading the plan, deciding the writes, remembering what the last load found) is done once,
// in PlanStorage, for both.
import type { Disagreement, Plan, PlanChange } from '../../core';
import type { CellProblem } from '../cellKinds';
import type { Conversion } from '../formats/migrate1';
import type { WriteStep } from '../saveSteps';
import type { RevisionStamp } from './revisionStamp';

/** Something that could not be read or written, said in the user's terms. */
export interface WorkbookWarning {
  /** A sheet or table name the user can find in the workbook. */
  where: string;
  /** Stable code the pane turns into a sentence in the user's language. */
  problem:
    | 'sheetNotOurs' // a sheet with our name exists but was not made by the add-in
    | 'tableMissing' // one of our tables was deleted or renamed
    | 'columnsChanged' // columns were removed, renamed or reordered
    | 'rowUnreadable' // a row whose values do not fit (text in a number column, …)
    | 'settingsCorrupt' // the settings record is not valid
    | 'newerVersion' // made by a newer version of the add-in: read what we can, write nothing
    | 'weekNotADate'; // a week that is no date: kept as typed (and written back so), only said
  /** Extra detail to quote: a column name, a cell, a version number. */
  detail?: string;
  /** What is wrong with the cell named in `detail`, where that can be said (a text too long, a date). */
  why?: CellProblem;
  /** For a table row left out: what names it (a person's name and team), so nobody drops out unnoticed. */
  row?: string;
}

export interface LoadResult {
  plan: Plan;
  /** True when the workbook holds no plan yet (nothing of ours was found). */
  fresh: boolean;
  warnings: WorkbookWarning[];
  /** Sheets and tables the add-in will not write to, because of the warnings. */
  protectedNames: string[];
  /** The workbook was of an earlier format: what was converted (the next save writes today's format). */
  conversion?: Conversion;
}

export interface SaveResult {
  /** Sheets written (created or updated). */
  written: string[];
  /** What was left alone, and why. */
  skipped: WorkbookWarning[];
  /** Someone else saved (or edited the sheets) since this pane read the workbook: nothing was written. */
  conflict?: SaveConflict;
}

/** What a save found changed by someone else, and this person's changes re-applied on it. */
export interface SaveConflict {
  /** What the others changed, to show. */
  changes: PlanChange[];
  /** The plan as the workbook holds it now, with this person's changes re-applied: the pane's new plan. */
  merged: Plan;
  /** The plan as the workbook holds it now: the pane's new "last read". */
  theirs: Plan;
  /** What both changed differently: this person's version is in `merged`, theirs offered beside it. */
  disagreements: Disagreement[];
}

/** A table or range of the user's own, offered for import (never written to). */
export interface SourceTable {
  /** The table's name, or the address of the selection ("Blad1!A1:D20"); pass it to readSource. */
  name: string;
  sheet: string;
  columns: string[];
  rows: number;
  kind?: 'table' | 'selection';
}

/** One of the add-in's tables as found in the workbook (by name, wherever it is). */
export interface TableSnapshot {
  name: string;
  sheet: string;
  /** Header and body, e.g. "A7:G10". */
  address: string;
  values: unknown[][];
}

/** What a port reads from a workbook, in plain values: the input of fromSheets. */
export interface WorkbookSnapshot {
  /** Every sheet's name. */
  sheets: string[];
  /** The cell values of the sheets that may be the add-in's (see candidateSheets), as grids from A1. */
  cells: Record<string, unknown[][]>;
  tables: TableSnapshot[];
  /** Chart names on those sheets. */
  charts: Record<string, string[]>;
  /** The add-in's save marks among the workbook's names (normally one; none before the first save). */
  stamps: RevisionStamp[];
}

/** The add-in's sheets and tables as a load found them, so a later read can go straight to them. */
export interface KnownNames {
  sheets: string[];
  tables: { name: string; sheet: string }[];
}

/** The door to one kind of workbook. */
export interface WorkbookPort {
  /**
   * The add-in's sheets, tables and charts as they are now. With `known`, only those are read, in
   * one round trip; a known sheet or table that is gone makes the read fail.
   */
  readSnapshot(known?: KnownNames): Promise<WorkbookSnapshot>;
  /** Carries out a save's steps in order, all or (on a failure) as far as the workbook took them. */
  apply(steps: readonly WriteStep[]): Promise<void>;
  /** The user's own tables, plus the current selection, to import from. */
  listSources(): Promise<SourceTable[]>;
  /** The values of a source (first row = headers). Read-only. */
  readSource(name: string): Promise<unknown[][]>;
}

/** What the pane uses: the plan in a workbook, and the user's own tables to import from. */
export interface PlanStore {
  /** Reads the plan the add-in stored in this workbook (or an empty one). */
  load(): Promise<LoadResult>;
  /** Writes the plan to the add-in's own sheets and tables only; never writes a protected name. */
  save(plan: Plan): Promise<SaveResult>;
  listSources(): Promise<SourceTable[]>;
  readSource(name: string): Promise<unknown[][]>;
}
