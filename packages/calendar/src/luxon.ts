/**
 * `@cchc/calendar/luxon`: luxon helpers for those who want `DateTime` values out of a
 * {@link WorkCalendar}. Every `DateTime` returned is the start of the day in
 * Asia/Ho_Chi_Minh.
 *
 * @packageDocumentation
 */
import { DateTime } from "luxon";
import { toCivilDate, type DateInput, type WorkCalendar } from "./index.js";

/**
 * The IANA zone of every DateTime this entry returns.
 *
 * @example
 * ```ts
 * import { VIETNAM_ZONE } from "@cchc/calendar/luxon";
 *
 * VIETNAM_ZONE; // => "Asia/Ho_Chi_Minh"
 * ```
 *
 * @category luxon
 */
export const VIETNAM_ZONE = "Asia/Ho_Chi_Minh";

/**
 * The start of a Vietnamese civil date as a luxon `DateTime` in Asia/Ho_Chi_Minh.
 *
 * @param date - Any date input of `@cchc/calendar` (an instant is first converted to its Vietnamese date).
 * @returns The DateTime at 00:00 in Asia/Ho_Chi_Minh.
 * @throws `CchcError` on invalid input (see `toCivilDate`).
 * @example
 * ```ts
 * import { toVietnamDateTime } from "@cchc/calendar/luxon";
 *
 * toVietnamDateTime("2026-09-02").toISO(); // => "2026-09-02T00:00:00.000+07:00"
 * ```
 *
 * @category luxon
 */
export function toVietnamDateTime(date: DateInput): DateTime {
  const civil = toCivilDate(date);
  if (!civil.ok) throw civil.error;
  return DateTime.fromISO(civil.value, { zone: VIETNAM_ZONE }).startOf("day");
}

/**
 * A {@link WorkCalendar} whose date results are luxon `DateTime`s (start of day,
 * Asia/Ho_Chi_Minh) instead of ISO strings.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@cchc/calendar";
 * import { withDateTimes } from "@cchc/calendar/luxon";
 *
 * const cal = withDateTimes(vietnamCalendar());
 * cal.addWorkingDays("2026-08-28", 1).toISODate(); // => "2026-09-03"
 * ```
 *
 * @category luxon
 */
export interface DateTimeWorkCalendar {
  /** The underlying calendar (ISO-string results). */
  readonly calendar: WorkCalendar;
  /**
   * See `WorkCalendar.addWorkingDays`.
   *
   * @param date - Start date.
   * @param n - Working days to move.
   * @returns The day reached, as a DateTime.
   */
  addWorkingDays(date: DateInput, n: number): DateTime;
  /**
   * See `WorkCalendar.nextWorkingDay`.
   *
   * @param date - The date.
   * @param options - `includeSelf` (default `false`).
   * @returns A DateTime.
   */
  nextWorkingDay(date: DateInput, options?: { includeSelf?: boolean }): DateTime;
  /**
   * See `WorkCalendar.previousWorkingDay`.
   *
   * @param date - The date.
   * @param options - `includeSelf` (default `false`).
   * @returns A DateTime.
   */
  previousWorkingDay(date: DateInput, options?: { includeSelf?: boolean }): DateTime;
}

/**
 * Wraps a calendar so that its date results are luxon `DateTime`s.
 *
 * @param calendar - Any work calendar.
 * @returns The wrapper.
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import { vietnamCalendar } from "@cchc/calendar";
 * import { withDateTimes } from "@cchc/calendar/luxon";
 *
 * const due = withDateTimes(vietnamCalendar()).addWorkingDays(DateTime.fromISO("2026-02-13T09:00", { zone: "Asia/Ho_Chi_Minh" }), 3);
 * due.toISODate(); // => "2026-02-25"
 * ```
 *
 * @category luxon
 */
export function withDateTimes(calendar: WorkCalendar): DateTimeWorkCalendar {
  const dt = (iso: string): DateTime => DateTime.fromISO(iso, { zone: VIETNAM_ZONE });
  return {
    calendar,
    addWorkingDays: (date, n) => dt(calendar.addWorkingDays(date, n)),
    nextWorkingDay: (date, options) => dt(calendar.nextWorkingDay(date, options)),
    previousWorkingDay: (date, options) => dt(calendar.previousWorkingDay(date, options)),
  };
}
