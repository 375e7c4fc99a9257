// Numbers as the user reads and types them: Dutch "1.517,3" or English "1,517.3". Inputs never
// show grouping, so a typed value can be read back without guessing.
import { Language } from '../../core';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const GROUP: Record<Language, string> = { nl: '.', en: ',' };

const cache = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], options);
    cache.set(key, format);
  }
  return format;
}

/** With exactly `decimals` decimals, grouped. */
export const formatFixed = (language: Language, value: number, decimals: number): string =>
  formatter(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

/** Up to `maxDecimals` decimals, grouped. */
export const formatNumber = (language: Language, value: number, maxDecimals = 2): string =>
  formatter(language, { maximumFractionDigits: maxDecimals }).format(value);

/** A fraction as a percentage: 0.055 → "5,5%". */
export const formatPercent = (language: Language, share: number, maxDecimals = 0): string =>
  formatter(language, { style: 'percent', maximumFractionDigits: maxDecimals }).format(share);

/** Whole euros, or with `decimals` cents (an hourly rate). */
export const formatEuro = (language: Language, value: number, decimals = 0): string =>
  formatter(language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);

/** How a number appears inside an input: no grouping, the language's decimal sign. */
export const formatForInput = (language: Language, value: number): string =>
  formatter(language, { maximumFractionDigits: 6, useGrouping: false }).format(value);

/**
 * Reads what a user typed, in either language's habit: "0,89", "0.89", "14.200" (Dutch
 * grouping), "14,200" (English grouping). With both signs, the last one is the decimal sign.
 * Returns undefined for anything that is not a number.
 */
export function parseNumber(language: Language, typed: string): number | undefined {
  let text = typed.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    text = text.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sign = lastComma >= 0 ? ',' : '.';
    const parts = text.split(sign);
    const grouped =
      parts.length > 2 || (sign === GROUP[language] && parts[1].length === 3 && /^-?[1-9]\d{0,2}$/.test(parts[0]));
    text = grouped ? parts.join('') : parts.join('.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
