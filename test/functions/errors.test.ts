// Bad input as Excel sends it: the right Excel error, and a message that names the argument
// in the user's language (Dutch parameter names in a Dutch Excel). Excel shows a function's message
// with #VALUE! and #N/A only, so every refusal that needs explaining is one of those; #DIV/0! (an
// argument that is zero) and #NUM! (a number beyond Excel's range) come without one.
import { column } from '../support/excelRuntime';
import { dutch, english, explained } from './calls';

test('DOMAIN.md example 12: negative hours per week is #VALUE! "hours_per_week must be ≥ 0"', async () => {
  expect(await english('AVAILABLE_HOURS', -36)).toEqual({ error: '#NUM!', message: 'hours_per_week must be ≥ 0.' });
  expect(await dutch('AVAILABLE_HOURS', -36)).toEqual({ error: '#NUM!', message: 'uren_per_week moet ≥ 0 zijn.' });
});

test('DOMAIN.md example 12: ranges of different size are #VALUE! naming both ranges and sizes', async () => {
  const { error, message } = await english('WEIGHTED_CASELOAD', column(1, 2), column(1));
  expect(error).toBe('#VALUE!');
  expect(message).toBe('counts (2×1) and weights (1×1) must have the same number of cells.');
  expect((await dutch('WEIGHTED_CASELOAD', column(1, 2), column(1))).message).toBe(
    'aantallen (2×1) en gewichten (1×1) moeten evenveel cellen hebben.',
  );
});

test('DOMAIN.md example 12: an indirect share above 1 is #NUM! "must be between 0 and 1"', async () => {
  const { error, message } = await english('CLIENT_HOURS', 1000, 1.2);
  expect(error).toBe('#NUM!');
  expect(message).toMatch(/^indirect_share must be between 0 and 1/);
});

test('text where a number is needed is #VALUE! naming the argument and quoting the text', async () => {
  expect(await english('CLIENT_HOURS', 'veel', 0.4)).toEqual({
    error: '#VALUE!',
    message: 'available_hours must be a number, but holds "veel".',
  });
  expect((await dutch('CLIENT_HOURS', 'veel', 0.4)).message).toBe(
    'beschikbare_uren moet een getal zijn, maar bevat "veel".',
  );
});

test('text inside a range names the cell it sits in', async () => {
  const { error, message } = await english('FTE_NEEDED', column(120, 'n.v.t.'), column(20, 45), 1517);
  expect(error).toBe('#VALUE!');
  expect(message).toBe('case_counts (cell 2) must be a number, but holds "n.v.t.".');
});

test('a boolean is not taken for a number', async () => {
  expect((await english('STAFFING_RATIO', true, 5)).message).toMatch(/existing_fte must be a number, but holds "TRUE"/);
});

test('negative FTE in a roster is #NUM! naming the cell', async () => {
  const { error, message } = await english('STAFF_CAPACITY', column(1, -0.5), column(0, 0), 20, 30);
  expect(error).toBe('#NUM!');
  expect(message).toBe('fte_range (cell 2) must be ≥ 0.');
});

test('a reduction outside 0..1 is #NUM! with the allowed range', async () => {
  const { error, message } = await english('BANDWIDTH', 910, 40, 25, column(0.05, 5));
  expect(error).toBe('#NUM!');
  expect(message).toMatch(/reductions \(cell 2\) must be between 0 and 1/);
});

test('an argument that is zero where it divides is #DIV/0!, as in Excel, its message naming the argument', async () => {
  expect(await english('STAFFING_RATIO', 5, 0)).toEqual({
    error: '#DIV/0!',
    message: 'needed_fte is 0, which would divide by zero.',
  });
  // The pane still names the argument.
  expect(explained('STAFFING_RATIO', 5, 0)).toEqual({
    error: '#DIV/0!',
    message: 'needed_fte is 0, which would divide by zero.',
  });
  expect((await english('WEIGHTED_CASELOAD', column(1), column(1), 0)).error).toBe('#DIV/0!');
  expect(explained('BANDWIDTH', 910, 0, 25).message).toMatch(/^hours_per_case_high is 0/);
  expect((await english('COST_PER_CASE', 1000, 0, null)).error).toBe('#VALUE!');
  expect((await english('COST_PER_CASE', 1000, 0, 0)).error).toBe('#DIV/0!');
  expect((await english('INDIRECT_TIME_SHARE', column(null), column(null))).error).toBe('#DIV/0!');
});

test('a refusal whose reason is not a plain zero is #VALUE!, so Excel shows the explanation', async () => {
  expect(await english('FTE_NEEDED', column(1), column(1), 1500, 1)).toEqual({
    error: '#VALUE!',
    message: 'indirect_share is 1 (100%), which leaves no client hours.',
  });
  expect(await english('BANDWIDTH_POSITION', 30, 25, 25)).toEqual({
    error: '#VALUE!',
    message: 'high (25) equals low; a range needs two different bounds.',
  });
});

test('a blank required argument is #VALUE! "is required"', async () => {
  expect(await english('CLIENT_HOURS', null, 0.4)).toEqual({
    error: '#VALUE!',
    message: 'available_hours is required.',
  });
});

test('a multi-cell range where one value is needed is #VALUE! with its size', async () => {
  expect((await english('CLIENT_HOURS', column(1, 2), 0.4)).message).toBe(
    'available_hours takes one value, not a range of 2×1.',
  );
});

test('an Excel error value arriving as input is passed on with its own code, where a function may give it', async () => {
  const { error, message } = await english('WEIGHTED_CASELOAD', column(1, { code: '#N/A' }), column(1, 1));
  expect(error).toBe('#N/A');
  expect(message).toBe('counts (cell 2) contains the error #N/A.');
  expect((await english('CLIENT_HOURS', { code: '#DIV/0!' }, 0.4)).error).toBe('#DIV/0!');
  // #REF! and #NAME? a custom function may take but not give: #VALUE!, saying which error came in.
  expect(await english('CLIENT_HOURS', { code: '#REF!' }, 0.4)).toEqual({
    error: '#VALUE!',
    message: 'available_hours contains the error #REF!.',
  });
});

test('deductions larger than the contract hours are #VALUE!, not a negative number of hours', async () => {
  const { error, message } = await english('AVAILABLE_HOURS', 10, 52, 600);
  expect(error).toBe('#VALUE!');
  expect(message).toMatch(/exceed the contract hours/);
});

test('indirect hours above total hours are #VALUE!, not a share above 1', async () => {
  expect((await english('INDIRECT_TIME_SHARE', 40, 36)).message).toBe(
    'indirect_hours (40) is more than total_hours (36).',
  );
});

test('a result too large for Excel is #NUM!, never Infinity', async () => {
  expect(await english('CONCURRENT_CASELOAD', 1e308, 1e308)).toEqual({
    error: '#NUM!',
    message: 'The result is too large for Excel.',
  });
  expect((await english('WEIGHTED_CASELOAD', column(1e308, 1e308), column(1e308, 1e308))).error).toBe('#NUM!');
});
