// Hardening: every function of the catalogue, called the way Excel calls it, with whatever Excel
// can send: numbers of every size, blanks, text, booleans, error values, ranges of any shape
// (including the wrong shape for the parameter). It never throws, never shows NaN or Infinity,
// refuses with an Excel error code and a message that names the argument, and otherwise returns
// exactly what core computes.
import fc from 'fast-check';
import { CATALOGUE, Check, describeError, isError, Language, Param, Reason, statusWord } from '../../src/core';
import type { BandStatus, CaseloadError, WordParam } from '../../src/core';
import { parameterName } from '../../src/functions/localizedNames';
import { callExcel } from '../support/excelRuntime';

/**
 * Generated calls per function: 1,000 in `npm run test:fast`, 10,000 in `npm test` and CI, which
 * set FUZZ_RUNS (package.json).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`FUZZ_RUNS must be a whole number of runs, not "${process.env.FUZZ_RUNS}".`);

/** Refusals about the result as a whole, not about one argument. */
const WHOLE_RESULT: readonly Reason[] = ['tooLarge', 'bandNotLeft'];

const LANGUAGES = { 'en-US': 'en', 'nl-NL': 'nl' } as const satisfies Record<string, Language>;
type Tag = keyof typeof LANGUAGES;

// --- What Excel can send in one cell -------------------------------------------------------------

const extreme = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  52,
  1000,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e-308,
  -1e-308,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
);
const number = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 2000, noNaN: true }), weight: 5 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: -100, max: 100000 }), weight: 2 },
  { arbitrary: extreme, weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);
const blank = fc.constantFrom(null, undefined, '');
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('12', '1,5', '0.4', ' ', 'n.v.t.', '#N/A', 'TRUE'));
const errorValue = fc
  .constantFrom('#N/A', '#VALUE!', '#DIV/0!', '#NUM!', '#REF!', '#NAME?', '#NULL!', '#CALC!', '#SPILL!', '#BUSY!')
  .map(code => ({ code, type: 'Error' }));
/** Rich values (entities, formatted numbers) that an add-in can be sent as objects. */
const richValue = fc.constantFrom({ type: 'Double', basicValue: 3 }, { type: 'String', basicValue: 'x' }, {});

/** Numbers the parameter's check allows, and now and then a blank: calls that get as far as computing. */
const allowed: Record<Check, fc.Arbitrary<number>> = {
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  nonNegative: fc.oneof(
    { arbitrary: fc.double({ min: 0, max: 2000, noNaN: true }), weight: 6 },
    { arbitrary: fc.constantFrom(0, 1e308, Number.MAX_VALUE, 1e-308, 5e-324), weight: 1 },
    { arbitrary: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  ),
  positive: fc.oneof(
    { arbitrary: fc.double({ min: 0.01, max: 2000, noNaN: true }), weight: 6 },
    { arbitrary: fc.constantFrom(1e308, 1e-308, 5e-324), weight: 1 },
  ),
  share: fc.oneof(
    { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 6 },
    { arbitrary: fc.constantFrom(0, 1, 5e-324, 1 - 2 ** -53), weight: 1 },
  ),
};
const validCell = (check: Check) =>
  fc.oneof({ arbitrary: allowed[check], weight: 11 }, { arbitrary: blank, weight: 1 });

/** Every spelling a word parameter takes (each language's word), as typed: any case, spaces around. */
const spellings = (param: WordParam) => Object.values(param.words).flatMap(word => Object.values<string>(word));
const typedWord = (param: WordParam) =>
  fc
    .tuple(fc.constantFrom(...spellings(param)), fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '  '))
    .map(([word, upper, capital, space]) => {
      const cased = upper ? word.toUpperCase() : capital ? word[0].toUpperCase() + word.slice(1) : word;
      return `${space}${cased}${space}`;
    });
/** A word parameter's cell: one of its words most of the time, else a near miss or anything at all. */
function wordCell(param: WordParam, mode: Mode): fc.Arbitrary<unknown> {
  const nearMiss = fc.constantFrom(...spellings(param)).map(word => word.slice(0, -1));
  if (mode === 'valid') return fc.oneof({ arbitrary: typedWord(param), weight: 11 }, { arbitrary: blank, weight: 1 });
  if (mode === 'clean') {
    return fc.oneof(
      { arbitrary: typedWord(param), weight: 6 },
      { arbitrary: nearMiss, weight: 1 },
      { arbitrary: number, weight: 2 },
      { arbitrary: blank, weight: 1 },
    );
  }
  return fc.oneof(
    { arbitrary: typedWord(param), weight: 3 },
    { arbitrary: nearMiss, weight: 1 },
    { arbitrary: anyCell, weight: 3 },
  );
}
/** Mostly numbers of any sign and size. */
const cleanCell = fc.oneof({ arbitrary: number, weight: 9 }, { arbitrary: blank, weight: 1 });
const anyCell = fc.oneof(
  { arbitrary: number, weight: 12 },
  { arbitrary: blank, weight: 3 },
  { arbitrary: text, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: errorValue, weight: 1 },
  { arbitrary: richValue, weight: 1 },
);

// --- Ranges --------------------------------------------------------------------------------------

type Mode = 'valid' | 'clean' | 'any';
interface Shape {
  rows: number;
  cols: number;
}
const shape = fc.oneof(
  { arbitrary: fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 3 }) }), weight: 6 },
  { arbitrary: fc.record({ rows: fc.integer({ min: 1, max: 60 }), cols: fc.constant(1) }), weight: 2 },
  { arbitrary: fc.record({ rows: fc.constant(1), cols: fc.integer({ min: 1, max: 12 }) }), weight: 1 },
);
const rangeOf = (cell: fc.Arbitrary<unknown>, { rows, cols }: Shape) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const emptyRange = fc.constantFrom([], [[]]);

/**
 * One argument for a parameter: its own shape most of the time (a range of the run's shared
 * shape, so that ranges which must line up often do), and deliberately the wrong one sometimes.
 */
function argument(param: Param, mode: Mode, shared: Shape): fc.Arbitrary<unknown> {
  const cell =
    param.kind === 'word'
      ? wordCell(param, mode)
      : mode === 'valid'
        ? validCell(param.check)
        : mode === 'clean'
          ? cleanCell
          : anyCell;
  if (mode === 'valid') {
    return param.kind === 'range'
      ? fc.oneof({ arbitrary: rangeOf(cell, shared), weight: 9 }, { arbitrary: cell, weight: 1 })
      : fc.oneof({ arbitrary: cell, weight: 9 }, { arbitrary: rangeOf(cell, { rows: 1, cols: 1 }), weight: 1 });
  }
  const ranges = fc.oneof(
    { arbitrary: rangeOf(cell, shared), weight: 6 },
    { arbitrary: shape.chain(s => rangeOf(cell, s)), weight: 2 },
    { arbitrary: rangeOf(cell, { rows: 1, cols: 1 }), weight: 1 },
    { arbitrary: emptyRange, weight: 1 },
  );
  return param.kind === 'range'
    ? fc.oneof({ arbitrary: ranges, weight: 9 }, { arbitrary: cell, weight: 1 })
    : fc.oneof({ arbitrary: cell, weight: 12 }, { arbitrary: ranges, weight: 1 });
}

type Fn = (typeof CATALOGUE)[number];

/**
 * All arguments of one call: allowed values of the right shape, numbers of any sign and size, or
 * anything at all. Trailing arguments are sometimes left off, as when typed without them.
 */
function call(fn: Fn): fc.Arbitrary<unknown[]> {
  const params = Object.values(fn.params) as Param[];
  const mode = fc.constantFrom<Mode>('valid', 'valid', 'clean', 'any', 'any');
  const cut = fc.oneof(
    { arbitrary: fc.constant(params.length), weight: 5 },
    { arbitrary: fc.integer({ min: 0, max: params.length - 1 }), weight: 1 },
  );
  return fc
    .tuple(mode, shape, cut)
    .chain(([m, shared, n]) => fc.tuple(...params.map(p => argument(p, m, shared))).map(args => args.slice(0, n)));
}

// --- What a refusal says must be true of the arguments -------------------------------------------

/** An argument's cells in row order, as core reads a range (a single value is one cell). */
const flat = (raw: unknown): unknown[] =>
  Array.isArray(raw) ? raw.flatMap(row => (Array.isArray(row) ? row : [row])) : [raw];
const blankCell = (v: unknown) => v === null || v === undefined || v === '';
const sumOf = (raw: unknown) => flat(raw).reduce<number>((t, v) => t + (typeof v === 'number' ? v : 0), 0);
const numbersOf = (raw: unknown) => flat(raw).filter((v): v is number => typeof v === 'number');

/** Why what a refusal claims about the arguments is false, or undefined when it is true. */
function untrue(fn: Fn, args: unknown[], error: CaseloadError): string | undefined {
  const names = Object.keys(fn.params);
  const raw = (name?: string) => (name === undefined ? undefined : args[names.indexOf(name)]);
  const { argument, other, cell } = error.detail;
  const param = argument === undefined ? undefined : (fn.params as Record<string, Param>)[argument];
  if (argument !== undefined && !names.includes(argument)) return `unknown argument ${argument}`;
  const cells = flat(raw(argument));
  if (cell !== undefined && (cell < 1 || cell > cells.length)) return `cell ${cell} of ${cells.length}`;
  // the value the message is about: the cell, or the single value (a 1×1 range unwrapped)
  const v = cell !== undefined ? cells[cell - 1] : cells.length === 1 ? cells[0] : raw(argument);
  const num = typeof v === 'number' ? v : NaN;
  const claims: Partial<Record<Reason, () => boolean>> = {
    notANumber: () => typeof v !== 'number' && !blankCell(v),
    excelError: () => typeof v === 'object' && v !== null && String((v as { code?: unknown }).code).startsWith('#'),
    required: () => blankCell(v) || (Array.isArray(v) && flat(v).length === 0),
    negative: () => num < 0,
    notPositive: () => num <= 0,
    notAShare: () => num < 0 || num > 1,
    notSingle: () => Array.isArray(raw(argument)) && cells.length > 1,
    sizeMismatch: () => flat(raw(argument)).length !== flat(raw(other)).length,
    divisionByZero: () => (cell !== undefined ? num === 0 : sumOf(raw(argument)) === 0),
    // an indirect share of 1, or weighing factors that together leave nothing (Π(1 − r) = 0)
    noClientTime: () => num === 1 || numbersOf(raw(argument)).reduce((left, r) => left * (1 - r), 1) === 0,
    partExceedsWhole: () => sumOf(raw(argument)) > sumOf(raw(other)),
    notAWord: () =>
      param?.kind === 'word' &&
      !blankCell(v) &&
      !(typeof v === 'string' && spellings(param).some(word => word.toLowerCase() === v.trim().toLowerCase())),
    noVersion: () => numbersOf(raw(argument)).length === 0,
    beforeFirstVersion: () => numbersOf(raw(other)).every(from => num < from),
    endsBeforeStart: () => num < (flat(raw(other))[cell! - 1] as number),
  };
  const claim = claims[error.reason];
  return claim && !claim() ? `${error.reason} is not true of ${argument} ${JSON.stringify(v)}` : undefined;
}

// --- What must hold for every call ---------------------------------------------------------------

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

/** The same number (0 and −0 told apart) or the same matrix of numbers. */
const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => same(x, b[i])) : Object.is(a, b);

/** Why an outcome is wrong, or undefined when it is right. */
async function problem(fn: Fn, args: unknown[], tag: Tag): Promise<string | undefined> {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: tag } };
  const language = LANGUAGES[tag];
  const outcome = await callExcel(fn.id, ...args); // anything but an Excel error is rethrown
  const expected = fn.evaluate(args);
  const names = Object.keys(fn.params).map(p => parameterName(fn.id, p, language));

  if ('error' in outcome) {
    if (!isError(expected)) return `failed (${outcome.error}) where core gives a value`;
    const error = expected as CaseloadError;
    if (!/^#[A-Z/0!?]+$/.test(outcome.error)) return `error code ${outcome.error}`;
    if (outcome.error !== error.code) return `error ${outcome.error}, core says ${error.code}`;
    // The explanation goes with every error (Excel shows it with #VALUE! and #N/A; the pane always).
    const message = describeError(error, language, a => parameterName(fn.id, a, language));
    if (outcome.message !== message) return `message "${outcome.message}" in Excel, where core says "${message}"`;
    if (!message.trim()) return 'empty message';
    // no number or object that failed to print (the user's own text quoted back aside)
    const quotesInput = error.reason === 'notANumber' || error.reason === 'notAWord';
    const ownWords = quotesInput ? message.replace(`"${error.detail.got}"`, '') : message;
    if (/NaN|Infinity|undefined|\[object/.test(ownWords)) return `message "${message}"`;
    const falsehood = untrue(fn, args, error);
    if (falsehood) return falsehood;
    if (WHOLE_RESULT.includes(error.reason)) return undefined;
    if (!names.some(name => message.includes(name))) return `message names no argument: ${message}`;
    // The argument at fault, or for a relation between arguments (hours exceeded) the other side
    const { argument: at, other } = error.detail;
    const named = [at, other].filter(a => a !== undefined).map(a => parameterName(fn.id, a!, language));
    if (!named.some(name => message.includes(name)))
      return `message does not name the argument at fault (${at}): ${message}`;
    return undefined;
  }

  if (isError(expected)) return `value where core refuses (${expected.reason})`;
  const { value } = outcome;
  if (typeof value === 'string') {
    return value === statusWord(expected as BandStatus, language) ? undefined : `status "${value}"`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || value[0].length === 0) return 'empty spill';
    if (!value.every(row => Array.isArray(row) && row.length === value[0].length)) return 'ragged spill';
    if (!value.every(row => row.every(finite))) return `non-finite in spill ${JSON.stringify(value)}`;
  } else if (!finite(value)) {
    return `non-finite value ${value}`;
  }
  return same(value, expected) ? undefined : `value ${JSON.stringify(value)}, core says ${JSON.stringify(expected)}`;
}

const office = globalThis as { Office?: unknown };
const before = office.Office;
afterAll(() => {
  office.Office = before;
});

test.each(CATALOGUE.map(fn => [fn.id, fn] as const))('%s survives anything Excel can send', async (_id, fn) => {
  await fc.assert(
    fc.asyncProperty(call(fn), fc.constantFrom<Tag>('en-US', 'nl-NL'), async (args, tag) => {
      const wrong = await problem(fn, args, tag);
      if (wrong) throw new Error(wrong);
    }),
    { numRuns: RUNS },
  );
});
