// Calls the custom functions the way Excel does: by the id each one is registered under.
// The ids and the functions they point at come from the same metadata generator the build uses.
import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functions from '../../src/functions/functions';

export const FUNCTIONS_FILE = path.resolve(__dirname, '../../src/functions/functions.ts');

export type Outcome = { value: unknown } | { error: string; message: string };

let registry: Promise<Map<string, (...args: unknown[]) => unknown>> | undefined;

export function registeredFunctions() {
  registry ??= generateCustomFunctionsMetadata([FUNCTIONS_FILE], true).then(generated => {
    if (generated.errors.length) throw new Error(generated.errors.join('\n'));
    const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    return new Map(generated.associate.map(a => [a.id, exported[a.functionName]]));
  });
  return registry;
}

/** Calls a function by id; a thrown CustomFunctions.Error comes back as { error, message }. */
export async function callExcel(id: string, ...args: unknown[]): Promise<Outcome> {
  const fn = (await registeredFunctions()).get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  try {
    return { value: fn(...args) };
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    if (typeof code === 'string' && code.startsWith('#')) return { error: code, message };
    throw e;
  }
}

/** A column range as Excel passes it: [[a], [b], ...]. */
export const column = (...values: unknown[]) => values.map(v => [v]);

/** Runs `body` with Office reporting the given display language. */
export async function inLanguage<T>(tag: string, body: () => Promise<T>): Promise<T> {
  const scope = globalThis as { Office?: unknown };
  const before = scope.Office;
  scope.Office = { context: { displayLanguage: tag } };
  try {
    return await body();
  } finally {
    scope.Office = before;
  }
}
