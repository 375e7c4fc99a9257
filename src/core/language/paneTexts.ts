// The words of the task pane in both languages: its texts and the names it gives the functions'
// arguments in messages. Apart from the packs (packs.ts), so the pane's first screen does not
// carry the functions' descriptions and the sheets' texts, which only later parts of it need.
import { argumentNames as enArguments } from './en/argumentNames';
import { pane as enPane } from './en/pane';
import type { Language } from './language';
import { argumentNames as nlArguments } from './nl/argumentNames';
import { pane as nlPane } from './nl/pane';
import type { LanguagePack } from './pack';

export const PANE_TEXTS: Readonly<Record<Language, Pick<LanguagePack, 'pane' | 'argumentNames'>>> = {
  nl: { pane: nlPane, argumentNames: nlArguments },
  en: { pane: enPane, argumentNames: enArguments },
};
