// Dutch public holidays of a year, and how many fall on a weekday: a holiday on a Saturday or a
// Sunday costs no working hours, so the holiday hours of AVAILABLE_HOURS differ per year. The
// days are the ones the collective agreements of the sector name (Cao Gemeenten art. 6.6, Cao
// Sociaal Werk art. 5.9, Cao Jeugdzorg art. 9.7): Good Friday is in none of them; Easter Sunday
// and Whit Sunday are always Sundays. Whether Liberation Day (5 May) counts every year or only in
// lustrum years (2025, 2030 …) is the agreement's choice, so it is an argument.
import { addDays, isoToSerial } from './dates';

export type LiberationDay = 'yearly' | 'lustrum';

export type HolidayName =
  'newYear' | 'easterMonday' | 'kingsDay' | 'liberationDay' | 'ascension' | 'whitMonday' | 'christmas' | 'boxingDay';

export interface Holiday {
  name: HolidayName;
  /** ISO date. */
  date: string;
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm: Meeus, Jones, Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (Excel serial 1 is Sunday 31 December 1899). */
const weekday = (date: string): number => (isoToSerial(date)! + 6) % 7;

/** The holidays of `year`, in calendar order. */
export function dutchHolidays(year: number, liberation: LiberationDay): Holiday[] {
  const easter = easterSunday(year);
  // Koningsdag moves to the Saturday before when 27 April is a Sunday.
  const kings = weekday(iso(year, 4, 27)) === 0 ? iso(year, 4, 26) : iso(year, 4, 27);
  const days: Holiday[] = [
    { name: 'newYear', date: iso(year, 1, 1) },
    { name: 'easterMonday', date: addDays(easter, 1) },
    { name: 'kingsDay', date: kings },
    ...(liberation === 'yearly' || year % 5 === 0 ? [{ name: 'liberationDay' as const, date: iso(year, 5, 5) }] : []),
    { name: 'ascension', date: addDays(easter, 39) },
    { name: 'whitMonday', date: addDays(easter, 50) },
    { name: 'christmas', date: iso(year, 12, 25) },
    { name: 'boxingDay', date: iso(year, 12, 26) },
  ];
  return days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The holidays of `year` that fall on Monday to Friday: the ones that cost working hours. */
export const weekdayHolidays = (year: number, liberation: LiberationDay): Holiday[] =>
  dutchHolidays(year, liberation).filter(h => weekday(h.date) >= 1 && weekday(h.date) <= 5);

/** Holiday hours of a full-time FTE in `year`: each weekday holiday is one day of hoursPerWeek / 5. */
export const holidayHoursIn = (year: number, liberation: LiberationDay, hoursPerWeek: number): number =>
  (weekdayHolidays(year, liberation).length * hoursPerWeek) / 5;
