// The Dutch language pack: every word the product shows, in one place.
import type { LanguagePack } from '../pack';
import { argumentNames } from './argumentNames';
import { errors } from './errors';
import { functions } from './functions';
import { pane } from './pane';
import { sheets } from './sheets';

export const nl: LanguagePack = { pane, sheets, errors, functions, argumentNames };
