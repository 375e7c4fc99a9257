// The sentences for refused inputs and results, in Dutch. Argument names arrive as the reader sees
// them (Excel's parameter names in a function's message, the pane's labels in the pane).
import type { ErrorTexts } from '../pack';
import type { ErrorDetail } from '../../result';

/** "beide", "boven" of "onder": the words a word parameter takes, in Dutch. */
function oneOf(words: ErrorDetail['words'] = []): string {
  const quoted = words.map(w => `"${w.nl}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} of ${quoted[quoted.length - 1]}`;
}

export const errors: ErrorTexts = {
  cell: n => ` (cel ${n})`,
  status: { below: 'onder', within: 'binnen', above: 'boven' },
  notANumber: p => `${p.arg}${p.at} moet een getal zijn, maar bevat "${p.got}".`,
  required: p => `${p.arg}${p.at} is verplicht.`,
  negative: p => `${p.arg}${p.at} moet ≥ 0 zijn.`,
  notPositive: p => `${p.arg}${p.at} moet groter dan 0 zijn.`,
  notAShare: p => `${p.arg}${p.at} moet tussen 0 en 1 liggen (40% is 0,4).`,
  notSingle: p => `${p.arg} verwacht één waarde, geen bereik van ${p.got}.`,
  sizeMismatch: p => `${p.arg} (${p.got}) en ${p.other} (${p.otherGot}) moeten evenveel cellen hebben.`,
  divisionByZero: p => `${p.arg}${p.at} is 0; dan zou er door nul gedeeld worden.`,
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
  notAWord: p => `${p.arg} moet ${oneOf(p.words)} zijn, maar bevat "${p.got}".`,
  noVersion: p => `${p.arg} bevat geen datum, dus er is geen versie om te nemen.`,
  beforeFirstVersion: p => `${p.arg} (${p.got}) ligt voor de eerste versie in ${p.other} (${p.otherGot}).`,
  endsBeforeStart: p =>
    `${p.arg}${p.at} is ${p.got}, voor ${p.other} (${p.otherGot}): een periode kan niet eindigen voordat hij begint.`,
};
