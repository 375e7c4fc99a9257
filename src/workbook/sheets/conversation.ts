// "VC Gesprek": the conversation side. The shared settings (how far from its norm a case must be
// to count, from how many points more heavy cases the mix drift warns), each team's case list
// with every case's norm, its ratio to the norm and whether it lies far above or far below it
// (DEVIATING_CASES) and the day it was listed (for Opschonen), the felt workload as counts beside
// the position in the band of the week it was counted (BANDWIDTH_POSITION), how each team divides
// its cases, and the reflection notes people chose to share with the team, without a name (a
// person's own notes stay in their own browser). A privacy line says who can read all this:
// everyone who opens the workbook.
import {
  DeviationFigures,
  deviationFigures,
  DivisionSchema,
  feltFigures,
  FeltSchema,
  ListedCaseSchema,
  NoteSchema,
} from '../../core';
import { figureCell, statusCell } from '../figureCells';
import {
  field,
  formulaColumn,
  Formulas,
  inputsOf,
  note,
  Rendering,
  RowPlace,
  sideBySide,
  SheetLayout,
  since,
  teamColumn,
  teamTable,
  words,
} from '../model';
import { caseDuration, categoryHours, categoryName } from './bandwidth';
import { weeksCaseload, weeksHigh, weeksLow, weeksOpenCases, weeksStatus, weeksTeam, weekColumn } from './implement';
import { latestOf, teamValue } from './teamFormulas';
import { PRIVACY_SINCE } from './settings';
import { extraWeight, teamName } from './teams';

// Called Afwijking van de norm before issue 21 gave the setting one name, marge.
export const tolerance = field(
  words(
    s => s.conversation.tolerance,
    ['Afwijking van de norm voor de casuslijst', 'Deviation from the norm for the case list'],
  ),
  ['conversation', 'tolerance'],
  'share',
);
export const driftThreshold = field(
  words(s => s.conversation.driftThreshold),
  ['conversation', 'driftThreshold'],
  'share',
);

/** The DEVIATING_CASES words as the sheets are written. */
export const DEVIATION_WORDS = {
  above: words(s => s.conversation.caseList.above).nl,
  below: words(s => s.conversation.caseList.below).nl,
};

// ---- The case list ---------------------------------------------------------------------------

export const caseTeam = teamColumn();
const listed = inputsOf(s => s.conversation.caseList);
export const caseCategory = listed('category');
// Named for the hours spent before issue 21: a case list holds an estimate, never a time sheet.
export const caseHours = listed('hours', 'typedNumber', ['Uren besteed', 'Hours spent']);
const weeksOpen = listed('weeksOpen', 'typedNumber');
/** The day a case was listed (format 7): Opschonen removes a case listed longer ago than the plan keeps lists. */
export const listedOn = since(PRIVACY_SINCE, listed('listed', 'day'));

/** Each team's deviation figures, once per rendering: computed again for every row, 100,000 cases would take hours. */
const deviationsOf = new WeakMap<Rendering, DeviationFigures[]>();
const caseOf = ({ team, index }: RowPlace, r: Rendering) => {
  let figures = deviationsOf.get(r);
  if (!figures) deviationsOf.set(r, (figures = r.plan.teams.map(t => deviationFigures(r.plan, t))));
  return figures[team].cases[index];
};

/** Hours per case of the category for the row's team (with its extra weight), or with weeks open only, an average case's duration. */
const norm = formulaColumn(
  words(s => s.conversation.caseList.norm),
  f =>
    `=IF(${f.row(caseHours)}<>"",INDEX(${f.column(categoryHours)},MATCH(${f.row(caseCategory)},${f.column(categoryName)},0))` +
    `*(1+${teamValue(f, caseTeam, teamName, extraWeight)}),${f.cell(caseDuration)})`,
  '0.0',
  (at, r) => {
    const { norm: found } = caseOf(at, r);
    return found ? found.value : { error: '#N/A' };
  },
);
/** Hours (or weeks) over the norm; blank when there is nothing to compare. */
export const caseRatio = formulaColumn(
  words(s => s.conversation.caseList.ratio),
  f =>
    `=IFERROR(IF(${f.row(caseHours)}<>"",${f.row(caseHours)}/${f.row(norm)},` +
    `IF(${f.row(weeksOpen)}<>"",${f.row(weeksOpen)}/${f.row(norm)},"")),"")`,
  '0.00',
  (at, r) => caseOf(at, r).ratio ?? '',
);
/** DEVIATING_CASES on this one case: far above, or (hours spent only) far below. */
const deviation = formulaColumn(
  words(s => s.conversation.caseList.deviation),
  f => {
    const one = (extra = '') => ({ cond: `1${extra}`, values: f.row(caseRatio) });
    const above = f.x.deviatingCases(one(), f.cell(tolerance), 'above');
    const below = f.x.deviatingCases(one(`*(${f.row(caseHours)}<>"")`), f.cell(tolerance), 'below');
    return `=IF(${above}>0,"${DEVIATION_WORDS.above}",IF(${below}>0,"${DEVIATION_WORDS.below}",""))`;
  },
  '@',
  (at, r) => {
    const found = caseOf(at, r).deviation;
    return found ? DEVIATION_WORDS[found] : '';
  },
);

// ---- Felt workload ---------------------------------------------------------------------------

export const feltTeam = teamColumn();
const counted = inputsOf(s => s.conversation.felt);
export const feltDate = counted('date', 'day');
export const feltTooLittle = counted('tooLittle', 'count');
export const feltRight = counted('right', 'count');
export const feltTooMuch = counted('tooMuch', 'count');

const feltOf = ({ team, index }: RowPlace, r: Rendering) =>
  feltFigures(r.plan.teams[team], r.plan.privacy.minAnswers, r.teams[team].weeks)[index];
/** A figure of the row's team's latest dated week with figures, on or before the row's date. */
const thatWeek = (f: Formulas, values: Parameters<Formulas['column']>[0]) =>
  latestOf(f, weeksTeam, feltTeam, weekColumn, values, { on: f.row(feltDate), entered: weeksOpenCases });

const position = formulaColumn(
  words(s => s.conversation.felt.position),
  f => `=${f.x.position(thatWeek(f, weeksCaseload), thatWeek(f, weeksLow), thatWeek(f, weeksHigh))}`,
  '0.00',
  (at, r) => figureCell(feltOf(at, r).position),
);
const feltStatus = formulaColumn(
  words(s => s.conversation.felt.status),
  f => `=${thatWeek(f, weeksStatus)}`,
  'General',
  (at, r) => statusCell(feltOf(at, r).status),
);

// ---- Dividing cases, notes shared with the team ---------------------------------------------

export const divisionTeam = teamColumn();
const agreed = inputsOf(s => s.conversation.division);
export const divides = agreed('divides', 'divides');
export const divisionNorm = agreed('norm', 'normKind');
export const divisionQuality = agreed('quality');
const shared = inputsOf(s => s.conversation.sharedNotes);

export const CONVERSATION_SHEET: SheetLayout = {
  key: 'conversation',
  name: 'VC Gesprek',
  title: words(s => s.conversation.title),
  lines: [
    note(words(s => s.conversation.note)),
    note(words(s => s.conversation.privacy)),
    null,
    tolerance,
    driftThreshold,
  ],
  tables: sideBySide({ row: 9, col: 0 }, [
    teamTable({
      name: 'vcCaseList',
      list: 'caseList',
      team: caseTeam,
      schema: ListedCaseSchema,
      columns: [
        listed('caseNumber'),
        caseCategory,
        caseHours,
        weeksOpen,
        listed('worker'),
        norm,
        caseRatio,
        deviation,
        listed('reflection'),
        listed('outcome', 'outcome'),
        listedOn,
      ],
    }),
    teamTable({
      name: 'vcFelt',
      list: 'felt',
      team: feltTeam,
      schema: FeltSchema,
      columns: [feltDate, feltTooLittle, feltRight, feltTooMuch, position, feltStatus],
    }),
    teamTable({
      name: 'vcDivision',
      list: 'division',
      team: divisionTeam,
      schema: DivisionSchema,
      columns: [divides, divisionNorm, divisionQuality, agreed('note')],
    }),
    // Format 5 put it where vcNotes was, whose notes carried a name (formats/namedNotes.ts).
    teamTable({
      name: 'vcSharedNotes',
      list: 'sharedNotes',
      team: teamColumn(),
      schema: NoteSchema,
      columns: [shared('date', 'date'), shared('aspect', 'aspect'), shared('note')],
    }),
  ]),
  widths: [34, 14, 12],
};
