// The sentences for refused inputs and results, in English. Argument names arrive as the reader sees
// them (Excel's parameter names in a function's message, the pane's labels in the pane).
import type { ErrorTexts } from '../pack';
import type { ErrorDetail } from '../../result';

/** "both", "above" or "below": the words a word parameter takes, in English. */
function oneOf(words: ErrorDetail['words'] = []): string {
  const quoted = words.map(w => `"${w.en}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export const errors: ErrorTexts = {
  cell: n => ` (cell ${n})`,
  status: { below: 'below', within: 'within', above: 'above' },
  notANumber: p => `${p.arg}${p.at} must be a number, but holds "${p.got}".`,
  required: p => `${p.arg}${p.at} is required.`,
  negative: p => `${p.arg}${p.at} must be ≥ 0.`,
  notPositive: p => `${p.arg}${p.at} must be greater than 0.`,
  notAShare: p => `${p.arg}${p.at} must be between 0 and 1 (40% is 0.4).`,
  notSingle: p => `${p.arg} takes one value, not a range of ${p.got}.`,
  sizeMismatch: p => `${p.arg} (${p.got}) and ${p.other} (${p.otherGot}) must have the same number of cells.`,
  divisionByZero: p => `${p.arg}${p.at} is 0, which would divide by zero.`,
  noClientTime: p => `${p.arg} is 1 (100%), which leaves no client hours.`,
  excelError: p => `${p.arg}${p.at} contains the error ${p.got}.`,
  tooLarge: () => 'The result is too large for Excel.',
  hoursExceeded: p => `Leave, holiday and other hours together exceed the contract hours (${p.other} × weeks).`,
  partExceedsWhole: p => `${p.arg} (${p.got}) is more than ${p.other} (${p.otherGot}).`,
  bandNotLeft: () => 'The trend stays within the range for the next 52 weeks.',
  boundsEqual: p => `${p.arg} (${p.got}) equals ${p.other}; a range needs two different bounds.`,
  tooFewValues: p => `${p.arg} has ${p.got} ${p.got === '1' ? 'value' : 'values'}; a trend needs at least 2.`,
  notAWord: p => `${p.arg} must be ${oneOf(p.words)}, but holds "${p.got}".`,
  noVersion: p => `${p.arg} holds no date, so there is no version to take.`,
  beforeFirstVersion: p => `${p.arg} (${p.got}) is before the first version in ${p.other} (${p.otherGot}).`,
  endsBeforeStart: p =>
    `${p.arg}${p.at} is ${p.got}, before ${p.other} (${p.otherGot}): a period cannot end before it starts.`,
};
