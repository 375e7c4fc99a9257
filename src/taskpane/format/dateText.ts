// A date as the user reads it: "7 september 2026" in Dutch, "7 September 2026" in English. A
// text that is not a date (a label kept from an old workbook) is shown as it is.
import { isIsoDate, Language } from '../../core';

const FORMATS: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export const dateText = (iso: string, language: Language): string =>
  isIsoDate(iso) ? FORMATS[language].format(new Date(`${iso}T00:00:00Z`)) : iso;
