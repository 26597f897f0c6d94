import type { Label } from "@cchc/core";

/**
 * One date of `cchc solar <y-m-d...> [--leap] --json` (a contract: fields may be added, never removed
 * or renamed): a lunar date and its solar date. `cchc lunar` prints the same fields and more
 * ({@link LunarJson}).
 *
 * @example
 * ```ts
 * import type { SolarJson } from "@cchc/cli";
 *
 * const gioTo: SolarJson = { input: "2026-3-10", date: "2026-04-26", year: 2026, month: 3, day: 10, leap: false };
 * ```
 *
 * @category JSON output
 */
export interface SolarJson {
  /** The argument as given. */
  readonly input: string;
  /** The solar date, `YYYY-MM-DD` (an instant given to `cchc lunar` is dated in Asia/Ho_Chi_Minh). */
  readonly date: string;
  /** Lunar year: the Gregorian year in which its Tết falls. */
  readonly year: number;
  /** Lunar month, 1–12 (tháng Giêng = 1, tháng Chạp = 12). */
  readonly month: number;
  /** Day of the lunar month, 1–30. */
  readonly day: number;
  /** `true` in the leap month (tháng nhuận). */
  readonly leap: boolean;
}

/**
 * One date of `cchc lunar <date...> --json` (a contract: fields may be added, never removed or
 * renamed): the Vietnamese lunar date (âm lịch, UTC+7) of the solar date `date`, with the length of its
 * month, the year's can-chi name and the year's leap month.
 *
 * @example
 * ```ts
 * import type { LunarJson } from "@cchc/cli";
 *
 * const tet: LunarJson = {
 *   input: "2026-02-17",
 *   date: "2026-02-17",
 *   year: 2026,
 *   month: 1,
 *   day: 1,
 *   leap: false,
 *   monthLength: 30,
 *   yearName: { vi: "Bính Ngọ", en: "Bính Ngọ (year of the Horse)" },
 *   leapMonthOfYear: null,
 * };
 * ```
 *
 * @category JSON output
 */
export interface LunarJson extends SolarJson {
  /** Days in this lunar month, 29 or 30. */
  readonly monthLength: number;
  /** The can-chi name of the lunar year. */
  readonly yearName: Label;
  /** The leap month of this lunar year, or `null`. */
  readonly leapMonthOfYear: number | null;
}
