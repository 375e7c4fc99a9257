// The ISO week after "2026-W47" ("2026-W48"; after week 52 or 53 of a year comes next year's W01).
export function nextWeek(week: string): string {
  const match = /^(\d{4})-W(\d{1,2})$/.exec(week.trim());
  if (!match) return '';
  const year = Number(match[1]);
  const number = Number(match[2]);
  const next = number >= weeksIn(year) ? { year: year + 1, number: 1 } : { year, number: number + 1 };
  return `${next.year}-W${String(next.number).padStart(2, '0')}`;
}

/** 53 when 28 December (always in the year's last ISO week) falls in week 53. */
function weeksIn(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(dec28);
  thursday.setUTCDate(dec28.getUTCDate() + 3 - ((dec28.getUTCDay() + 6) % 7));
  const jan1 = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  return Math.ceil(((thursday.getTime() - jan1.getTime()) / 86400000 + 1) / 7);
}
