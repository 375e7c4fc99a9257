// Pane texts in English for where the pane runs; same ids as the Dutch ones.
import type { ExcelVersions, PaneHostTexts } from '../nl/paneHost';

export const paneHost: PaneHostTexts = {
  excelTooOldTitle: 'This Excel is too old for the task pane',
  excelTooOld: (set: string) =>
    `The task pane needs the Excel API ${set}, which this Excel does not have. So it does not open here, and ` +
    'nothing is left half-written in your workbook.',
  excelTooOldVersions: (minimum: ExcelVersions) =>
    `It works in Excel for Microsoft 365 from version ${minimum.version} (build ${minimum.build}), in Excel ` +
    `${minimum.perpetual} and later, in Excel for Mac from ${minimum.mac} and in Excel on the web.`,
  excelTooOldUpdate:
    'Update Excel (File > Account > Update Options > Update Now), ask your IT department for a newer version, ' +
    'or open the workbook in Excel on the web.',
  excelTooOldFunctions: 'The CASELOAD functions in your cells still work.',
  officeJsMissingTitle: 'The task pane cannot connect to Excel',
  officeJsMissing: (script: string) =>
    `Excel opened the task pane, but Office.js, the part from Microsoft through which the pane talks to your ` +
    `workbook, did not load (${script}). Nothing in your workbook was read or written.`,
  officeJsMissingCause:
    'Usually a proxy, firewall or web filter blocks that address, or the internet is briefly unavailable. Close ' +
    'the task pane and open it again. If this stays, ask your IT department to allow that address.',
  officeJsMissingFunctions:
    'As long as Office.js does not load, the CASELOAD functions in your cells do not compute either.',
};
