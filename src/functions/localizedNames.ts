// Names as the user sees them: English parameter ids in English, the Dutch pack's names in Dutch.
import type { Language } from '../core/language';
import nl from './locales/nl.json';

export interface LocalizedFunction {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

/** The Dutch language pack, keyed by function id (the same ids as functions.json). */
export const DUTCH: Record<string, LocalizedFunction> = nl;

export const parameterName = (functionId: string, parameter: string, language: Language): string =>
  language === 'nl' ? (DUTCH[functionId]?.parameters[parameter]?.name ?? parameter) : parameter;
