// Calls through the registered custom functions that a test expects to succeed or to be refused,
// and a core result that must not be a refusal: shared by the tests of this folder.
import { CATALOGUE, describeError, isError, Language, Result } from '../../src/core';
import { parameterName } from '../../src/functions/localizedNames';
import { callExcel, inLanguage } from '../support/excelRuntime';

/** The value a call gives; a refusal fails the test with its message. */
export async function value(id: string, ...args: unknown[]) {
  const outcome = await callExcel(id, ...args);
  if (!('value' in outcome)) throw new Error(`${id} failed: ${outcome.message}`);
  return outcome.value;
}

/** The refusal a call gives ({ error, message }); a value fails the test. */
export async function failure(id: string, ...args: unknown[]) {
  const outcome = await callExcel(id, ...args);
  if ('value' in outcome) throw new Error(`${id} returned ${JSON.stringify(outcome.value)} instead of an error`);
  return outcome;
}

/** The refusal as English Excel shows it. */
export const english = (id: string, ...args: unknown[]) => inLanguage('en-US', () => failure(id, ...args));
/** The refusal as Dutch Excel shows it. */
export const dutch = (id: string, ...args: unknown[]) => inLanguage('nl-NL', () => failure(id, ...args));

/**
 * A refusal as core explains it in English: what the pane says, and what Excel shows with #VALUE!
 * and #N/A (with #DIV/0! and #NUM! Excel shows no message, so a call through Excel gives none).
 */
const explain =
  (language: Language) =>
  (id: string, ...args: unknown[]) => {
    const result = CATALOGUE.find(fn => fn.id === id)!.evaluate(args);
    if (!isError(result)) throw new Error(`${id} returned ${JSON.stringify(result)} instead of an error`);
    return { error: result.code, message: describeError(result, language, a => parameterName(id, a, language)) };
  };
export const explained = explain('en');
/** The same in Dutch. */
export const explainedNl = explain('nl');

/** A core result that must be a value. */
export const ok = <T>(result: Result<T>): T => {
  if (isError(result)) throw new Error(`unexpected refusal: ${result.reason}`);
  return result;
};
