// What a user reads when an input is refused, in both languages. Argument names are shown as the
// user sees them in their Excel (Dutch parameter names in a Dutch Excel), supplied by the caller.
import { Language } from './language';
import { CaseloadError, ErrorDetail, Reason } from './result';
import { BandStatus } from './functions/bandwidthStatus';

type Parts = { arg: string; at: string; other: string } & ErrorDetail;
type Texts = Record<Reason, (p: Parts) => string> & { cell: (n: number) => string; status: Record<BandStatus, string> };

const en: Texts = {
  cell: n => ` (cell ${n})`,
  status: { below: 'below', within: 'within', above: 'above' },
  notANumber: p => `${p.arg}${p.at} must be a number, but holds "${p.got}".`,
  required: p => `${p.arg} is required.`,
  negative: p => `${p.arg}${p.at} must be ≥ 0.`,
  notPositive: p => `${p.arg}${p.at} must be greater than 0.`,
  notAShare: p => `${p.arg}${p.at} must be between 0 and 1 (40% is 0.4).`,
  notSingle: p => `${p.arg} takes one value, not a range of ${p.got}.`,
  sizeMismatch: p => `${p.arg} (${p.got}) and ${p.other} (${p.otherGot}) must have the same number of cells.`,
  divisionByZero: p => `${p.arg} is 0, which would divide by zero.`,
  noClientTime: p => `${p.arg} is 1 (100%), which leaves no client hours.`,
  excelError: p => `${p.arg}${p.at} contains the error ${p.got}.`,
  tooLarge: () => 'The result is too large for Excel.',
  hoursExceeded: p => `Leave, holiday and other hours together exceed the contract hours (${p.other} × weeks).`,
  partExceedsWhole: p => `${p.arg} (${p.got}) is more than ${p.other} (${p.otherGot}).`,
  bandNotLeft: () => 'The trend stays within the band for the next 52 weeks.',
  boundsEqual: p => `${p.arg} (${p.got}) equals ${p.other}; a band needs two different bounds.`,
  tooFewValues: p => `${p.arg} has ${p.got} ${p.got === '1' ? 'value' : 'values'}; a trend needs at least 2.`,
};

const nl: Texts = {
  cell: n => ` (cel ${n})`,
  status: { below: 'onder', within: 'binnen', above: 'boven' },
  notANumber: p => `${p.arg}${p.at} moet een getal zijn, maar bevat "${p.got}".`,
  required: p => `${p.arg} is verplicht.`,
  negative: p => `${p.arg}${p.at} moet ≥ 0 zijn.`,
  notPositive: p => `${p.arg}${p.at} moet groter dan 0 zijn.`,
  notAShare: p => `${p.arg}${p.at} moet tussen 0 en 1 liggen (40% is 0,4).`,
  notSingle: p => `${p.arg} verwacht één waarde, geen bereik van ${p.got}.`,
  sizeMismatch: p => `${p.arg} (${p.got}) en ${p.other} (${p.otherGot}) moeten evenveel cellen hebben.`,
  divisionByZero: p => `${p.arg} is 0; dan zou er door nul gedeeld worden.`,
  noClientTime: p => `${p.arg} is 1 (100%); dan blijven er geen cliënturen over.`,
  excelError: p => `${p.arg}${p.at} bevat de fout ${p.got}.`,
  tooLarge: () => 'De uitkomst is te groot voor Excel.',
  hoursExceeded: p => `Verlof, feestdagen en overige uren zijn samen meer dan de contracturen (${p.other} × weken).`,
  partExceedsWhole: p => `${p.arg} (${p.got}) is meer dan ${p.other} (${p.otherGot}).`,
  bandNotLeft: () => 'De trend blijft de komende 52 weken binnen de bandbreedte.',
  boundsEqual: p =>
    `${p.arg} (${p.got}) is gelijk aan ${p.other}; een bandbreedte heeft twee verschillende grenzen nodig.`,
  tooFewValues: p =>
    `${p.arg} bevat ${p.got} ${p.got === '1' ? 'waarde' : 'waarden'}; voor een trend zijn er minstens 2 nodig.`,
};

const TEXTS: Record<Language, Texts> = { en, nl };

/** The message for a refusal; `nameOf` turns a parameter id into the name the user sees. */
export function describeError(
  error: CaseloadError,
  language: Language,
  nameOf: (argument: string) => string = a => a,
): string {
  const t = TEXTS[language];
  const { detail } = error;
  return t[error.reason]({
    ...detail,
    arg: detail.argument ? nameOf(detail.argument) : '',
    other: detail.other ? nameOf(detail.other) : '',
    at: detail.cell ? t.cell(detail.cell) : '',
  });
}

/** "below" / "within" / "above" in the user's language. */
export const statusWord = (status: BandStatus, language: Language): string => TEXTS[language].status[status];
