// docs/bad-input.md shows what Excel shows for bad input. Every row of its "## Functions" table is
// a test: the input is parsed as English Excel would read it, passed the way Excel passes it, and
// the error and message must be exactly what the table says ("—": none, as Excel shows none).
// And a message is promised only with the two errors Excel shows one with.
import { CATALOGUE, Param } from '../../src/core';
import { SHOWN_WITH_MESSAGE } from '../../src/functions/excelEdge';
import { callExcel, inLanguage } from '../support/excelRuntime';
import { badInputTable } from '../workbook/support/markdownTable';

interface Row {
  fn: string;
  input: string;
  shows: string;
  message: string;
}

/** The rows of the first table under "## Functions", each cell without the backticks around it. */
const functionsTable = (): Row[] =>
  badInputTable('## Functions', ['function', 'input', 'Excel shows', 'message']).map(row => {
    const [fn, input, shows, message] = row.map(cell => cell.replace(/^`(.*)`$/, '$1'));
    return { fn, input, shows, message };
  });

/** Splits on `separator` where it is not inside quotes or braces. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '{') depth++;
    else if (!quoted && ch === '}') depth--;
    if (ch === separator && !quoted && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** One value as Excel reads it: a number, "text", TRUE/FALSE, an error value, or a blank. */
function value(token: string): unknown {
  const t = token.trim();
  if (t === '') return null;
  if (/^".*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  if (/^#(N\/A|VALUE!|DIV\/0!|NUM!|REF!|NAME\?|NULL!|CALC!)$/.test(t)) return { code: t };
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  throw new Error(`cannot read ${JSON.stringify(token)} as an Excel value`);
}

/** An argument: an array constant {a;b} (a column) or {a,b} (a row) as a 2-D array, or one value. */
function argument(token: string): unknown {
  const t = token.trim();
  if (!t.startsWith('{')) return value(t);
  if (!t.endsWith('}')) throw new Error(`unclosed array constant ${t}`);
  return splitTop(t.slice(1, -1), ';').map(row => splitTop(row, ',').map(value));
}

/** `=CASELOAD.NAME(a, b, ...)` as the function id and the arguments Excel would pass. */
function parseFormula(formula: string): { id: string; args: unknown[] } {
  const match = /^=CASELOAD\.([A-Z_0-9]+)\((.*)\)$/.exec(formula.trim());
  if (!match) throw new Error(`not a CASELOAD formula: ${formula}`);
  const [, id, list] = match;
  const fn = CATALOGUE.find(f => f.id === id);
  if (!fn) throw new Error(`${id} is not in the catalogue`);
  const params = Object.values(fn.params) as Param[];
  const raw = list.trim() === '' ? [] : splitTop(list, ',').map(argument);
  if (raw.length > params.length) throw new Error(`${formula}: ${id} takes at most ${params.length} arguments`);
  const args = raw.map((arg, i) => {
    // A range parameter always receives a range: one value arrives as a 1×1 range.
    if (params[i].kind === 'range') return Array.isArray(arg) || arg === null ? arg : [[arg]];
    // Excel would call the function once per element (array lifting), so such a row would not be true.
    if (Array.isArray(arg)) throw new Error(`${formula}: argument ${i + 1} of ${id} takes one value, not an array`);
    return arg;
  });
  return { id, args };
}

const rows = functionsTable();

test('the table has rows, and at least one for every function of the catalogue', () => {
  expect(rows.length).toBeGreaterThan(0);
  const covered = new Set(rows.map(row => row.fn));
  expect(CATALOGUE.map(fn => fn.id).filter(id => !covered.has(id))).toEqual([]);
});

test('a message only with #VALUE! and #N/A, the two errors Excel shows one with', () => {
  const promised = rows.filter(row => row.message !== '—').map(row => row.shows);
  expect([...new Set(promised)].sort()).toEqual(['#N/A', '#VALUE!']);
  expect(rows.filter(row => row.message === '—').map(row => row.shows)).toContain('#DIV/0!');
});

test('the parser reads English Excel: numbers, text, blanks, booleans, errors, column and row arrays', () => {
  expect(parseFormula('=CASELOAD.WEIGHTED_CASELOAD({10;6;2}, {1,1.5,3}, )')).toEqual({
    id: 'WEIGHTED_CASELOAD',
    args: [[[10], [6], [2]], [[1, 1.5, 3]], null],
  });
  expect(parseFormula('=CASELOAD.CLIENT_HOURS("a, ""b""", -1.5e3)').args).toEqual(['a, "b"', -1500]);
  expect(parseFormula('=CASELOAD.STAFFING_RATIO(TRUE, #N/A)').args).toEqual([true, { code: '#N/A' }]);
  expect(parseFormula('=CASELOAD.CASE_RATE(86, {1;#DIV/0!})').args).toEqual([[[86]], [[1], [{ code: '#DIV/0!' }]]]);
  expect(() => parseFormula('=CASELOAD.CLIENT_HOURS({1;2}, 0.4)')).toThrow(/not an array/);
});

test.each(rows.map(row => [row.input, row] as const))('%s', async (_input, row) => {
  const { id, args } = parseFormula(row.input);
  expect(id).toBe(row.fn);
  const outcome = await inLanguage('en-US', () => callExcel(id, ...args));
  // What Excel shows: the message only with #VALUE! and #N/A ("—": none).
  const shown =
    'error' in outcome
      ? { error: outcome.error, message: SHOWN_WITH_MESSAGE.has(outcome.error) ? outcome.message : '' }
      : outcome;
  expect(shown).toEqual({ error: row.shows, message: row.message === '—' ? '' : row.message });
});
