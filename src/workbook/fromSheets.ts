// Reading a plan back from the workbook, and learning which of the add-in's sheets it may write.
// Tables are found by name, so a renamed sheet keeps working; a table or labelled cell that does
// not read cleanly is reported and its sheet protected: the add-in never writes over a hand edit
// it could not read. A workbook of an earlier format is read as that format and migrated; the
// next save rebuilds the add-in's sheets in today's format, or writes nothing if any was protected.
import type { z } from 'zod';
import { emptyPlan, emptyTeam, Language, PACKS, Plan, PlanSchema, withIds } from '../core';
import { parseCell } from './addresses';
import { emptyFormat1, Format1Schema, FORMAT_1_SHEET_OF, FORMAT_1_TABLES } from './formats/format1';
import { Conversion, migrate1 } from './formats/migrate1';
import { MovedNotes, moveNamedNotes, NAMED_NOTES_TABLE, namedNotesLayout } from './formats/namedNotes';
import { sheetsIn, tablesIn } from './formats/writtenIn';
import { ALL_TABLES, LAYOUT, lineRow } from './layout';
import { words } from './model';
import type { Column, SheetKey, SheetLayout, TableLayout } from './model';
import { setValueAt } from './planPaths';
import { cellInTheWay, onlyTells, readField, readTable, same } from './readTables';
import { FORMAT_VERSION, readSettings, SettingsRead } from './settings';
import { FINANCE_TABLES_FORMAT_2 } from './sheets/finance';
import { OVERVIEW_TABLES_FORMAT_2 } from './sheets/overview';
import { SETTINGS_CELL, SETTINGS_LABEL } from './sheets/settings';
import { listedOn } from './sheets/conversation';
import { TEAMS_TABLE, teamDeployable } from './sheets/teams';
import type { LoadResult, TableSnapshot, WorkbookSnapshot, WorkbookWarning } from './storage/port';
import { setRows } from './tableRows';

/** What the add-in may do with one of its sheets at the next save. */
export interface SheetState {
  key: SheetKey;
  /** The sheet's name in this workbook: the user may have renamed it. */
  name: string;
  /** rebuild: the sheet is the add-in's but of an earlier format: cleared and written afresh. */
  mode: 'create' | 'write' | 'rebuild' | 'protected';
  /** Why a protected sheet is left alone. */
  reason?: WorkbookWarning;
  /** The add-in's tables on it now, with their body rows. */
  rows: Record<string, number>;
  /** The add-in's charts on it now. */
  charts: string[];
}

export interface ReadResult extends LoadResult {
  state: SheetState[];
}

const OUR_TABLE_NAMES = new Set(
  [...ALL_TABLES, ...FORMAT_1_TABLES, { name: NAMED_NOTES_TABLE }].map(t => t.name.toLowerCase()),
);
export const isOurTable = (name: string): boolean => OUR_TABLE_NAMES.has(name.toLowerCase());

/** The sheets whose cells fromSheets needs: ours by name, and wherever our tables are. */
export const candidateSheets = (sheets: readonly string[], tables: readonly { name: string; sheet: string }[]) => {
  const names = new Set(LAYOUT.map(s => s.name));
  for (const t of tables) if (isOurTable(t.name)) names.add(t.sheet);
  return sheets.filter(name => names.has(name));
};

const cellOf = (grid: unknown[][] | undefined, address: string) => {
  const { row, col } = parseCell(address);
  return grid?.[row]?.[col] ?? null;
};

/** The format a workbook was written in: from its settings record, else from the tables it holds. */
function formatOf(settings: SettingsRead, tables: ReadonlyMap<string, TableSnapshot>): number {
  if (settings.state === 'ok') return settings.settings.version;
  const teams = tables.get('vcteams');
  if (tables.size === 0) return FORMAT_VERSION;
  if (!teams) return 1;
  // Format 4 gave vcTeams its Id column, format 5 its inzetbare bezetting, format 6 vcWeeks its
  // Controle column, format 7 vcCaseList the day a case was listed.
  const hasIn = (name: string, header: Column['header']) =>
    tables.get(name)?.values[0]?.some(cell => same(cell, header)) ?? true;
  if (!hasIn('vcteams', TEAMS_TABLE.columns.at(-1)!.header)) return 3;
  if (!hasIn('vcteams', teamDeployable.header)) return 4;
  if (
    !hasIn(
      'vcweeks',
      words(s => s.checks.header),
    )
  )
    return 5;
  return hasIn('vccaselist', listedOn.header) ? FORMAT_VERSION : 6;
}

/** The sheets as format 1 had them: today's labelled cells, format 1's tables. */
const FORMAT_1_SHEETS: readonly SheetLayout[] = LAYOUT.filter(s => s.key !== 'teams').map(sheet => ({
  ...sheet,
  tables: FORMAT_1_TABLES.filter(t => FORMAT_1_SHEET_OF[t.name] === sheet.key),
  chart: undefined,
}));

/** The sheets as format 2 had them: format 3's, but the tables of VC Financiën (no budgeted FTE) and VC Overzicht (no date in force) as they were. */
const FORMAT_2_TABLES: Partial<Record<SheetLayout['key'], SheetLayout['tables']>> = {
  finance: FINANCE_TABLES_FORMAT_2,
  overview: OVERVIEW_TABLES_FORMAT_2,
};
const FORMAT_2_SHEETS: readonly SheetLayout[] = sheetsIn(3, LAYOUT).map(sheet => {
  const tables = FORMAT_2_TABLES[sheet.key];
  return tables ? { ...sheet, tables: tablesIn(3, tables) } : sheet;
});
/** The sheets as format 3 had them: teams, areas and categories without their Id column. */
const FORMAT_3_SHEETS: readonly SheetLayout[] = sheetsIn(3, LAYOUT);
/** The sheets as format 4 had them: without the inzetbare bezetting, the formatietekort and the IKB. */
const FORMAT_4_SHEETS: readonly SheetLayout[] = sheetsIn(4, LAYOUT);
/** The sheets as format 5 had them: no Controle cells, weeks without their band version's date. */
const FORMAT_5_SHEETS: readonly SheetLayout[] = sheetsIn(5, LAYOUT);
/** The sheets as format 6 had them: no privacy settings, cases without the day they were listed. */
const FORMAT_6_SHEETS: readonly SheetLayout[] = sheetsIn(6, LAYOUT);
const SHEETS_OF_FORMAT: Record<number, readonly SheetLayout[]> = {
  1: FORMAT_1_SHEETS,
  2: FORMAT_2_SHEETS,
  3: FORMAT_3_SHEETS,
  4: FORMAT_4_SHEETS,
  5: FORMAT_5_SHEETS,
  6: FORMAT_6_SHEETS,
};

export interface FromSheetsResult extends ReadResult {
  /** Set when the workbook was of an earlier format: what was converted. */
  conversion?: Conversion;
  /** Set when the workbook held reflection notes with a name (vcNotes): whose were moved to the shared notes. */
  movedNotes?: MovedNotes[];
  /** The settings record's save count (0 without one). */
  revision: number;
}

/** The plan in a workbook, what could not be read, and what the add-in may write at the next save. */
export function fromSheets(snapshot: WorkbookSnapshot, language: Language, on: string): FromSheetsResult {
  const plan = emptyPlan(language) as Plan;
  plan.teams = [];
  const format1 = emptyFormat1();
  const warnings: WorkbookWarning[] = [];
  const state: SheetState[] = [];
  const tables = new Map(snapshot.tables.filter(t => isOurTable(t.name)).map(t => [t.name.toLowerCase(), t]));
  const exists = (name: string) => snapshot.sheets.includes(name);

  // The settings record: who made the workbook, with which version of the format.
  const settingsSheet = LAYOUT.find(s => s.key === 'settings')!;
  const settingsGrid = snapshot.cells[settingsSheet.name];
  const labelAddress = `A${parseCell(SETTINGS_CELL).row + 1}`;
  const settingsOurs = exists(settingsSheet.name) && same(cellOf(settingsGrid, labelAddress), SETTINGS_LABEL);
  const settings: SettingsRead = settingsOurs ? readSettings(cellOf(settingsGrid, SETTINGS_CELL)) : { state: 'absent' };
  const readOnly = settings.state === 'newer';
  const versionWarning: WorkbookWarning | undefined =
    settings.state === 'newer'
      ? { where: settingsSheet.name, problem: 'newerVersion', detail: String(settings.version) }
      : undefined;
  if (versionWarning) warnings.push(versionWarning);
  let settingsReason: WorkbookWarning | undefined;
  if (exists(settingsSheet.name) && !settingsOurs) {
    settingsReason = { where: settingsSheet.name, problem: 'sheetNotOurs' };
  } else if (settings.state === 'corrupt') {
    settingsReason = { where: settingsSheet.name, problem: 'settingsCorrupt' };
  }
  if (settingsReason) warnings.push(settingsReason);

  const hadPlan = settings.state !== 'absent' || tables.size > 0;
  const format = readOnly ? FORMAT_VERSION : formatOf(settings, tables);
  const older = hadPlan && format < FORMAT_VERSION;
  const sheets = SHEETS_OF_FORMAT[format] ?? LAYOUT;
  /** Where a table's rows go: today's plan, or format 1's lists until they are migrated. */
  const target = () => (format === 1 ? (format1 as unknown as Plan) : plan);
  // A table the record does not list came with a later version of the add-in: not missing, new.
  const listed = (t: TableLayout) => settings.state !== 'ok' || settings.settings.tables.includes(t.name);

  for (const sheet of sheets.filter(s => s.key !== 'settings')) state.push(readSheet(sheet));
  // Format 1's settings sheet held the record only.
  // Its labelled cells as the workbook's format wrote them.
  const settingsAsWritten = sheets.find(s => s.key === 'settings') ?? settingsSheet;
  if (settingsOurs && format > 1)
    warnings.push(...readFields(settingsAsWritten, settingsGrid ?? [], settingsSheet.name));
  state.push({
    key: 'settings',
    name: settingsSheet.name,
    mode: settingsReason || versionWarning ? 'protected' : exists(settingsSheet.name) ? 'write' : 'create',
    reason: settingsReason ?? versionWarning,
    rows: {},
    charts: [],
  });

  /** The sheet's labelled cells into the plan, and what could not be read. */
  function readFields(sheet: SheetLayout, grid: unknown[][], name: string): WorkbookWarning[] {
    const problems: WorkbookWarning[] = [];
    sheet.lines.forEach((line, i) => {
      if (line?.kind !== 'field') return;
      const read = readField(line, lineRow(i), grid, name);
      if ('warning' in read) problems.push(read.warning);
      else setValueAt(plan, line.path, read.value);
    });
    return problems;
  }

  function readSheet(sheet: SheetLayout): SheetState {
    const found = sheet.tables.map(t => tables.get(t.name.toLowerCase()));
    const hosts = [...new Set(found.flatMap(t => (t ? [t.sheet] : [])))];
    const none = { rows: {}, charts: [] };
    if (hosts.length === 0) {
      if (exists(sheet.name)) {
        const reason: WorkbookWarning = { where: sheet.name, problem: 'sheetNotOurs' };
        warnings.push(reason);
        return { key: sheet.key, name: sheet.name, mode: 'protected', reason, ...none };
      }
      // Deleted (or never made): written afresh at the next save.
      if (hadPlan)
        for (const t of sheet.tables.filter(listed)) warnings.push({ where: t.name, problem: 'tableMissing' });
      const mode = readOnly ? 'protected' : 'create';
      return { key: sheet.key, name: sheet.name, mode, reason: versionWarning, ...none };
    }

    const name = hosts.includes(sheet.name) ? sheet.name : hosts[0];
    const grid = snapshot.cells[name] ?? [];
    const sheetWarnings: WorkbookWarning[] = [];
    const rows: Record<string, number> = {};
    sheet.tables.forEach((layout, i) => {
      const table = found[i];
      if (table ? table.sheet !== name : listed(layout)) {
        sheetWarnings.push({ where: layout.name, problem: 'tableMissing' });
      }
      if (!table) return;
      const read = readTable(layout, table);
      // Format 1's week labels are said with what was converted (Conversion.labelWeeks), not twice.
      sheetWarnings.push(...(format === 1 ? read.warnings.filter(w => !onlyTells(w)) : read.warnings));
      if (read.rows) setRows(target(), layout, read.rows);
      rows[layout.name] = Math.max(table.values.length - 1, 1);
      const blocked = read.intact && table.sheet === name ? cellInTheWay(layout, table, grid) : undefined;
      if (blocked) sheetWarnings.push(blocked);
    });
    sheetWarnings.push(...readFields(sheet, grid, name));
    warnings.push(...sheetWarnings);
    const reason = versionWarning ?? sheetWarnings.find(w => !onlyTells(w));
    const charts = (snapshot.charts[name] ?? []).filter(chart => sheet.chart && chart.startsWith(sheet.chart.name));
    return { key: sheet.key, name, mode: reason ? 'protected' : older ? 'rebuild' : 'write', reason, rows, charts };
  }

  let conversion: Conversion | undefined;
  let result: Plan;
  if (format === 1 && hadPlan) {
    ({ plan: result, conversion } = migrate1(checked(Format1Schema, format1, language), plan, language, on));
    if (!exists('VC Teams')) state.push({ key: 'teams', name: 'VC Teams', mode: 'create', rows: {}, charts: [] });
    else
      state.push({
        key: 'teams',
        name: 'VC Teams',
        mode: 'protected',
        reason: { where: 'VC Teams', problem: 'sheetNotOurs' },
        rows: {},
        charts: [],
      });
    // An older workbook is rebuilt as a whole or not at all: tables move between sheets.
    const blocker = state.find(s => s.mode === 'protected');
    if (blocker)
      for (const s of state)
        if (s.mode !== 'protected') Object.assign(s, { mode: 'protected', reason: blocker.reason });
  } else {
    // Every team has all its lists, and a plan has at least one team to work in.
    result = { ...plan, teams: (plan.teams.length ? plan.teams : [emptyTeam()]).map(t => ({ ...emptyTeam(), ...t })) };
  }

  const movedNotes = format > 1 ? readNamedNotes(result) : undefined;

  /**
   * Notes with a name (formats 2 to 6, vcNotes) into their teams' shared notes, without the name.
   * The sheet that holds them is rebuilt at the next save, which takes vcNotes off it; a note that
   * cannot be read leaves the sheet as it is, so nothing is lost.
   */
  function readNamedNotes(into: Plan): MovedNotes[] | undefined {
    const found = tables.get(NAMED_NOTES_TABLE.toLowerCase());
    if (!found) return undefined;
    const read = readTable(namedNotesLayout(found), found);
    warnings.push(...read.warnings);
    const host = state.find(s => s.name === found.sheet && s.mode !== 'create');
    const trouble = read.warnings.find(w => !onlyTells(w));
    if (host && host.mode !== 'protected') {
      if (trouble) Object.assign(host, { mode: 'protected', reason: trouble });
      else
        Object.assign(host, {
          mode: 'rebuild',
          rows: { ...host.rows, [found.name]: Math.max(found.values.length - 1, 1) },
        });
    }
    return read.rows && read.rows.length > 0 ? moveNamedNotes(into, read.rows) : undefined;
  }

  const protectedNames = state
    .filter(s => s.mode === 'protected' && exists(s.name))
    .flatMap(s => [s.name, ...Object.keys(s.rows)]);
  const revision = settings.state === 'ok' ? settings.settings.revision : 0;
  const read = checked(PlanSchema, withIds(result), language);
  return {
    plan: read,
    fresh: !hadPlan,
    warnings,
    protectedNames,
    state,
    conversion,
    revision,
    ...(movedNotes ? { movedNotes } : {}),
  };
}

/**
 * What was read, as its schema has it. Every row and labelled cell was checked on its own, so the
 * whole fits; should it ever not, the user is told so in their own language (and where, in the
 * plan's terms), never shown the schema's own report.
 */
export function checked<T>(schema: z.ZodType<T>, value: unknown, language: Language): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(PACKS[language].pane.planDoesNotFit(result.error.issues[0]?.path.join(' › ') ?? ''));
}
