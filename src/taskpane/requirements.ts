// The Excel API requirement sets the pane needs in Excel, checked when it starts: in an Excel too
// old for one of them the pane says so in a sentence instead of failing halfway through a save.
// The manifest asks only what the custom functions need, so such an Excel still has the functions.
// Each set is listed with what the Office port (src/workbook/office/) uses it for; a test reads
// the port's calls and their sets from Office's type definitions and fails when one is missing.

export interface RequirementSet {
  readonly name: 'ExcelApi';
  readonly version: string;
  /** What of the Excel API needs it. */
  readonly uses: string;
}

/** Highest first: the first one missing is the one to name. */
export const PANE_REQUIREMENTS: readonly RequirementSet[] = [
  { name: 'ExcelApi', version: '1.13', uses: 'Table.resize: a table of the add-in grows or shrinks with its rows' },
  { name: 'ExcelApi', version: '1.8', uses: 'Range.dataValidation (drop-down lists) and ChartTrendline.forwardPeriod' },
  { name: 'ExcelApi', version: '1.7', uses: 'ChartSeries.trendlines and ChartAxis.setCategoryNames' },
  {
    name: 'ExcelApi',
    version: '1.4',
    uses: 'Worksheet.getUsedRangeOrNullObject, Range.getUsedRangeOrNullObject: a sheet or selection that may be empty',
  },
  { name: 'ExcelApi', version: '1.2', uses: 'Table.worksheet and RangeFormat.columnWidth' },
];

/** The Excel versions that have every set above (Microsoft's requirement set tables for ExcelApi 1.13). */
export const MINIMUM_EXCEL = {
  /** Microsoft 365 (and retail Office) on Windows: version and build. */
  version: '2102',
  build: '13801.20738',
  /** Volume-licensed Office on Windows. */
  perpetual: '2021',
  mac: '16.50',
} as const;

export type SetSupported = (name: string, version: string) => boolean;

/** The sets this Excel lacks, highest first (none: the pane can run). */
export function missingRequirements(isSetSupported: SetSupported): RequirementSet[] {
  return PANE_REQUIREMENTS.filter(set => {
    try {
      return !isSetSupported(set.name, set.version);
    } catch {
      return true;
    }
  });
}

/** Office's own check, inside Office. */
export const officeSetSupported: SetSupported = (name, version) =>
  Office.context.requirements.isSetSupported(name, version);
