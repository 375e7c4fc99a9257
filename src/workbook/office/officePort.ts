// The workbook in Excel, through Office.js: the only module that touches the Excel API. It reads
// in at most two round trips (all names, then all cells it needs), writes in exactly one (every
// step queued, then one sync), and only carries out what saveSteps decided, behind the revision
// check PlanStorage puts first: nothing on a sheet that is not the add-in's or that was edited by hand.
import { FORECAST_WEEKS } from '../../core';
import { Area, areaAddress, blockArea, columnLetters, gridFromA1, parseArea, sheetOf } from '../addresses';
import { isCellError } from '../cellKinds';
import { candidateSheets, isOurTable } from '../fromSheets';
import type { WriteStep } from '../saveSteps';
import type { KnownNames, SourceTable, WorkbookPort, WorkbookSnapshot } from '../storage/port';
import { isStampName, RevisionStamp } from '../storage/revisionStamp';
import type { Cell, CellStyle } from '../toSheets';

/** Excel.run, or a stand-in with the same shape (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Rows per round trip when reading a source, well under Excel on the web's 5 MB response limit. */
const ROWS_PER_READ = 5000;
/** Points per character of column width, for Excel's default font. */
const POINTS_PER_CHARACTER = 6;

const STYLES: Record<CellStyle, (range: Excel.Range) => void> = {
  title: range => {
    range.format.font.bold = true;
    range.format.font.size = 14;
  },
  section: range => (range.format.font.bold = true),
  label: () => undefined,
  input: range => (range.format.fill.color = '#FFF2CC'),
  output: range => (range.format.font.bold = true),
  note: range => {
    range.format.font.italic = true;
    range.format.font.color = '#595959';
  },
};

/**
 * What Range.formulas takes for a cell: its formula, or its value ("" clears; null would skip it).
 * Text that Excel would read as a formula ("=…", "+31 6…", "- to do") gets Excel's text prefix,
 * an apostrophe that is not part of the value: a name typed in the pane never becomes a live
 * formula, and never makes the whole write fail as an invalid one.
 */
const formulaOf = (cell: Cell): string | number | boolean => {
  if (cell.formula) return cell.formula;
  if (cell.value === null || isCellError(cell.value)) return '';
  return typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value) ? `'${cell.value}` : cell.value;
};

/** A save mark's token, as its name's formula holds it: ="token". */
const stampsOf = (names: Excel.NamedItemCollection): RevisionStamp[] =>
  names.items
    .filter(item => isStampName(item.name))
    .map(item => ({ name: item.name, token: String(item.formula).replace(/^="?|"$/g, '') }));

function queue(workbook: Excel.Workbook, step: WriteStep): void {
  if (step.op === 'addName') {
    // Hidden, so it is in no list of names a user picks from; it refers to no cell.
    workbook.names.add(step.name, `="${step.text}"`).visible = false;
    return;
  }
  if (step.op === 'deleteName') {
    workbook.names.getItem(step.name).delete();
    return;
  }
  if (step.op === 'addSheet') {
    workbook.worksheets.add(step.sheet);
    return;
  }
  const sheet = workbook.worksheets.getItem(step.sheet);
  switch (step.op) {
    case 'addTable': {
      const table = sheet.tables.add(step.address, true);
      table.name = step.name;
      table.style = 'TableStyleMedium2';
      break;
    }
    case 'resizeTable':
      workbook.tables.getItem(step.name).resize(sheet.getRange(step.address));
      break;
    case 'write': {
      const { top, left } = parseArea(step.address);
      const area = blockArea({ row: top, col: left }, step.cells.length, step.cells[0].length);
      const range = sheet.getRange(areaAddress(area));
      // The format first: "@" makes Excel keep text such as "2026-09-15" as text, not a date.
      range.numberFormat = step.cells.map(row => row.map(cell => cell.format ?? 'General'));
      range.formulas = step.cells.map(row => row.map(formulaOf));
      const style = step.cells[0][0].style;
      if (style && area.top === area.bottom && area.left === area.right) STYLES[style](range);
      break;
    }
    case 'clear':
      sheet.getRange(step.address).clear();
      break;
    case 'list': {
      const cells = sheet.getRange(step.address);
      cells.dataValidation.clear();
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: step.words.join(',') } };
      break;
    }
    case 'chart': {
      const data = sheet.getRange(step.chart.series);
      const chart = step.exists ? sheet.charts.getItem(step.chart.name) : sheet.charts.add('Line', data, 'Columns');
      if (step.exists) {
        chart.setData(data, 'Columns');
      }
      // The team's rows are not next to the header row: the series are named from it here.
      step.chart.seriesNames.forEach((name, i) => (chart.series.getItemAt(i).name = name));
      if (!step.exists) {
        chart.name = step.chart.name;
        chart.title.text = step.chart.title;
        chart.setPosition(step.chart.from, step.chart.to);
        // Excel's own least-squares line through the caseloads (the first series), drawn on as far
        // ahead as the pane's forecast, so the trend stays visible as weeks are added in Excel.
        const trend = chart.series.getItemAt(0).trendlines.add('Linear');
        trend.forwardPeriod = FORECAST_WEEKS;
      }
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange(step.chart.categories));
      break;
    }
    case 'deleteChart':
      sheet.charts.getItem(step.name).delete();
      break;
    case 'deleteTable':
      // Table.delete removes the table and its cells, so a table of an older format leaves nothing behind.
      workbook.tables.getItem(step.name).delete();
      break;
    case 'clearSheet':
      sheet.getRange().clear();
      sheet.getRange().dataValidation.clear();
      break;
    case 'print': {
      // The same page as the .xlsx export writes: A4 landscape, one page, header with the printing date.
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.paperSize = 'A4';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      sheet.pageLayout.headersFooters.defaultForAllPages.leftHeader = step.print.header.left;
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = step.print.header.center;
      sheet.pageLayout.headersFooters.defaultForAllPages.rightHeader = '&D';
      break;
    }
    case 'widths':
      step.widths.forEach((width, i) => {
        const letters = columnLetters(i);
        sheet.getRange(`${letters}:${letters}`).format.columnWidth = width * POINTS_PER_CHARACTER;
      });
      break;
  }
}

export class OfficePort implements WorkbookPort {
  /** `run` stands in for Excel.run in tests. */
  constructor(private readonly run: ExcelRun = batch => Excel.run(batch)) {}

  readSnapshot(known?: KnownNames): Promise<WorkbookSnapshot> {
    return this.run(async context => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets.load('items/name');
      // The save marks (storage/revisionStamp.ts) come with the first round trip, whichever it is.
      const names = workbook.names.load('items/name,items/formula');
      let candidates: string[];
      let ours: { name: string; sheet: string; table: Excel.Table }[];
      if (known) {
        // Where a load found them: straight to them, in the same round trip as the sheet names.
        candidates = known.sheets;
        ours = known.tables.map(t => ({ ...t, table: workbook.tables.getItem(t.name) }));
      } else {
        // Round trip 1: the names of every sheet and table (and where each table is).
        const tables = workbook.tables.load('items/name,items/worksheet/name');
        await context.sync();
        const sheetNames = sheets.items.map(s => s.name);
        const all = tables.items.map(t => ({ name: t.name, sheet: t.worksheet.name, table: t }));
        candidates = candidateSheets(sheetNames, all);
        ours = all.filter(t => isOurTable(t.name));
        if (candidates.length === 0 && ours.length === 0) {
          return { sheets: sheetNames, cells: {}, tables: [], charts: {}, stamps: stampsOf(names) };
        }
      }

      // Round trip 2 (with `known`, the only one): the cells of the sheets that may be ours, our
      // tables and the charts there.
      const used = candidates.map(name => {
        const sheet = workbook.worksheets.getItem(name);
        return {
          name,
          range: sheet.getUsedRangeOrNullObject(true).load('address,values'),
          charts: sheet.charts.load('items/name'),
        };
      });
      const ranges = ours.map(t => ({ ...t, range: t.table.getRange().load('address,values') }));
      await context.sync();

      const result: WorkbookSnapshot = {
        sheets: sheets.items.map(s => s.name),
        cells: Object.fromEntries(
          used.map(u => [u.name, u.range.isNullObject ? [] : gridFromA1(u.range.address, u.range.values)]),
        ),
        tables: ranges.map(t => ({ name: t.name, sheet: t.sheet, address: t.range.address, values: t.range.values })),
        charts: Object.fromEntries(used.map(u => [u.name, u.charts.items.map(c => c.name)])),
        stamps: stampsOf(names),
      };
      return result;
    });
  }

  /** Every step queued, then one round trip. */
  apply(steps: readonly WriteStep[]): Promise<void> {
    return this.run(async context => {
      for (const step of steps) queue(context.workbook, step);
      await context.sync();
    });
  }

  async listSources(): Promise<SourceTable[]> {
    return this.run(async context => {
      const workbook = context.workbook;
      const tables = workbook.tables.load('items/name,items/worksheet/name');
      const selection = workbook.getSelectedRange().getUsedRangeOrNullObject(true).load('address,rowCount');
      await context.sync();

      const theirs = tables.items
        .filter(t => !isOurTable(t.name))
        .map(t => ({
          table: t,
          header: t.getHeaderRowRange().load('values'),
          body: t.getDataBodyRange().load('rowCount'),
        }));
      const selected = !selection.isNullObject && selection.rowCount > 1 ? selection.getRow(0).load('values') : null;
      await context.sync();

      const sources: SourceTable[] = theirs.map(({ table, header, body }) => ({
        name: table.name,
        sheet: table.worksheet.name,
        columns: header.values[0].map(String),
        rows: body.rowCount,
        kind: 'table',
      }));
      if (selected) {
        sources.push({
          name: selection.address,
          sheet: sheetOf(selection.address) ?? '',
          columns: selected.values[0].map(String),
          rows: selection.rowCount - 1,
          kind: 'selection',
        });
      }
      return sources;
    });
  }

  async readSource(name: string): Promise<unknown[][]> {
    return this.run(async context => {
      const workbook = context.workbook;
      const sheet = sheetOf(name);
      const range = sheet
        ? workbook.worksheets.getItem(sheet).getRange(name.slice(name.lastIndexOf('!') + 1))
        : workbook.tables.getItem(name).getRange();
      range.load('address');
      await context.sync();
      // Large lists are read in slices, each its own round trip.
      const area: Area = parseArea(range.address);
      const slices: Excel.Range[] = [];
      for (let top = area.top; top <= area.bottom; top += ROWS_PER_READ) {
        const bottom = Math.min(top + ROWS_PER_READ - 1, area.bottom);
        const slice = range.worksheet.getRange(areaAddress({ ...area, top, bottom })).load('values');
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one slice per round trip, on purpose
        await context.sync();
        slices.push(slice);
      }
      return slices.flatMap(slice => slice.values);
    });
  }
}
