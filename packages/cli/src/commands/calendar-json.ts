import type { Citation, Label } from "@cchc/core";

/**
 * One day of `cchc calendar <year> --json` (a contract: fields may be added, never removed or renamed):
 * a weekday that is not a working day, a weekend day that is (make-up working day, *làm bù*), or a
 * holiday that falls on a weekend (listed so that its substitute day has its cause).
 *
 * @example
 * ```ts
 * import type { CalendarDayJson } from "@cchc/cli";
 *
 * const day: CalendarDayJson = {
 *   date: "2026-04-27",
 *   weekday: 1,
 *   working: false,
 *   kind: "observed",
 *   name: { vi: "Nghỉ bù Giỗ Tổ Hùng Vương", en: "Substitute day off for Hùng Kings' Commemoration Day" },
 *   source: { document: "45/2019/QH14", article: "111", clause: "3", confidence: "VERIFIED" },
 *   estimated: false,
 * };
 * ```
 *
 * @category JSON output
 */
export interface CalendarDayJson {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Whether state bodies work that day. */
  readonly working: boolean;
  /** `holiday`, `observed` (nghỉ bù), `swapped-off` (nghỉ hoán đổi), `makeup-working` (làm bù), … (the calendar's `DayKind`). */
  readonly kind: string;
  /** The reason in Vietnamese and English. */
  readonly name: Label;
  /** The legal or official source of the reason. */
  readonly source: Citation | null;
  /** `true` when the year has no official schedule and the day is computed from the statutory rules. */
  readonly estimated: boolean;
}

/**
 * How `cchc calendar <year> --json` counted 24 November, Ngày Văn hóa Việt Nam, in a year from 2026 on.
 * It is not a public holiday unless `--culture-day <first year>` says so: the policy is decided, its
 * enactment is UNCONFIRMED (see `source`).
 *
 * @example
 * ```ts
 * import type { CultureDayJson } from "@cchc/cli";
 *
 * const day: CultureDayJson = { date: "2026-11-24", dayOff: false, source: { document: "80-NQ/TW", confidence: "UNCONFIRMED" } };
 * ```
 *
 * @category JSON output
 */
export interface CultureDayJson {
  /** `YYYY-11-24`. */
  readonly date: string;
  /** Whether this output counts it as a public holiday (only with `--culture-day`). */
  readonly dayOff: boolean;
  /** Its source and confidence (`UNCONFIRMED`), with a note on what is and is not known. */
  readonly source: Citation;
}

/**
 * `cchc calendar <year> --json`: the year's non-working weekdays and working weekend days of the state
 * bodies' calendar (`vietnamCalendar()` of `@cchc/calendar`), in date order.
 *
 * @example
 * ```ts
 * import type { CalendarJson } from "@cchc/cli";
 *
 * const summary = (c: CalendarJson) => `${c.year}: ${c.days.filter((d) => !d.working).length} days off`;
 * ```
 *
 * @category JSON output
 */
export interface CalendarJson {
  /** The year asked for. */
  readonly year: number;
  /** `true` when the year has no complete official schedule in the data (2027 onwards today). */
  readonly estimated: boolean;
  /** The calendar's id, `"vn-state"`. */
  readonly calendar: string;
  /** How 24/11 (Ngày Văn hóa Việt Nam) was counted, from 2026 on; `null` before. */
  readonly cultureDay: CultureDayJson | null;
  /** Working days in the year (Monday–Friday minus days off, plus make-up days). */
  readonly workingDays: number;
  /** The special days, in date order. */
  readonly days: readonly CalendarDayJson[];
}
