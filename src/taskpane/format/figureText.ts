// Turns a computed figure into the text the pane shows: the number in the user's format, what to
// fill in first when it waits for input, or the reason it cannot be computed (never NaN).
import { ArgumentNames, Band, CaseloadError, describeError, isError, Language, PaneTexts, Result } from '../../core';
import { formatFixed } from './numberFormat';

/**
 * A figure that waits for input rather than one refused: a divisor still 0 (nothing typed yet, as in
 * an empty plan) or a trend with fewer than two weeks. The pane invites the input instead of
 * explaining the arithmetic.
 */
export const waitsForInput = (error: CaseloadError): boolean =>
  error.reason === 'divisionByZero' || error.reason === 'tooFewValues';

type Words = { argumentNames: ArgumentNames; pane: Pick<PaneTexts, 'fillInFirst' | 'fillInWhat'> };

/** The sentence for a figure that cannot be computed, naming arguments as the pane labels them. */
export function errorText(error: CaseloadError, language: Language, words: Words): string {
  const { argumentNames, pane } = words;
  const nameOf = (id: string) => argumentNames[id as keyof ArgumentNames] ?? id;
  if (waitsForInput(error)) {
    const argument = error.detail.argument ?? '';
    return pane.fillInFirst(pane.fillInWhat[argument] ?? nameOf(argument));
  }
  const sentence = describeError(error, language, nameOf);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** "10,3 – 16,4": a band with exactly one decimal. */
export const bandText = (band: Band, language: Language): string =>
  `${formatFixed(language, band.low, 1)} – ${formatFixed(language, band.high, 1)}`;

/** The formatted value, or the error's sentence. */
export function resultText<T>(result: Result<T>, show: (value: T) => string, language: Language, words: Words): string {
  return isError(result) ? errorText(result, language, words) : show(result);
}
