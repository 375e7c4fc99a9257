// Calls the custom functions the way Excel does: by the id each one is registered under. Loading
// the functions' entry point registers them (outside Excel, in the stand-in registry).
import '../../src/functions/functions';
import { standaloneRegistry } from '../../src/functions/standaloneRuntime';

export type Outcome = { value: unknown } | { error: string; message: string };

/** Calls a function by id; a thrown CustomFunctions.Error comes back as { error, message }. */
export async function callExcel(id: string, ...args: unknown[]): Promise<Outcome> {
  const fn = standaloneRegistry.get(id) as ((...args: unknown[]) => unknown) | undefined;
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
