// Parameter names as the user sees them in their Excel: Dutch names in a Dutch Excel.
import type { Language } from '../core/language/language';
import { functions as en } from '../core/language/en/functions';
import { functions as nl } from '../core/language/nl/functions';
import type { FunctionTexts, NamedHelp } from '../core/language/pack';

const TEXTS: Record<Language, FunctionTexts> = { nl, en };

export function parameterName(functionId: string, parameter: string, language: Language): string {
  const fn = TEXTS[language][functionId as keyof FunctionTexts];
  const help = fn?.parameters as Readonly<Record<string, NamedHelp>> | undefined;
  return help?.[parameter]?.name ?? parameter;
}
