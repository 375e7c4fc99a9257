// Dates as people type them and as cells hold them: one reader for the pane's date fields, the
// weeks and the workbook. What a person would type is read as that day; what is no day, or a year
// typed wrong, is refused with the reason, never kept as a date that puts a period out of force.
import { FIRST_YEAR, LAST_YEAR, PersonSchema, readDate, serialToPlanDate, weekMonday } from '../../src/core';

describe('readDate', () => {
  it.each([
    '16-03-2026',
    '16-3-2026',
    '16/03/2026',
    '16.03.2026',
    '2026-03-16',
    '16 maart 2026',
    '16 mrt 2026',
    '16 mrt. 2026',
    '16 March 2026',
    '16 Mar 2026',
    'March 16, 2026',
    '  16 MAART 2026 ',
  ])('reads "%s" as 16 March 2026', typed => {
    expect(readDate(typed)).toEqual({ iso: '2026-03-16' });
  });

  it('reads a day and month of one digit', () => {
    expect(readDate('6-3-2026')).toEqual({ iso: '2026-03-06' });
    expect(readDate('1 mei 2027')).toEqual({ iso: '2027-05-01' });
    expect(readDate('1 May 2027')).toEqual({ iso: '2027-05-01' });
  });

  it.each(['31-02-2026', '29-02-2027', '2026-02-30', '32-01-2026', '16-13-2026', '00-03-2026', '31 april 2026'])(
    'refuses "%s": that day does not exist',
    typed => expect(readDate(typed)).toEqual({ problem: 'noSuchDay' }),
  );

  it('takes 29 February in a leap year', () => expect(readDate('29-02-2028')).toEqual({ iso: '2028-02-29' }));

  it.each(['20266-03-16', '16-03-20266', '16-03-26', '1-1-1989', '1 januari 2101', '1026-03-16'])(
    'refuses "%s": a year outside 1990 to 2100',
    typed => expect(readDate(typed)).toEqual({ problem: 'yearOutOfRange' }),
  );

  it('takes the first and last day of the years a plan may hold', () => {
    expect(readDate(`1-1-${FIRST_YEAR}`)).toEqual({ iso: '1990-01-01' });
    expect(readDate(`31-12-${LAST_YEAR}`)).toEqual({ iso: '2100-12-31' });
  });

  it.each(['', 'volgende week', 'Q1 2027', '16 maaart 2026', '2026', '16-03', 'wk 12 2026'])(
    'refuses "%s": not a date',
    typed => expect(readDate(typed)).toEqual({ problem: 'notADate' }),
  );
});

describe('Excel serial numbers', () => {
  it('reads a day in the plan’s years', () => expect(serialToPlanDate(46097)).toBe('2026-03-16'));
  it('refuses a number that is no day of those years, however large, without failing', () => {
    for (const serial of [0, 1, 30000, 1e7, 1e20, -5, Number.NaN, Infinity])
      expect(serialToPlanDate(serial)).toBe(undefined);
  });
});

describe('weekMonday', () => {
  it('takes a date typed as in a date field', () => {
    expect(weekMonday('18-03-2026')).toBe('2026-03-16');
    expect(weekMonday('18 maart 2026')).toBe('2026-03-16');
  });
  it('still takes week labels and ISO dates', () => {
    expect(weekMonday('wk 12 2026')).toBe('2026-03-16');
    expect(weekMonday('2026-W12')).toBe('2026-03-16');
    expect(weekMonday('2026-03-18')).toBe('2026-03-16');
  });
  it('refuses a week or a date outside the plan’s years, and a serial that is no day, without failing', () => {
    expect(weekMonday('wk 12 20266')).toBe(undefined);
    expect(weekMonday('20266-03-16')).toBe(undefined);
    expect(weekMonday('31-02-2026')).toBe(undefined);
    expect(weekMonday(1e20)).toBe(undefined);
  });
});

describe('a date in the plan', () => {
  const person = { name: 'Anouk', fte: 1, reduction: 0, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 };
  it('is a real day of 1990 to 2100 as ISO text, or blank for a period without a limit', () => {
    expect(PersonSchema.safeParse({ ...person, from: '2026-03-16', to: '' }).success).toBe(true);
    for (const from of ['20266-03-16', '1985-03-16', '2026-02-30', '16-03-2026'])
      expect(PersonSchema.safeParse({ ...person, from }).success).toBe(false);
  });
});
