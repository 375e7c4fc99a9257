// Pane texts in English for working in a plain browser; same ids as the Dutch ones.
import type { PaneBrowserTexts } from '../nl/paneBrowser';

export const paneBrowser: PaneBrowserTexts = {
  browserNotDownloaded: 'Not downloaded yet.',
  browserKeptHere:
    'Until then your plan is kept in this browser only, with the names and case numbers you typed. Downloading ' +
    'removes that copy.',
  browserNotKept: reason =>
    `This browser could not keep your plan (${reason}). Download it, or it is lost when you close this tab.`,
  browserAllDownloaded: 'No changes since opening or the last download.',
  browserDiscarded: 'The plan from this browser was discarded. You see the sample again.',
  restoredTitle: 'Restored from this browser',
  restoredBody: (date, time) =>
    `This is the plan you left here on ${date} at ${time} without downloading it. It is in this browser only.`,
  restoredFromFile: file => `It came from ${file}; your own sheets from that file are not included.`,
  restoredDiscard: 'Discard',
  restoredUnreadable: 'This browser held a plan this version cannot read. It was not restored.',
  discardTitle: 'Discard the plan from this browser?',
  discardBody:
    'The restored plan, with what you changed in it since, is then gone. The task pane starts again with the sample.',
  discardConfirm: 'Discard',
  openUnsavedTitle: 'Changes not downloaded yet',
  openUnsavedBody:
    'Opening another workbook replaces the plan in the task pane. What you changed since opening or the last ' +
    'download, and text you have not kept or adopted yet, is then lost. To keep it, choose Cancel and download it first.',
  openUnsavedConfirm: 'Open anyway',
  loseWorkCancel: 'Cancel',
};
