// Pane texts in English for changes that hold from a date, what a week was graded with, adopting
// a band for a date, and the plausibility warnings; same ids as the Dutch ones.
import type { PaneDatingTexts } from '../nl/paneDating';

export const paneDating: PaneDatingTexts = {
  changeFrom: 'Change holds from',
  changeFromHint: until =>
    `Up to and including ${until} the old value still holds (a row of its own), so the weeks before keep their grade.`,
  changeFromPast: 'This date is in the past: weeks from this date get the new value, even those already entered.',
  regraded: (count, weeks) =>
    `Retroactive: ${count} entered ${count === 1 ? 'week gets' : 'weeks get'} another grade (${weeks}).`,
  regradedNone: 'No entered week gets another grade by this change.',

  weekBandVersion: from => `version ${from}`,
  weekNotEntered: 'not entered yet',
  openCasesInvalidOrBlank: 'Enter a number of 0 or more, or leave it blank while the week has not been entered.',
  weeksUpToDate: 'This week is there already. Add the next week once it has begun.',

  adoptBasis: basis => `Basis to be recorded: ${basis}`,
  adoptRefusedEmpty: band =>
    `A range of ${band} cannot be adopted: there is nothing to hold a caseload against. ` +
    'Check the contributing factors and the hours per case.',
  adoptRefusedBounds: band =>
    `A range of ${band} cannot be adopted: the low bound must be below the high bound. ` +
    'Check the hours per case (heavy and light).',

  plausibilityTitle: 'Is this right?',
  plausibility: {
    contractHours:
      'More than 48 contract hours a week: is that right? It is more than the Working Hours Act allows on average.',
    heavyBelowLight: 'A heavy case takes fewer hours than a light one here: are heavy and light swapped?',
    ftePerPerson: 'More than 1.2 FTE for one person: is that right?',
    endBeforeStart: 'The end is before the start: this period cannot count anywhere.',
    overlap: 'This period overlaps another row of the same person: they then count twice.',
    yearOutOfRange: 'A date outside 1990–2100: is the year entered right?',
    factorLarge: 'A factor of 50% or more halves the range or more: is that right?',
    duplicateWeek: 'This week is there more than once.',
  },
};
