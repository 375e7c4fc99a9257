// Pane texts in English for time: weeks as dates, the band history, opening a workbook file and saving alongside others; same ids as the Dutch ones.
import type { PaneTimeTexts } from '../nl/paneTime';

export const paneTime: PaneTimeTexts = {
  monitoringHintWeeks:
    'A week is its Monday: type for example wk 12 2026, 2026-W12 or a date. Leave FTE present blank to take the ' +
    'FTE from the roster. Per FTE and status are held against the range that held in that week.',
  weekPlaceholder: 'wk 12 2026',
  weekUnreadable:
    'This is not a week. Type for example wk 12 2026, 2026-W12 or a date such as 16-03-2026, in a year from 1990 ' +
    'to 2100.',
  weekKeptAsLabel: 'Not a date: kept as it was.',
  fteFromRoster: fte => `${fte} (roster)`,
  fteTypedOverRoster: fte => `entered (roster ${fte})`,
  fteTyped: 'entered',
  fteInvalidOrBlank: 'Enter a number of 0 or more, or leave it blank for the FTE from the roster.',
  weekBandHidden: 'range',
  trendIntroVersions:
    'Each week counts against the range that held in that week. The trend and the warning look at the ' +
    'range that holds now.',
  weeksUntilOutsideInForce: 'Weeks until the trend leaves the current range',

  chartTitleVersions:
    'Caseload per FTE against each week’s range (a step is a new version); the dashed line is the trend',
  chartSummaryVersions: (weeks, first, last, versions, above, below) =>
    `Caseload per FTE over ${weeks} ${weeks === 1 ? 'week' : 'weeks'}: from ${first} to ${last}. ${versions} ` +
    `${above} ${above === 1 ? 'week' : 'weeks'} above that week’s range, ${below} below.`,
  chartVersionsUsed: list => `Range per week: ${list}.`,
  chartVersionItem: (band, from, week) => `${band} from ${week} (version of ${from})`,
  chartNoVersionItem: week => `no adopted range from ${week}`,

  historyTitle: 'Range over time',
  historyIntro:
    'You adopt a range on a date, with the reason. Each week is graded against the version that held in that ' +
    'week, so a new version never changes the grade of earlier weeks.',
  bandInForceLabel: 'Range that holds now (per FTE)',
  bandInForceSince: (date, reason) => `Since ${date}${reason ? `: ${reason}` : '.'}`,
  bandNoneAdopted: 'No range adopted yet.',
  bandNotYetInForce: date => `No version holds today yet; the first holds from ${date}.`,
  bandProposedLabel: 'Proposed by today’s inputs (per FTE)',
  bandProposedNote:
    'Differs from the range that holds now, for example because a contributing factor has started or ended.',
  bandProposalSame: 'Today’s inputs give the same range as the one that holds now.',
  adoptButton: 'Adopt range',
  adoptTitle: 'Adopt a new range',
  adoptWhat: band => `This range will be adopted: ${band} open cases per FTE.`,
  adoptFrom: 'Holds from',
  adoptFromHint: 'Weeks from this date on are graded against the new range; earlier weeks keep their grade.',
  adoptFromMissing: 'Enter the date from which the range holds.',
  adoptReason: 'Reason',
  adoptReasonHint: 'Why do you adopt this range? Whoever looks later reads here why it changed.',
  adoptReasonMissing: 'Enter the reason.',
  adoptConfirm: 'Adopt',
  adoptCancel: 'Cancel',
  adoptDone: (band, date) => `Range ${band} adopted, holding from ${date}.`,
  versionsTitle: 'Versions',
  versionHeading: (date, band) => `From ${date}: ${band}`,
  versionInForce: '(holds now)',
  versionReason: 'Reason',
  versionBasis: 'Basis',
  versionNotRecorded: 'Not recorded.',
  noVersions: 'No versions yet.',

  conversionTitle: 'Workbook of an earlier version converted',
  conversionIntro: version => `This workbook was made by version ${version} of the add-in. This was converted:`,
  conversionTeam: team => `One team was made, named after the municipality: ${team}.`,
  conversionWeeks: count =>
    `${count} ${count === 1 ? 'week was' : 'weeks were'} turned into a date (that week’s Monday).`,
  conversionLabels: labels => `Not readable as a week and kept as they were: ${labels}.`,
  conversionBand: date =>
    `The range was kept as the first version, holding from ${date}, so every week keeps its grade.`,
  conversionNoBand: 'There was no range to keep: it could not be computed from the workbook’s figures.',
  conversionFactors: count =>
    `The period of ${count} contributing ${count === 1 ? 'factor was' : 'factors were'} turned into dates; ` +
    'the original text is kept as the note.',
  conversionNextSave: 'The next time you write to the workbook, it gets today’s layout.',

  openTitle: 'Open a workbook',
  openIntro:
    'Open an .xlsx file from your computer to work with it in the browser. The plan in the task pane is then ' +
    'replaced by the plan in the file.',
  openUserSheetsNote:
    'The browser does not rewrite your own sheets: charts, pivot tables and macros on them would not survive it. ' +
    'A download then holds the add-in’s sheets only; your own file stays as it is.',
  openButton: 'Open workbook',
  opening: file => `Reading ${file}…`,
  opened: file => `${file} is open.`,
  openedConverted: 'What was converted is shown at the top of the task pane.',
  openedUserSheets: sheets => `Your own sheets (${sheets}) were only read and are left out of a download.`,
  openFailed: reason => `The file could not be opened: ${reason}`,
  openNotWorkbook: 'This file is not an Excel workbook (.xlsx), or it is damaged. Nothing was changed.',
  openTooLarge: (megabytes, limit) =>
    `This file is too large to open: unpacked it would be ${megabytes} MB, and the pane opens up to ${limit} MB. Nothing was changed.`,
  downloadAddInSheetsOnly:
    'This download holds the add-in’s sheets only, not your own sheets from the workbook you opened.',

  conflictTitle: 'Someone else updated the workbook meanwhile',
  conflictNothingWritten: 'Nothing was written. This is what the other person changed:',
  conflictMerged:
    'Your changes are back in the task pane, on top of theirs. Check them, then write to the workbook again.',
  changeAdded: (what, count) => `${what}: ${count} ${count === 1 ? 'row' : 'rows'} added`,
  changeRemoved: (what, count) => `${what}: ${count} ${count === 1 ? 'row' : 'rows'} removed`,
  changeChanged: what => `${what}: changed`,
  changeOfTeam: (what, team) => `${what} of ${team}`,
  changeTeam: team => `Team ${team}`,
  changeCases: 'Cases per year',
  changeWeeks: 'Weekly figures',
  changeName: 'Name',
  changeOfArea: (what, area) => `${what} of area ${area}`,
  changeOfCategory: (what, category) => `${what} of category ${category}`,
  disagreementsTitle: 'You both changed the same thing: choose for each',
  disagreementsIntro:
    'Below is what you and the other person both changed differently. Your version is in the task pane now; ' +
    'nothing of theirs is gone. Choose for each, or leave it as it is.',
  disagreementValue: place => `${place}: you each typed something different.`,
  disagreementRow: place => `${place}: you both changed the same row. Both versions are there now.`,
  disagreementRowRemovedByThem: place =>
    `${place}: the other person removed a row you changed. Your version is still there.`,
  disagreementRowRemovedByMe: place =>
    `${place}: you removed a row the other person changed. Their version is still there.`,
  disagreementKeptRemovedByThem: name =>
    `${name}: the other person removed this while you changed it. It is still there, with your changes.`,
  disagreementKeptRemovedByMe: name =>
    `${name}: you removed this while the other person changed it. It is still there, with their changes.`,
  versionMine: 'Your version',
  versionTheirs: 'Their version',
  versionRemoved: '(removed)',
  chooseMine: 'Keep mine',
  chooseTheirs: 'Take theirs',
  chooseBoth: 'Keep both',
  chooseKeep: 'Keep it',
  chooseRemove: 'Remove after all',
  choiceMade: place => `Chosen: ${place}`,
};
