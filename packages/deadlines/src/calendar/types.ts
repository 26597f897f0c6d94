import { vietnamCalendar } from "@cchc/calendar";
import type { Citation, Label } from "@cchc/core";

/**
 * What the deadline functions need to know about one day: the shape of `DayInfo` of
 * `@cchc/calendar` (declared here structurally, so any calendar with this shape works).
 *
 * @example
 * ```ts
 * import type { DeadlineDayInfo } from "@cchc/deadlines";
 *
 * const tet: DeadlineDayInfo = {
 *   date: "2026-02-17", working: false, kind: "holiday",
 *   name: { vi: "Tết Nguyên đán", en: "Lunar New Year" }, source: null, estimated: false,
 * };
 * ```
 *
 * @category The calendar it needs
 */
export interface DeadlineDayInfo {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether state bodies work that day. */
  readonly working: boolean;
  /** Why: `"working"`, `"weekend"`, `"holiday"`, `"observed"`, `"swapped-off"`, `"makeup-working"`, `"agency-closed"`, `"agency-open"`. */
  readonly kind: string;
  /** The holiday's or swap's name, if any. */
  readonly name: Label | null;
  /** The legal source of a holiday or swap, if any. */
  readonly source: Citation | null;
  /** Whether the day's status is an estimate (a year without an official schedule yet). */
  readonly estimated: boolean;
}

/**
 * A working-day calendar on epoch days (days since 1970-01-01, as `toEpochDay` of `@cchc/core`): the
 * `EpochCalendar` contract of `@cchc/calendar`, declared structurally so that an agency calendar or
 * a test calendar can be passed instead.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar } from "@cchc/deadlines";
 *
 * function isOpen(calendar: DeadlineCalendar, day: number): boolean {
 *   return calendar.isWorkingDay(day);
 * }
 * ```
 *
 * @category The calendar it needs
 */
export interface DeadlineCalendar {
  /** Whether the day is a working day. */
  isWorkingDay(day: number): boolean;
  /** `n > 0`: the n-th working day strictly after; `n < 0`: strictly before; `n = 0`: the day if working, else the next working day. */
  addWorkingDays(day: number, n: number): number;
  /** Working days from `fromDay` to `toDay`, both included; 0 when `fromDay > toDay`. */
  countWorkingDays(fromDay: number, toDay: number): number;
  /** The first working day after `day` (or `day` itself when `includeSelf` and it is working). */
  nextWorkingDay(day: number, includeSelf: boolean): number;
  /** The last working day before `day` (or `day` itself when `includeSelf` and it is working). */
  previousWorkingDay(day: number, includeSelf: boolean): number;
  /** What the calendar knows about the day. */
  dayInfo(day: number): DeadlineDayInfo;
}

/**
 * A calendar as the public functions accept it: a {@link DeadlineCalendar} on epoch days, or an object
 * that carries one under `epoch` (the `WorkCalendar` of `@cchc/calendar`).
 *
 * @example
 * ```ts
 * import type { CalendarInput, DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const epochCalendar: DeadlineCalendar;
 * const a: CalendarInput = epochCalendar;
 * const b: CalendarInput = { epoch: epochCalendar };
 * ```
 *
 * @category The calendar it needs
 */
export type CalendarInput = DeadlineCalendar | { readonly epoch: DeadlineCalendar };

/**
 * The epoch-day calendar of a {@link CalendarInput}; without one, the calendar of Vietnamese state
 * bodies, `vietnamCalendar()` of `@cchc/calendar` (holidays, official swaps, Monday–Friday weeks).
 *
 * @param calendar - A calendar, an object carrying one under `epoch`, or nothing for the default.
 * @returns The epoch-day calendar.
 * @example
 * ```ts
 * import { resolveCalendar, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const epochCalendar: DeadlineCalendar;
 * resolveCalendar({ epoch: epochCalendar }) === epochCalendar; // => true
 * resolveCalendar().isWorkingDay(20500); // the state bodies' calendar
 * ```
 *
 * @category The calendar it needs
 */
export function resolveCalendar(calendar?: CalendarInput): DeadlineCalendar {
  if (calendar === undefined || calendar === null) return vietnamCalendar().epoch;
  return "epoch" in calendar ? calendar.epoch : calendar;
}
