// The English language pack: every word the product shows, in one place.
import type { LanguagePack } from '../pack';
import { argumentNames } from './argumentNames';
import { errors } from './errors';
import { functions } from './functions';
import { pane } from './pane';
import { sheets } from './sheets';

export const en: LanguagePack = { pane, sheets, errors, functions, argumentNames };
