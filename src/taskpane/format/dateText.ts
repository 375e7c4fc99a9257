// A date as the user reads it: "7 september 2026" in Dutch, "7 September 2026" in English. A
// text that is not a date (a label kept from an old workbook) is shown as it is.
import { isIsoDate, Language } from '../../core';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

// Made on first use: a formatter in UTC costs Chromium some 50 ms (its time-zone data), which the
// pane's start should not pay for a language it may never show a date in.
const formats = new Map<Language, Intl.DateTimeFormat>();
function format(language: Language): Intl.DateTimeFormat {
  let found = formats.get(language);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(language, found);
  }
  return found;
}

export const dateText = (iso: string, language: Language): string =>
  isIsoDate(iso) ? format(language).format(new Date(`${iso}T00:00:00Z`)) : iso;
