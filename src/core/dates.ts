// Dates as the plan keeps them (ISO text, "2026-03-16") and as Excel and the functions take them
// (serial numbers, days since 1899-12-30), and weeks: a week is the date of its Monday, and the
// labels people type for a week ("wk 12 2026", "2026-W12") are read as that Monday. One reader
// for every date a person types or a cell holds ("16-03-2026", "16 maart 2026", "2026-03-16"),
// in the pane and from a workbook alike.

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-16" as a UTC time, or undefined for anything that is not a real calendar date. */
function isoTime(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number);
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? time : undefined;
}

const isoOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

export const isIsoDate = (text: string): boolean => isoTime(text) !== undefined;

/**
 * The years a date in the plan may fall in. A team plans from now to a few years ahead and looks
 * back a few years; a year outside these is a typing slip (20266, 1026), refused rather than kept
 * as a date that would silently put a period out of force.
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

const inYears = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/** A date the plan may hold: ISO text of a real day from FIRST_YEAR to LAST_YEAR. */
export const isPlanDate = (text: string): boolean => isIsoDate(text) && inYears(Number(text.slice(0, 4)));

/** Why a typed date or a cell cannot be read as a date. */
export type DateProblem = 'notADate' | 'noSuchDay' | 'yearOutOfRange';
export type DateRead = { iso: string } | { problem: DateProblem };

// Month names as people write them in Dutch and in English, in full or short ("mrt", "Sept.").
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['januari', 'jan', 'january'],
    ['februari', 'feb', 'february'],
    ['maart', 'mrt', 'mar', 'march'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'jun', 'june'],
    ['juli', 'jul', 'july'],
    ['augustus', 'aug', 'august'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct', 'october'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map(name => [name, i + 1])),
);

// The year as typed, any number of digits: "20266" is a year out of range, not "no date".
const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)$/; // 16-03-2026, 6/3/2026, 16.03.2026
const YEAR_MONTH_DAY = /^(\d{3,})-(\d{1,2})-(\d{1,2})$/; // 2026-03-16
const DAY_NAME_YEAR = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d+)$/u; // 16 maart 2026, 16 mrt. 2026, 16 March 2026
const NAME_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d+)$/u; // March 16, 2026

/** The date of a year, month and day as typed; a month name that is none is no date. */
function dateOf(year: string, month: number | undefined, day: string): DateRead {
  if (month === undefined) return { problem: 'notADate' };
  if (!inYears(Number(year))) return { problem: 'yearOutOfRange' };
  const iso = `${Number(year)}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? { iso } : { problem: 'noSuchDay' };
}

/**
 * A date as a person types it: 16-03-2026 (also 16/3/2026 or 16.03.2026), 2026-03-16, or with the
 * month's name in Dutch or English ("16 maart 2026", "16 mrt 2026", "16 March 2026", "March 16,
 * 2026"). A day that does not exist (31-02-2026) or a year outside FIRST_YEAR…LAST_YEAR is refused
 * with the reason; so is a two-digit year, which could be either century.
 */
export function readDate(typed: string): DateRead {
  const text = typed.trim().toLowerCase();
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return dateOf(match[3], Number(match[2]), match[1]);
  match = YEAR_MONTH_DAY.exec(text);
  if (match) return dateOf(match[1], Number(match[2]), match[3]);
  match = DAY_NAME_YEAR.exec(text);
  if (match) return dateOf(match[3], MONTHS[match[2]], match[1]);
  match = NAME_DAY_YEAR.exec(text);
  if (match) return dateOf(match[3], MONTHS[match[1]], match[2]);
  return { problem: 'notADate' };
}

/** The plan's date for an Excel serial number (its whole day), if that day lies in the plan's years. */
export function serialToPlanDate(serial: number): string | undefined {
  // Checked before converting: a serial far outside any calendar has no ISO text at all.
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) return undefined;
  return serialToIso(serial);
}

/** Excel's serial number of an ISO date, or undefined. */
export function isoToSerial(iso: string): number | undefined {
  const time = isoTime(iso);
  return time === undefined ? undefined : Math.round((time - EXCEL_EPOCH) / DAY_MS);
}

/** The ISO date of an Excel serial number (its whole days). */
export const serialToIso = (serial: number): string => isoOf(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);

const FIRST_SERIAL = isoToSerial(`${FIRST_YEAR}-01-01`)!;
const LAST_SERIAL = isoToSerial(`${LAST_YEAR}-12-31`)!;

/** Today as the pane sees it, in the user's own time zone. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The Monday of the week an ISO date falls in. */
export function mondayOf(iso: string): string | undefined {
  const time = isoTime(iso);
  if (time === undefined) return undefined;
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return isoOf(time - weekday * DAY_MS);
}

/** The Monday of ISO week `week` of `year` (week 1 holds 4 January). */
function isoWeekMonday(year: number, week: number): string | undefined {
  if (week < 1 || week > 53 || !inYears(year)) return undefined;
  const firstMonday = mondayOf(`${year}-01-04`)!;
  const monday = isoOf(isoTime(firstMonday)! + (week - 1) * 7 * DAY_MS);
  // Week 53 exists only in some years: it must still be in the same ISO year.
  return week === 53 && isoWeek(monday).year !== year ? undefined : monday;
}

/** The ISO week number and its year of an ISO date. */
export function isoWeek(iso: string): { year: number; week: number } {
  const time = isoTime(iso)!;
  const thursday = isoOf(time + (3 - ((new Date(time).getUTCDay() + 6) % 7)) * DAY_MS);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((isoTime(thursday)! - isoTime(`${year}-01-01`)!) / (7 * DAY_MS)) + 1;
  return { year, week };
}

const WEEK_LABELS = [
  /^(?:wk|week|w)\.?\s*(\d{1,2})\s*[-/ ,]?\s*(\d{4})$/i, // wk 12 2026, week 12-2026, W12 2026
  /^(\d{4})\s*[- ]?\s*(?:wk|week|w)\.?\s*(\d{1,2})$/i, // 2026-W12, 2026 wk 12
];

/**
 * The Monday of the week a typed value stands for: a date (any day of the week, as readDate reads
 * it), an Excel serial number, or a week label such as "wk 12 2026" or "2026-W12". Undefined when
 * it is none, or falls outside the plan's years.
 */
export function weekMonday(value: string | number): string | undefined {
  if (typeof value === 'number') {
    const date = serialToPlanDate(value);
    return date === undefined ? undefined : mondayOf(date);
  }
  const text = value.trim();
  const date = readDate(text);
  if ('iso' in date) return mondayOf(date.iso);
  const [first, second] = WEEK_LABELS;
  let match = first.exec(text);
  if (match) return isoWeekMonday(Number(match[2]), Number(match[1]));
  match = second.exec(text);
  if (match) return isoWeekMonday(Number(match[1]), Number(match[2]));
  return undefined;
}

/** "wk 12 2026": how a week is shown. */
export function weekLabel(monday: string): string {
  if (!isIsoDate(monday)) return monday;
  const { year, week } = isoWeek(monday);
  return `wk ${week} ${year}`;
}

/** The ISO date `days` after `iso`. */
export const addDays = (iso: string, days: number): string => isoOf(isoTime(iso)! + days * DAY_MS);

/** Whether `date` lies in the period from … to (a blank bound is no limit; both bounds included). */
export const inPeriod = (date: string, from: string, to: string): boolean =>
  (from === '' || from <= date) && (to === '' || to >= date);
