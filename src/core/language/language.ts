/** The product speaks Dutch first and English for anyone whose Office runs in English. */
export type Language = 'nl' | 'en';

export const languageOf = (tag: string | undefined | null): Language => (/^en\b/i.test(tag ?? '') ? 'en' : 'nl');
