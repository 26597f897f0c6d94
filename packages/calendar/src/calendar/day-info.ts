import type { Citation, Label } from "@cchc/core";

/**
 * What kind of day a date is for a calendar:
 * - `working`: an ordinary working day;
 * - `weekend`: a weekly rest day (nghỉ hằng tuần; Saturday and Sunday for state bodies);
 * - `holiday`: a public holiday (ngày nghỉ lễ, tết), on a weekday or a weekend;
 * - `observed`: a substitute day off (nghỉ bù) for a holiday that fell on a weekly rest day;
 * - `swapped-off`: a working day given off by a decreed swap (hoán đổi);
 * - `makeup-working`: a rest day worked to make up a swap (làm bù);
 * - `agency-closed` / `agency-open`: an agency's own closed or open day.
 *
 * @example
 * ```ts
 * import { vietnamCalendar, type DayKind } from "@cchc/calendar";
 *
 * const kind: DayKind = vietnamCalendar().dayInfo("2026-04-27").kind; // => "observed"
 * ```
 *
 * @category Working-day calendars
 */
export type DayKind =
  | "working"
  | "weekend"
  | "holiday"
  | "observed"
  | "swapped-off"
  | "makeup-working"
  | "agency-closed"
  | "agency-open";

/**
 * Everything the calendar knows about one date: whether it is a working day, why, on what authority,
 * and whether the answer is an estimate (a year without the Prime Minister's official schedule).
 *
 * @example
 * ```ts
 * import { vietnamCalendar, type DayInfo } from "@cchc/calendar";
 *
 * const info: DayInfo = vietnamCalendar().dayInfo("2026-09-01");
 * info.kind; // => "holiday"
 * info.name?.en; // => "National Day (day off next to 2 September)"
 * ```
 *
 * @category Working-day calendars
 */
export interface DayInfo {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** `true` on working days (including make-up Saturdays and an agency's open days). */
  readonly working: boolean;
  /** Why the day is (not) a working day. */
  readonly kind: DayKind;
  /** The reason in Vietnamese and English; `null` on ordinary working days. */
  readonly name: Label | null;
  /** The legal or official source of the reason; `null` on ordinary working days. */
  readonly source: Citation | null;
  /** `true` when the year has no complete official schedule and its choices are computed. */
  readonly estimated: boolean;
}

/** Numeric codes of {@link DayKind} in the tables. @internal */
export const KIND_CODES: readonly DayKind[] = [
  "working",
  "weekend",
  "holiday",
  "observed",
  "swapped-off",
  "makeup-working",
  "agency-closed",
  "agency-open",
];
export const WORKING = 0;
export const WEEKEND = 1;
export const HOLIDAY = 2;
export const OBSERVED = 3;
export const SWAPPED_OFF = 4;
export const MAKEUP = 5;
export const AGENCY_CLOSED = 6;
export const AGENCY_OPEN = 7;

/** Whether a kind code is a working day. @internal */
export function isWorkingCode(code: number): boolean {
  return code === WORKING || code === MAKEUP || code === AGENCY_OPEN;
}
