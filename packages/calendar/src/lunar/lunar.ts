import { describeValue, err, makeError, ok, epochDayToIso, type Label, type Result } from "@cchc/core";
import { SUPPORTED_DAYS, SUPPORTED_YEARS, toEpochDayResult, type DateInput } from "../civil/date-input.js";
import { throwIfError } from "../civil/throw.js";
import { lunarMessages } from "../messages.js";
import { canChiOfYear } from "./can-chi.js";
import { FIRST_TABLE_LUNAR_YEAR, lunarTable, monthIndexOf, type LunarTable } from "./lunar-table.js";

/**
 * A date of the Vietnamese lunar calendar (âm lịch): lunar year (the Gregorian year in which its Tết
 * falls), month 1–12, day 1–30, and whether the month is the year's leap month (tháng nhuận).
 *
 * @example
 * ```ts
 * import type { LunarDate } from "@cchc/calendar";
 *
 * const gioTo: LunarDate = { year: 2026, month: 3, day: 10, leap: false };
 * ```
 *
 * @category Lunar calendar
 */
export interface LunarDate {
  /** Lunar year, e.g. 2026 for Bính Ngọ (from Tết 2026-02-17 to the eve of Tết 2027). */
  readonly year: number;
  /** Month 1–12 (tháng Giêng = 1, tháng Chạp = 12). */
  readonly month: number;
  /** Day of the month, 1–30. */
  readonly day: number;
  /** `true` in the leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
}

/**
 * A lunar date with what a reader usually wants next to it: the length of its month, the year's
 * can-chi name, and which month (if any) is leap in that lunar year.
 *
 * @example
 * ```ts
 * import { toLunar, type LunarDateInfo } from "@cchc/calendar";
 *
 * const info: LunarDateInfo = toLunar("2026-02-17");
 * info.yearName.vi; // => "Bính Ngọ"
 * ```
 *
 * @category Lunar calendar
 */
export interface LunarDateInfo extends LunarDate {
  /** 29 or 30 days. */
  readonly monthLength: 29 | 30;
  /** The can-chi name of the lunar year, e.g. "Bính Ngọ". */
  readonly yearName: Label;
  /** The leap month of this lunar year (e.g. 6 in 2025), or `null` in a common year. */
  readonly leapMonthOfYear: number | null;
}

/** Lunar years fully inside the supported solar range 1900–2199 (1899's last months are in Jan 1900). */
const LUNAR_YEARS = { from: 1899, to: 2199 } as const;

function leapMonthAt(table: LunarTable, firstIndex: number, lunarYear: number): number | null {
  for (let i = firstIndex; i < table.count && table.year[i]! <= lunarYear; i++) {
    if (table.year[i] === lunarYear && table.leap[i]) return table.month[i]!;
  }
  return null;
}

function infoAt(table: LunarTable, index: number, epochDay: number): LunarDateInfo {
  const year = table.year[index]!;
  const first = table.firstMonthOfYear[year - FIRST_TABLE_LUNAR_YEAR]!;
  return {
    year,
    month: table.month[index]!,
    day: epochDay - table.start[index]! + 1,
    leap: table.leap[index] === 1,
    monthLength: (table.start[index + 1]! - table.start[index]!) as 29 | 30,
    yearName: canChiOfYear(year),
    leapMonthOfYear: leapMonthAt(table, first, year),
  };
}

/**
 * Converts a solar date to the Vietnamese lunar calendar (âm lịch, computed at UTC+7 from the
 * astronomy of Meeus). Supported range: 1900-01-01 – 2199-12-31.
 *
 * @param date - A date string, `Date` or luxon `DateTime` (instants are taken in Asia/Ho_Chi_Minh).
 * @returns The lunar date with its month length, can-chi year name and the year's leap month.
 * @throws `CchcError` (`@cchc/core`) on an invalid or out-of-range date (see {@link toCivilDate}).
 * @example
 * ```ts
 * import { toLunar } from "@cchc/calendar";
 *
 * toLunar("2026-02-16"); // => { year: 2025, month: 12, day: 29, leap: false, monthLength: 29, yearName: { vi: "Ất Tỵ", … }, leapMonthOfYear: 6 }
 * toLunar("2025-07-25").leap; // => true (first day of leap month 6)
 * ```
 *
 * @category Lunar calendar
 */
export function toLunar(date: DateInput): LunarDateInfo {
  const day = throwIfError(toEpochDayResult(date));
  const table = lunarTable();
  return infoAt(table, monthIndexOf(table, day), day);
}

function isInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

/**
 * Converts a Vietnamese lunar date to its solar date, rejecting impossible input with a typed error
 * instead of rolling over: day 30 of a 29-day month, a leap flag on a month that is not leap that
 * year, month 13, non-integers.
 *
 * @param lunar - The lunar date; `leap` defaults to `false` when omitted.
 * @returns The solar date `YYYY-MM-DD`, or an error coded `lunar.invalid_input`,
 *   `lunar.year_out_of_range`, `lunar.invalid_month`, `lunar.invalid_day`, `lunar.not_leap_month`,
 *   `lunar.no_leap_month` or `lunar.out_of_range`.
 * @example
 * ```ts
 * import { fromLunar } from "@cchc/calendar";
 *
 * fromLunar({ year: 2026, month: 1, day: 1, leap: false }); // => { ok: true, value: "2026-02-17" }
 * fromLunar({ year: 2026, month: 3, day: 10, leap: false }); // => { ok: true, value: "2026-04-26" } (Giỗ Tổ)
 * const r = fromLunar({ year: 2025, month: 12, day: 30, leap: false });
 * if (!r.ok) r.error.localized("en"); // => "Lunar month 12 of 2025 has 29 days; day 30 does not exist."
 * ```
 *
 * @category Lunar calendar
 */
export function fromLunar(lunar: LunarDate): Result<string> {
  const day = fromLunarEpochDay(lunar);
  return day.ok ? ok(epochDayToIso(day.value)) : day;
}

/**
 * {@link fromLunar} returning the epoch day (days since 1970-01-01) instead of an ISO string.
 *
 * @param lunar - The lunar date.
 * @returns The epoch day or the same typed errors as {@link fromLunar}.
 * @example
 * ```ts
 * import { fromLunarEpochDay } from "@cchc/calendar";
 *
 * fromLunarEpochDay({ year: 2026, month: 1, day: 1, leap: false }); // => { ok: true, value: 20501 }
 * ```
 *
 * @category Lunar calendar
 */
export function fromLunarEpochDay(lunar: LunarDate): Result<number> {
  const input = lunar as Partial<Record<keyof LunarDate, unknown>> | null;
  if (
    typeof input !== "object" ||
    input === null ||
    !isInteger(input.year) ||
    !isInteger(input.month) ||
    !isInteger(input.day) ||
    (input.leap !== undefined && typeof input.leap !== "boolean")
  ) {
    return err(makeError(lunarMessages, "lunar.invalid_input", { received: describeValue(lunar) }));
  }
  const { year, month, day } = input;
  const leap = input.leap === true;
  if (year < LUNAR_YEARS.from || year > LUNAR_YEARS.to) {
    return err(makeError(lunarMessages, "lunar.year_out_of_range", { year, min: LUNAR_YEARS.from, max: LUNAR_YEARS.to }));
  }
  if (month < 1 || month > 12) return err(makeError(lunarMessages, "lunar.invalid_month", { month }));
  const table = lunarTable();
  const first = table.firstMonthOfYear[year - FIRST_TABLE_LUNAR_YEAR]!;
  let index = -1;
  for (let i = first; i < table.count && table.year[i] === year; i++) {
    if (table.month[i] === month && (table.leap[i] === 1) === leap) {
      index = i;
      break;
    }
  }
  if (index < 0) {
    const leapMonth = leapMonthAt(table, first, year);
    return err(
      leapMonth === null
        ? makeError(lunarMessages, "lunar.no_leap_month", { year, month })
        : makeError(lunarMessages, "lunar.not_leap_month", { year, month, leapMonth }),
    );
  }
  const length = table.start[index + 1]! - table.start[index]!;
  if (day < 1 || day > length) return err(makeError(lunarMessages, "lunar.invalid_day", { year, month, day, length }));
  const result = table.start[index]! + day - 1;
  if (result < SUPPORTED_DAYS.from || result > SUPPORTED_DAYS.to) {
    return err(
      makeError(lunarMessages, "lunar.out_of_range", { year, month, day, min: `${SUPPORTED_YEARS.from}-01-01`, max: `${SUPPORTED_YEARS.to}-12-31` }),
    );
  }
  return ok(result);
}

/**
 * The months of one lunar year in order, with their first solar day and length: 12 months, or 13
 * when the year has a leap month. Useful for printing a lunar calendar or checking a leap year.
 *
 * @param lunarYear - A lunar year, 1900–2199.
 * @returns `{ year, name, tet, leapMonth, months: [{ month, leap, start, length }] }`.
 * @throws `CchcError` (`@cchc/core`) coded `lunar.year_out_of_range` or `lunar.invalid_input`.
 * @example
 * ```ts
 * import { lunarYear } from "@cchc/calendar";
 *
 * const y = lunarYear(2025);
 * y.leapMonth; // => 6
 * y.months.length; // => 13
 * y.tet; // => "2025-01-29"
 * ```
 *
 * @category Lunar calendar
 */
export function lunarYear(lunarYear: number): LunarYearInfo {
  if (!isInteger(lunarYear)) throw makeError(lunarMessages, "lunar.invalid_input", { received: describeValue(lunarYear) });
  if (lunarYear < SUPPORTED_YEARS.from || lunarYear > SUPPORTED_YEARS.to) {
    throw makeError(lunarMessages, "lunar.year_out_of_range", { year: lunarYear, min: SUPPORTED_YEARS.from, max: SUPPORTED_YEARS.to });
  }
  const table = lunarTable();
  const first = table.firstMonthOfYear[lunarYear - FIRST_TABLE_LUNAR_YEAR]!;
  const months: LunarMonthInfo[] = [];
  for (let i = first; i < table.count && table.year[i] === lunarYear; i++) {
    months.push({
      month: table.month[i]!,
      leap: table.leap[i] === 1,
      start: epochDayToIso(table.start[i]!),
      length: (table.start[i + 1]! - table.start[i]!) as 29 | 30,
    });
  }
  return {
    year: lunarYear,
    name: canChiOfYear(lunarYear),
    tet: epochDayToIso(table.start[first]!),
    leapMonth: leapMonthAt(table, first, lunarYear),
    months,
  };
}

/**
 * One month of a lunar year (see {@link lunarYear}).
 *
 * @example
 * ```ts
 * import type { LunarMonthInfo } from "@cchc/calendar";
 *
 * const leap6: LunarMonthInfo = { month: 6, leap: true, start: "2025-07-25", length: 29 };
 * ```
 *
 * @category Lunar calendar
 */
export interface LunarMonthInfo {
  /** Month number 1–12. */
  readonly month: number;
  /** Whether this is the leap month. */
  readonly leap: boolean;
  /** Its first day (mùng 1), `YYYY-MM-DD`. */
  readonly start: string;
  /** 29 or 30 days. */
  readonly length: 29 | 30;
}

/**
 * A lunar year: its can-chi name, Tết, leap month and months (see {@link lunarYear}).
 *
 * @example
 * ```ts
 * import { lunarYear, type LunarYearInfo } from "@cchc/calendar";
 *
 * const y: LunarYearInfo = lunarYear(2026);
 * y.name.vi; // => "Bính Ngọ"
 * ```
 *
 * @category Lunar calendar
 */
export interface LunarYearInfo {
  /** The lunar year. */
  readonly year: number;
  /** Can-chi name. */
  readonly name: Label;
  /** Tết Nguyên đán (mùng 1 tháng Giêng), `YYYY-MM-DD`. */
  readonly tet: string;
  /** The leap month, or `null`. */
  readonly leapMonth: number | null;
  /** The 12 or 13 months in order. */
  readonly months: readonly LunarMonthInfo[];
}
