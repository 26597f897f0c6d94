import { describeValue, err, makeError, ok, type Result } from "../errors.js";
import { dateMessages } from "./messages.js";

/**
 * A civil (calendar) date without time or zone, proleptic Gregorian.
 *
 * @example
 * ```ts
 * import type { CivilDate } from "@cchc/core";
 *
 * const nationalDay: CivilDate = { year: 2026, month: 9, day: 2 };
 * ```
 *
 * @category Civil dates
 */
export interface CivilDate {
  /** The year, e.g. 2026. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * An ISO 8601 calendar date string, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "@cchc/core";
 *
 * const d: IsoDate = "2026-02-17";
 * ```
 *
 * @category Civil dates
 */
export type IsoDate = string;

/**
 * Whether a year is a Gregorian leap year.
 *
 * @param year - The year.
 * @returns `true` for leap years (2024, 2000), `false` otherwise (2026, 1900).
 * @example
 * ```ts
 * import { isLeapYear } from "@cchc/core";
 *
 * isLeapYear(2028); // => true
 * ```
 *
 * @category Civil dates
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a Gregorian month.
 *
 * @param year - The year.
 * @param month - The month, 1–12.
 * @returns 28–31.
 * @example
 * ```ts
 * import { daysInMonth } from "@cchc/core";
 *
 * daysInMonth(2026, 2); // => 28
 * ```
 *
 * @category Civil dates
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 for a civil date (negative before it). Pure integer arithmetic
 * (H. Hinnant's `days_from_civil`), no `Date`, no time zone.
 *
 * @param date - A valid civil date.
 * @returns The epoch day.
 * @example
 * ```ts
 * import { toEpochDay } from "@cchc/core";
 *
 * toEpochDay({ year: 1970, month: 1, day: 2 }); // => 1
 * ```
 *
 * @category Civil dates
 */
export function toEpochDay(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of an epoch day (inverse of {@link toEpochDay}).
 *
 * @param epochDay - Days since 1970-01-01.
 * @returns The civil date.
 * @example
 * ```ts
 * import { fromEpochDay } from "@cchc/core";
 *
 * fromEpochDay(0); // => { year: 1970, month: 1, day: 1 }
 * ```
 *
 * @category Civil dates
 */
export function fromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO weekday of an epoch day: 1 = Monday … 7 = Sunday.
 *
 * @param epochDay - Days since 1970-01-01 (a Thursday).
 * @returns 1–7.
 * @example
 * ```ts
 * import { isoWeekday, toEpochDay } from "@cchc/core";
 *
 * isoWeekday(toEpochDay({ year: 2026, month: 9, day: 2 })); // => 3 (Wednesday)
 * ```
 *
 * @category Civil dates
 */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Formats a civil date as `YYYY-MM-DD`.
 *
 * @param date - The civil date (years 0–9999).
 * @returns The ISO string.
 * @example
 * ```ts
 * import { formatIsoDate } from "@cchc/core";
 *
 * formatIsoDate({ year: 2026, month: 1, day: 2 }); // => "2026-01-02"
 * ```
 *
 * @category Civil dates
 */
export function formatIsoDate(date: CivilDate): IsoDate {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Formats an epoch day as `YYYY-MM-DD`.
 *
 * @param epochDay - Days since 1970-01-01.
 * @returns The ISO string.
 * @example
 * ```ts
 * import { epochDayToIso } from "@cchc/core";
 *
 * epochDayToIso(20454); // => "2026-01-01"
 * ```
 *
 * @category Civil dates
 */
export function epochDayToIso(epochDay: number): IsoDate {
  return formatIsoDate(fromEpochDay(epochDay));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Strictly parses a `YYYY-MM-DD` date, rejecting impossible dates such as `2026-02-31` or
 * `2026-13-01` with a typed error instead of rolling them over like `new Date` does.
 *
 * @param input - The text (surrounding spaces are ignored).
 * @returns The civil date, or an error coded `date.invalid_format`, `date.invalid_month` or
 *   `date.invalid_day`.
 * @example
 * ```ts
 * import { parseIsoDate } from "@cchc/core";
 *
 * parseIsoDate("2026-02-17"); // => { ok: true, value: { year: 2026, month: 2, day: 17 } }
 * parseIsoDate("2026-02-31").ok; // => false
 * ```
 *
 * @category Civil dates
 */
export function parseIsoDate(input: unknown): Result<CivilDate> {
  if (typeof input !== "string") {
    return err(makeError(dateMessages, "date.unsupported_input", { received: describeValue(input) }));
  }
  const text = input.trim();
  const match = text.length === 10 ? ISO_DATE.exec(text) : null;
  if (!match) return err(makeError(dateMessages, "date.invalid_format", { input: text.slice(0, 40) }));
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return err(makeError(dateMessages, "date.invalid_month", { month, input: text }));
  if (day < 1 || day > daysInMonth(year, month)) {
    return err(makeError(dateMessages, "date.invalid_day", { day, month, year }));
  }
  return ok({ year, month, day });
}

/**
 * Whether a string is a valid `YYYY-MM-DD` date (see {@link parseIsoDate}).
 *
 * @param input - Anything.
 * @returns `true` when it parses.
 * @example
 * ```ts
 * import { isIsoDate } from "@cchc/core";
 *
 * isIsoDate("2024-02-29"); // => true
 * isIsoDate("2026-02-29"); // => false
 * ```
 *
 * @category Civil dates
 */
export function isIsoDate(input: unknown): input is IsoDate {
  return parseIsoDate(input).ok;
}
