// Holiday hours follow the calendar: a holiday on a Saturday or Sunday costs no working hours.
import { dutchHolidays, easterSunday, holidayHoursIn, weekdayHolidays } from '../../src/core';

test('Easter Sunday by the Gregorian computus, checked against the published dates', () => {
  expect([2024, 2025, 2026, 2027, 2038, 2285].map(easterSunday)).toEqual([
    '2024-03-31',
    '2025-04-20',
    '2026-04-05',
    '2027-03-28',
    '2038-04-25',
    '2285-03-22', // the earliest possible
  ]);
});

test('with Liberation Day only in lustrum years, 2026 has 6 holidays on a weekday and 2027 five (as issue 20 counts)', () => {
  expect(weekdayHolidays(2026, 'lustrum').map(h => h.date)).toEqual([
    '2026-01-01',
    '2026-04-06',
    '2026-04-27',
    '2026-05-14',
    '2026-05-25',
    '2026-12-25',
  ]);
  // New Year's Day is a Friday; Christmas and Boxing Day fall on the weekend.
  expect(weekdayHolidays(2027, 'lustrum').map(h => h.name)).toEqual([
    'newYear',
    'easterMonday',
    'kingsDay',
    'ascension',
    'whitMonday',
  ]);
  expect(holidayHoursIn(2026, 'lustrum', 36)).toBeCloseTo(6 * 7.2, 12);
  expect(holidayHoursIn(2027, 'lustrum', 36)).toBeCloseTo(5 * 7.2, 12);
});

test('with Liberation Day every year (the three cao presets), 5 May adds a day when it is a weekday', () => {
  expect(weekdayHolidays(2026, 'yearly')).toHaveLength(7); // 5 May 2026 is a Tuesday: 50.4 hours
  expect(weekdayHolidays(2027, 'yearly')).toHaveLength(6); // 5 May 2027 is a Wednesday
  expect(holidayHoursIn(2026, 'yearly', 36)).toBeCloseTo(50.4, 12);
  // 2030 is a lustrum year: the choice makes no difference.
  expect(weekdayHolidays(2030, 'lustrum')).toEqual(weekdayHolidays(2030, 'yearly'));
});

test('King’s Day moves to 26 April when 27 April is a Sunday', () => {
  expect(dutchHolidays(2025, 'lustrum').find(h => h.name === 'kingsDay')?.date).toBe('2025-04-26');
  expect(dutchHolidays(2026, 'lustrum').find(h => h.name === 'kingsDay')?.date).toBe('2026-04-27');
  // 26 April 2025 is a Saturday: no working hours lost.
  expect(weekdayHolidays(2025, 'yearly').some(h => h.name === 'kingsDay')).toBe(false);
});

test('a part-time week: a holiday is a fifth of the weekly hours', () => {
  expect(holidayHoursIn(2027, 'yearly', 32)).toBeCloseTo(6 * 6.4, 12);
});
