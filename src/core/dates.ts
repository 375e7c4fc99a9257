// Dates as the plan keeps them (ISO text, "2026-03-16") and as Excel and the functions take them
// (serial numbers, days since 1899-12-30), and weeks: a week is the date of its Monday, and the
// labels people type for a week ("wk 12 2026", "2026-W12") are read as that Monday.

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

/** Excel's serial number of an ISO date, or undefined. */
export function isoToSerial(iso: string): number | undefined {
  const time = isoTime(iso);
  return time === undefined ? undefined : Math.round((time - EXCEL_EPOCH) / DAY_MS);
}

/** The ISO date of an Excel serial number (its whole days). */
export const serialToIso = (serial: number): string => isoOf(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);

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
  if (week < 1 || week > 53) return undefined;
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
 * The Monday of the week a typed value stands for: an ISO date (any day of the week), an Excel
 * serial number, or a week label such as "wk 12 2026" or "2026-W12". Undefined when it is none.
 */
export function weekMonday(value: string | number): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? mondayOf(serialToIso(value)) : undefined;
  const text = value.trim();
  if (isIsoDate(text)) return mondayOf(text);
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
