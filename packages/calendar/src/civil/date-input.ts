import {
  dateMessages,
  daysInMonth,
  describeValue,
  epochDayToIso,
  err,
  fromEpochDay,
  makeError,
  ok,
  parseIsoDate,
  toEpochDay,
  type Result,
} from "@cchc/core";
import { hcmOffsetSeconds } from "../data/time-zone.js";
import { civilDateMessages } from "../messages.js";

/**
 * What a luxon `DateTime` looks like to this package: any object with `isValid` and `toMillis()`.
 * Every luxon `DateTime` fits, so the main entry point accepts DateTimes without importing luxon.
 *
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import type { LuxonDateTimeLike } from "@cchc/calendar";
 *
 * const dt: LuxonDateTimeLike = DateTime.fromISO("2026-03-09T15:30:00+07:00");
 * ```
 *
 * @category Dates in and out
 */
export interface LuxonDateTimeLike {
  /** `false` for an invalid DateTime. */
  readonly isValid: boolean;
  /** The instant in milliseconds since 1970-01-01T00:00Z. */
  toMillis(): number;
}

/**
 * A date given to the calendar:
 * - a string `YYYY-MM-DD`: a civil date, taken as is;
 * - a string ISO-8601 date-time **with** an offset or `Z` (`"2026-03-09T15:30:00+07:00"`): an instant;
 * - a JS `Date` or a luxon `DateTime`: an instant.
 *
 * An instant is converted to its civil date in Asia/Ho_Chi_Minh (UTC+7 since 1975), never in the
 * host's time zone. Beware that `new Date(2026, 2, 9)` and `DateTime.fromISO("2026-03-09")` are
 * *local* midnights: on a host east of UTC+7 they are still the previous day in Việt Nam. Pass ISO
 * date strings for civil dates.
 *
 * @example
 * ```ts
 * import type { DateInput } from "@cchc/calendar";
 *
 * const inputs: DateInput[] = ["2026-09-02", "2026-09-01T17:30:00Z", new Date(Date.UTC(2026, 8, 1, 17, 30))];
 * ```
 *
 * @category Dates in and out
 */
export type DateInput = string | Date | LuxonDateTimeLike;

/**
 * The years every function of this package supports (the lunar calendar's range); working-day
 * calendars cover 2000–2199 by default and can be built down to 1900.
 *
 * @example
 * ```ts
 * import { SUPPORTED_YEARS } from "@cchc/calendar";
 *
 * SUPPORTED_YEARS; // => { from: 1900, to: 2199 }
 * ```
 *
 * @category Dates in and out
 */
export const SUPPORTED_YEARS = { from: 1900, to: 2199 } as const;

/** The epoch days of 1900-01-01 and 2199-12-31. @internal */
export const SUPPORTED_DAYS = { from: -25567, to: 84005 } as const;
const MS_PER_DAY = 86_400_000;

// YYYY-MM-DD, a T (or space), hh:mm, optional :ss and fraction, optional Z or ±hh:mm / ±hhmm.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(z)|([+-])(\d{2}):?(\d{2}))?$/i;

function inRange(day: number): Result<number> {
  if (day < SUPPORTED_DAYS.from || day > SUPPORTED_DAYS.to) {
    const year = fromEpochDay(day).year;
    return err(makeError(dateMessages, "date.out_of_range", { year, min: SUPPORTED_YEARS.from, max: SUPPORTED_YEARS.to }));
  }
  return ok(day);
}

/** The Vietnamese civil date (epoch day) of an instant in milliseconds. */
export function epochDayOfInstant(epochMs: number): number {
  return Math.floor((epochMs + hcmOffsetSeconds(epochMs) * 1000) / MS_PER_DAY);
}

function parseDateTime(text: string): Result<number> {
  const m = text.length <= 40 ? ISO_DATE_TIME.exec(text) : null;
  if (!m) return err(makeError(dateMessages, "date.invalid_format", { input: text.slice(0, 40) }));
  const [, y, mo, d, hh, mi, ss, , zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return err(makeError(dateMessages, "date.invalid_month", { month, input: text }));
  if (day < 1 || day > daysInMonth(year, month)) return err(makeError(dateMessages, "date.invalid_day", { day, month, year }));
  if (zulu === undefined && sign === undefined) return err(makeError(civilDateMessages, "calendar.instant_without_offset", { input: text }));
  const hour = Number(hh);
  const minute = Number(mi);
  const second = ss === undefined ? 0 : Number(ss);
  const offsetMinutes = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (hour > 23 || minute > 59 || second > 59 || Number(oh ?? 0) > 23 || Number(om ?? 0) > 59) {
    return err(makeError(civilDateMessages, "calendar.invalid_time", { input: text }));
  }
  const local = toEpochDay({ year, month, day }) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
  return inRange(epochDayOfInstant(local));
}

function instantDay(ms: number): Result<number> {
  if (!Number.isFinite(ms)) return err(makeError(dateMessages, "date.invalid_instant"));
  return inRange(epochDayOfInstant(ms));
}

function isLuxonLike(value: object): value is LuxonDateTimeLike {
  const v = value as { isValid?: unknown; toMillis?: unknown };
  return typeof v.toMillis === "function" && typeof v.isValid === "boolean";
}

/**
 * The epoch day (days since 1970-01-01) of a {@link DateInput}, or a typed error. The fast path
 * behind every ISO-string method.
 *
 * @param input - A date string, a `Date` or a luxon `DateTime`.
 * @returns The epoch day, or an error coded `date.invalid_format`, `date.invalid_month`,
 *   `date.invalid_day`, `date.invalid_instant`, `date.out_of_range`, `date.unsupported_input`,
 *   `calendar.instant_without_offset` or `calendar.invalid_time`.
 * @example
 * ```ts
 * import { toEpochDayResult } from "@cchc/calendar";
 *
 * toEpochDayResult("2026-01-01"); // => { ok: true, value: 20454 }
 * toEpochDayResult("2025-12-31T17:00:00Z"); // => { ok: true, value: 20454 } (00:00 in Hà Nội)
 * ```
 *
 * @category Dates in and out
 */
export function toEpochDayResult(input: DateInput): Result<number> {
  if (typeof input === "string") {
    const text = input.trim();
    if (text.length <= 10) {
      const parsed = parseIsoDate(text);
      return parsed.ok ? inRange(toEpochDay(parsed.value)) : parsed;
    }
    return parseDateTime(text);
  }
  if (typeof input === "object" && input !== null) {
    if (Object.prototype.toString.call(input) === "[object Date]") return instantDay((input as Date).getTime());
    if (isLuxonLike(input)) {
      if (!input.isValid) return err(makeError(dateMessages, "date.invalid_instant"));
      return instantDay(input.toMillis());
    }
  }
  return err(makeError(dateMessages, "date.unsupported_input", { received: describeValue(input) }));
}

/**
 * Validates any {@link DateInput} and returns its Vietnamese civil date as `YYYY-MM-DD`, without
 * throwing: the non-throwing counterpart of every ISO-string method of a {@link WorkCalendar}.
 * Instants are converted in Asia/Ho_Chi_Minh, never in the host's zone; years outside 1900–2199 are
 * rejected.
 *
 * @param input - A date string, a `Date` or a luxon `DateTime`.
 * @returns The ISO date, or a typed vi/en error (see {@link toEpochDayResult} for the codes).
 * @example
 * ```ts
 * import { toCivilDate } from "@cchc/calendar";
 *
 * toCivilDate("2026-03-09T20:30:00-05:00"); // => { ok: true, value: "2026-03-10" }
 * toCivilDate(new Date(Date.UTC(2026, 1, 16, 18))); // => { ok: true, value: "2026-02-17" }
 * const bad = toCivilDate("2026-02-31");
 * if (!bad.ok) bad.error.localized("en"); // => "Day 31 does not exist in 2/2026."
 * ```
 *
 * @category Dates in and out
 */
export function toCivilDate(input: DateInput): Result<string> {
  const day = toEpochDayResult(input);
  return day.ok ? ok(epochDayToIso(day.value)) : day;
}
