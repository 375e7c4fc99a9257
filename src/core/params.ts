// Declares a catalogue function once: its parameters (order, shape, allowed values, defaults)
// and its pure computation. From that one declaration come the coercion of Excel's arguments,
// the checks with messages that name the argument, and the guarantee of a finite result.
import { Cells, isBlank, NO_CELLS, toCells, toSingle, toWord, WordChoices } from './cells';
import { Check, violation } from './checks';
import { CaseloadError, Result } from './result';

export type { Check } from './checks';

interface Checked {
  readonly check: Check;
}
export interface RequiredParam extends Checked {
  readonly kind: 'required';
}
export interface DefaultParam extends Checked {
  readonly kind: 'default';
  readonly fallback: number;
}
export interface OptionalParam extends Checked {
  readonly kind: 'optional';
}
export interface RangeParam extends Checked {
  readonly kind: 'range';
  /** Another range parameter this one must line up with, cell for cell (when both are given). */
  readonly sameSizeAs?: string;
  /** May be left out (read as a range without cells). */
  readonly optional?: boolean;
}
/** One word out of a few ("above", "below", "both"), typed in any language; blank gives the fallback. */
export interface WordParam<W extends string = string> {
  readonly kind: 'word';
  readonly words: WordChoices<W>;
  readonly fallback: W;
  /**
   * A word has no numeric check. Typed `never` (and absent) so that code reading the check of
   * numeric parameters, such as sums.ts on a function's first two ranges, needs no case for words.
   */
  readonly check: never;
}
export type Param = RequiredParam | DefaultParam | OptionalParam | RangeParam | WordParam;
export type Params = Record<string, Param>;

type ValueOf<P extends Param> = P extends RangeParam
  ? Cells
  : P extends WordParam<infer W>
    ? W
    : P extends OptionalParam
      ? number | undefined
      : number;
export type Args<P extends Params> = { readonly [K in keyof P]: ValueOf<P[K]> };

export const required = (check: Check = 'number'): RequiredParam => ({ kind: 'required', check });
export const withDefault = (fallback: number, check: Check = 'number'): DefaultParam => ({
  kind: 'default',
  check,
  fallback,
});
export const optional = (check: Check = 'number'): OptionalParam => ({ kind: 'optional', check });
export const range = (check: Check = 'number', sameSizeAs?: string): RangeParam => ({
  kind: 'range',
  check,
  sameSizeAs,
});
export const optionalRange = (check: Check = 'number', sameSizeAs?: string): RangeParam => ({
  kind: 'range',
  check,
  sameSizeAs,
  optional: true,
});
/** One of `words` (ids in English, with every language's spelling), `fallback` when left blank. */
export const word = <const W extends string>(words: WordChoices<W>, fallback: NoInfer<W>): WordParam<W> =>
  ({ kind: 'word', words, fallback }) as WordParam<W>;

/** Whether Excel may call the function without this parameter. */
export const isOptional = (param: Param): boolean =>
  param.kind === 'default' ||
  param.kind === 'optional' ||
  param.kind === 'word' ||
  (param.kind === 'range' && param.optional === true);

export type Output = number | string | number[][];

/**
 * What a function returns, as Excel's metadata declares it: one number, a word (localized at the
 * edge, e.g. "within"), or a spill of rows. Declared only where it is not a number, checked
 * against the computation's type.
 */
export type Shape = 'number' | 'word' | 'matrix';
type ShapeOf<R extends Output> = R extends number ? 'number' : R extends string ? 'word' : 'matrix';

export interface CaseloadFunction<P extends Params = Params, R extends Output = Output, I extends string = string> {
  /** The Excel function id, e.g. AVAILABLE_HOURS. */
  readonly id: I;
  readonly params: P;
  readonly shape: Shape;
  /** The model itself, on clean numbers. */
  readonly compute: (args: Args<P>) => Result<R>;
  /** Excel's raw arguments, in parameter order, coerced and checked, then computed. */
  readonly evaluate: (raw: readonly unknown[]) => Result<R>;
}

type Value = number | undefined | Cells | string;

/**
 * Ranges the caller will pass again and again unchanged (the plan's figures pass the same roster
 * and band-history columns for every one of 260 weeks), with their coercion remembered. Excel
 * passes fresh arrays on every call: those are never remembered and cost nothing here.
 */
const reused = new WeakMap<object, Map<string, Result<Cells>>>();

/** Marks a range as passed unchanged to many calls, so it is coerced once. Returns it. */
export function reusedRange<T extends object>(range: T): T {
  if (!reused.has(range)) reused.set(range, new Map());
  return range;
}

function coerceRange(param: RangeParam, raw: unknown, argument: string): Result<Cells> {
  if (param.optional && isBlank(raw)) return NO_CELLS;
  const known = typeof raw === 'object' && raw !== null ? reused.get(raw) : undefined;
  if (!known) return toCells(raw, argument, param.check);
  const key = `${argument}:${param.check}`;
  let cells = known.get(key);
  if (!cells) known.set(key, (cells = toCells(raw, argument, param.check)));
  return cells;
}

function coerce(param: Param, raw: unknown, argument: string): Result<Value> {
  if (param.kind === 'range') return coerceRange(param, raw, argument);
  if (param.kind === 'word') {
    return toWord(raw, argument, param.words) ?? param.fallback;
  }
  const value = toSingle(raw, argument);
  if (value instanceof CaseloadError) return value;
  if (value === null) {
    if (param.kind === 'default') return param.fallback;
    if (param.kind === 'optional') return undefined;
    return new CaseloadError('#VALUE!', 'required', { argument });
  }
  return violation(value, param.check, argument) ?? value;
}

function isFiniteOutput(result: Output): boolean {
  if (typeof result === 'number') return Number.isFinite(result);
  if (typeof result === 'string') return true;
  return result.every(row => row.every(Number.isFinite));
}

export function define<const I extends string, P extends Params, R extends Output>(
  id: I,
  params: P,
  compute: (args: Args<P>) => Result<R>,
  ...shape: R extends number ? [] : [ShapeOf<R>]
): CaseloadFunction<P, R, I> {
  const names = Object.keys(params);
  const pairs = names.flatMap(name => {
    const param = params[name];
    return param.kind === 'range' && param.sameSizeAs ? [[name, param.sameSizeAs] as const] : [];
  });
  const evaluate = (raw: readonly unknown[]): Result<R> => {
    const args: Record<string, Value> = {};
    for (let i = 0; i < names.length; i++) {
      const value = coerce(params[names[i]], raw[i], names[i]);
      if (value instanceof CaseloadError) return value;
      args[names[i]] = value;
    }
    for (const [name, other] of pairs) {
      const a = args[name] as Cells;
      const b = args[other] as Cells;
      const leftOut = isOptional(params[name]) && a.values.length === 0;
      if (!leftOut && a.values.length !== b.values.length) {
        return new CaseloadError('#VALUE!', 'sizeMismatch', {
          argument: other,
          got: b.shape,
          other: name,
          otherGot: a.shape,
        });
      }
    }
    const result = compute(args as Args<P>);
    if (result instanceof CaseloadError || isFiniteOutput(result)) return result;
    return new CaseloadError('#NUM!', 'tooLarge', {});
  };
  return { id, params, shape: shape[0] ?? 'number', compute, evaluate };
}
