/** Days and instants of the sample submissions: working days of the state calendar, office hours in Vietnam. */
import { vietnamCalendar } from "@cchc/calendar";

const calendar = vietnamCalendar();

/** The working day `n` working days after (`n < 0`: before) a date; `n = 0`: the date or the next working day. */
export function workingDay(date: string, n: number): string {
  return calendar.addWorkingDays(date, n);
}

/** The instant `minutes` after 07:30 in Vietnam (UTC+7) on a date, in epoch milliseconds. */
export function officeInstant(date: string, minutes: number): number {
  return Date.parse(`${date}T07:30:00+07:00`) + minutes * 60_000;
}

/** An instant as ISO 8601 with +07:00 (as the reports write `submittedAt`). */
export function vietnamIso(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** The first day of the month after a month id (`2026-02` → `2026-03-01`). */
export function nextMonthStart(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}
