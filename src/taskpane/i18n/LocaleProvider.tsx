// The pane's language, its words and its number formats, for every component below, and the choice
// of language in the pane, remembered in this browser (detectLanguage.ts).
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Band, CaseloadError, Language, PANE_TEXTS, PaneTexts, Result } from '../../core';
import { bandText, errorText, resultText } from '../format/figureText';
import { rememberLanguage } from './detectLanguage';
import {
  formatEuro,
  formatFixed,
  formatForInput,
  formatNumber,
  formatPercent,
  parseNumber,
} from '../format/numberFormat';

export interface Formats {
  fixed(value: number, decimals: number): string;
  number(value: number, maxDecimals?: number): string;
  percent(share: number, maxDecimals?: number): string;
  euro(value: number, decimals?: number): string;
  band(band: Band): string;
  forInput(value: number): string;
  parse(typed: string): number | undefined;
  error(error: CaseloadError): string;
  /** The figure through `show`, or the reason it cannot be computed. */
  result<T>(result: Result<T>, show: (value: T) => string): string;
}

interface Locale {
  language: Language;
  strings: PaneTexts;
  formats: Formats;
}

function localeFor(language: Language): Locale {
  const words = PANE_TEXTS[language];
  const strings = words.pane;
  return {
    language,
    strings,
    formats: {
      fixed: (value, decimals) => formatFixed(language, value, decimals),
      number: (value, maxDecimals) => formatNumber(language, value, maxDecimals),
      percent: (share, maxDecimals) => formatPercent(language, share, maxDecimals),
      euro: (value, decimals) => formatEuro(language, value, decimals),
      band: band => bandText(band, language),
      forInput: value => formatForInput(language, value),
      parse: typed => parseNumber(language, typed),
      error: error => errorText(error, language, words),
      result: (result, show) => resultText(result, show, language, words),
    },
  };
}

const LocaleContext = createContext<Locale>(localeFor('nl'));
const ChooseContext = createContext<(language: Language) => void>(() => undefined);

/** Starts in `initial`; a language chosen later is remembered in this browser. */
export function LocaleProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguage] = useState(initial);
  const locale = useMemo(() => localeFor(language), [language]);
  const choose = useCallback((chosen: Language) => {
    rememberLanguage(chosen);
    setLanguage(chosen);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ChooseContext.Provider value={choose}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </ChooseContext.Provider>
  );
}

/** Switches the pane's language and remembers it in this browser. */
export const useChooseLanguage = () => useContext(ChooseContext);

export const useStrings = (): PaneTexts => useContext(LocaleContext).strings;
export const useLanguage = (): Language => useContext(LocaleContext).language;
export const useFormats = (): Formats => useContext(LocaleContext).formats;
