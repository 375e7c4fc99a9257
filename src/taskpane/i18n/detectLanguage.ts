// Which language the pane speaks: `?lang=en` / `?lang=nl` wins (for tests and demos), then the
// choice made in the pane and remembered in this browser, then Office's display language inside
// Office, then the browser's. Dutch for nl-NL and nl-BE (as the manifest's overrides), English for
// every other language (core's languageOf).
import { Language, languageOf } from '../../core';

const isLanguage = (value: unknown): value is Language => value === 'nl' || value === 'en';

export function detectLanguage(
  search: string,
  officeLanguage: string | undefined,
  browserLanguage: string,
  remembered?: Language,
): Language {
  const requested = new URLSearchParams(search).get('lang');
  if (isLanguage(requested)) return requested;
  if (remembered) return remembered;
  return languageOf(officeLanguage || browserLanguage);
}

/** Where this browser remembers the choice (the add-in's origin only; nothing leaves the browser). */
export const LANGUAGE_KEY = 'verantwoorde-caseload.language';

/** The language chosen in the pane before, if this browser keeps it. */
export function rememberedLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Language | undefined {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // a browser that keeps nothing (storage blocked) simply starts by the rules above
  }
}

export function rememberLanguage(
  language: Language,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered: the pane still speaks the chosen language until it is closed.
  }
}
