// A date as the user reads it: "7 september 2026" in Dutch, "7 September 2026" in English, or
// short where a table cell has little room ("7-9-2026", "07/09/2026"). A text that is not a date
// (a label kept from an old workbook) is shown as it is.
import { isIsoDate, Language } from '../../core';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const STYLES = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'numeric', year: 'numeric' },
} as const;

// Made on first use: a formatter in UTC costs Chromium some 50 ms (its time-zone data), which the
// pane's start should not pay for a language it may never show a date in.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${language} ${style}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE[language], { ...STYLES[style], timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

const shown = (iso: string, language: Language, style: keyof typeof STYLES): string =>
  isIsoDate(iso) ? format(language, style).format(new Date(`${iso}T00:00:00Z`)) : iso;

export const dateText = (iso: string, language: Language): string => shown(iso, language, 'long');

export const shortDateText = (iso: string, language: Language): string => shown(iso, language, 'short');
