// Which language the pane speaks: `?lang=en` / `?lang=nl` wins (for tests and demos), then
// Office's display language inside Office, then the browser's. Dutch for nl-NL and nl-BE (as the
// manifest's overrides), English for every other language (core's languageOf).
import { Language, languageOf } from '../../core';

export function detectLanguage(search: string, officeLanguage: string | undefined, browserLanguage: string): Language {
  const requested = new URLSearchParams(search).get('lang');
  if (requested === 'en' || requested === 'nl') return requested;
  return languageOf(officeLanguage || browserLanguage);
}
