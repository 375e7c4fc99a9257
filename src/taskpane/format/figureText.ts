// Turns a computed figure into the text the pane shows: the number in the user's format, or
// the reason it cannot be computed (never NaN).
import { ArgumentNames, Band, CaseloadError, describeError, isError, Language, Result } from '../../core';
import { formatFixed } from './numberFormat';

/** The sentence for a refusal, naming arguments as the pane labels them. */
export function errorText(error: CaseloadError, language: Language, argumentNames: ArgumentNames): string {
  const sentence = describeError(error, language, id => argumentNames[id as keyof ArgumentNames] ?? id);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** "10,3 – 16,4": a band with exactly one decimal. */
export const bandText = (band: Band, language: Language): string =>
  `${formatFixed(language, band.low, 1)} – ${formatFixed(language, band.high, 1)}`;

/** The formatted value, or the error's sentence. */
export function resultText<T>(
  result: Result<T>,
  show: (value: T) => string,
  language: Language,
  argumentNames: ArgumentNames,
): string {
  return isError(result) ? errorText(result, language, argumentNames) : show(result);
}
