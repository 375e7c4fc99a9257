/** The product speaks Dutch first and English for anyone whose Office runs in English. */
export type Language = 'nl' | 'en';

/**
 * The language for an Office or browser language tag, as the manifest decides it: Dutch for Dutch
 * as spoken in the Netherlands and Belgium ("nl-NL", "nl-BE", or plain "nl"), English for every
 * other language, English variants (en-GB, en-AU, …) included. Without a tag, Dutch.
 */
export const languageOf = (tag: string | undefined | null): Language => {
  if (!tag) return 'nl';
  const [language, region] = tag.toLowerCase().split(/[-_]/);
  return language === 'nl' && (region === undefined || region === 'nl' || region === 'be') ? 'nl' : 'en';
};
