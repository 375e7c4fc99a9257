// The pane's only door to a workbook. Two implementations: officeWorkbook (Excel, through
// Office.js) and memoryWorkbook (a plain browser and tests). Nothing else in the pane touches
// Office.js.
import { Plan } from '../../core';

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
    | 'newerVersion'; // made by a newer version of the add-in: read what we can, write nothing
  /** Extra detail to quote: a column name, a row number, a version. */
  detail?: string;
}

export interface LoadResult {
  plan: Plan;
  /** True when the workbook holds no plan yet (nothing of ours was found). */
  fresh: boolean;
  warnings: WorkbookWarning[];
  /** Sheets and tables the add-in will not write to, because of the warnings. */
  protectedNames: string[];
}

export interface SaveResult {
  /** Sheets written (created or updated). */
  written: string[];
  /** What was left alone, and why. */
  skipped: WorkbookWarning[];
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

export interface WorkbookAdapter {
  /** Reads the plan the add-in stored in this workbook (or an empty one). */
  load(): Promise<LoadResult>;
  /**
   * Writes the plan to the add-in's own sheets and tables only, going by what the last load found
   * (it loads first if there was none). Never writes a protected name.
   */
  save(plan: Plan): Promise<SaveResult>;
  /** The user's own tables, plus the current selection, to import from. */
  listSources(): Promise<SourceTable[]>;
  /** The values of a source (first row = headers). Read-only. */
  readSource(name: string): Promise<unknown[][]>;
}
