// Both language packs by language, for the pane and the workbook layer. (The custom functions
// import only the parts they need, to keep their bundle small: see messages.ts.)
import { en } from './en';
import type { Language } from './language';
import { nl } from './nl';
import type { LanguagePack } from './pack';

export const PACKS: Readonly<Record<Language, LanguagePack>> = { nl, en };
