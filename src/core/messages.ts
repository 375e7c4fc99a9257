// What a user reads when an input is refused, in their language. Argument names are shown as the
// user sees them (Dutch parameter names in a Dutch Excel, the pane's labels in the pane), supplied
// by the caller. Only the error sentences are imported here, not the whole language pack, so the
// custom functions' bundle stays small.
import type { BandStatus } from './functions/bandwidthStatus';
import { errors as en } from './language/en/errors';
import type { Language } from './language/language';
import { errors as nl } from './language/nl/errors';
import type { ErrorTexts } from './language/pack';
import { CaseloadError } from './result';

const TEXTS: Record<Language, ErrorTexts> = { en, nl };

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
