// The edge between core and Excel: a core result becomes a cell value, a core refusal becomes a
// CustomFunctions.Error whose message speaks the user's language and uses their parameter names.
// Core's modules one by one, not its index: the plan model (and zod) belong to the pane only.
import type { BandStatus } from '../core/functions/bandwidthStatus';
import { Language, languageOf } from '../core/language/language';
import { describeError, statusWord } from '../core/messages';
import type { Output, Shape } from '../core/params';
import { isError, Result } from '../core/result';
import { parameterName } from './localizedNames';

/** Office's display language where Office is there, else the browser's. */
export function currentLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const tag = office?.context?.displayLanguage;
  return languageOf(typeof tag === 'string' && tag ? tag : globalThis.navigator?.language);
}

interface Evaluable {
  readonly id: string;
  readonly shape: Shape;
  readonly evaluate: (raw: readonly unknown[]) => Result<Output>;
}

/**
 * The errors whose message Excel shows (CustomFunctions.ErrorCode: "A custom error message can be
 * used" with these two only). Refusals where inputs contradict each other get one of them; #DIV/0!
 * (an argument that is zero) and #NUM! (a number outside what the argument takes, as Excel's own
 * functions answer) speak for themselves in Excel. Their message is thrown along all the same:
 * Excel leaves it out, the function's help says the allowed range, and nothing is lost.
 */
export const SHOWN_WITH_MESSAGE: ReadonlySet<string> = new Set(['#VALUE!', '#N/A']);

/** Evaluates a core function on Excel's arguments; a refusal is thrown as Excel's own error type. */
export function toExcel(fn: Evaluable, raw: readonly unknown[]): Output {
  const result = fn.evaluate(raw);
  if (!isError(result)) return fn.shape === 'word' ? statusWord(result as BandStatus, currentLanguage()) : result;
  const code = result.code as CustomFunctions.ErrorCode;
  const language = currentLanguage();
  throw new CustomFunctions.Error(
    code,
    describeError(result, language, argument => parameterName(fn.id, argument, language)),
  );
}
