import { describeValue, epochDayToIso, fromEpochDay, isoWeekday, makeError, type Citation } from "@cchc/core";
import { weeklyRestName } from "../data/holiday-names.js";
import { calendarMessages } from "../messages.js";
import type { CalendarTables } from "./build-tables.js";
import { KIND_CODES, WEEKEND, WORKING, isWorkingCode, type DayInfo } from "./day-info.js";
import { reasonName } from "./day-reason.js";

/** Position of a day offset in the sorted `special` offsets (binary search). */
function specialIndex(special: Int32Array, offset: number): number {
  let lo = 0;
  let hi = special.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (special[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The integer fast path of a {@link WorkCalendar}: every date is an epoch day (days since
 * 1970-01-01, as `toEpochDay` of `@cchc/core`), and every operation is a constant-time look-up in
 * precomputed tables (a running count of working days and the list of working days).
 *
 * All methods throw a `CchcError` (`calendar.invalid_epoch_day`, `calendar.invalid_count`,
 * `calendar.result_out_of_range`) for a day outside the calendar's range, a non-integer, or a result
 * beyond the range.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@cchc/calendar";
 * import { toEpochDay, epochDayToIso } from "@cchc/core";
 *
 * const epoch = vietnamCalendar().epoch;
 * const d = toEpochDay({ year: 2026, month: 2, day: 13 }); // Friday before Tết Bính Ngọ
 * epochDayToIso(epoch.addWorkingDays(d, 1)); // => "2026-02-23"
 * ```
 *
 * @category Working-day calendars
 */
export interface EpochCalendar {
  /**
   * Whether an epoch day is a working day.
   *
   * @param day - Epoch day within the calendar's range.
   * @returns `true` for working days.
   */
  isWorkingDay(day: number): boolean;
  /**
   * Moves by working days: `n > 0` gives the n-th working day strictly after `day`; `n < 0` the
   * |n|-th strictly before; `n = 0` gives `day` itself when it is a working day, else the next one.
   *
   * @param day - Epoch day within the calendar's range.
   * @param n - A whole number of working days.
   * @returns The epoch day reached.
   */
  addWorkingDays(day: number, n: number): number;
  /**
   * Working days in [fromDay, toDay], both inclusive; 0 when `fromDay > toDay`.
   *
   * @param fromDay - First epoch day.
   * @param toDay - Last epoch day.
   * @returns The count.
   */
  countWorkingDays(fromDay: number, toDay: number): number;
  /**
   * The first working day after `day` (or `day` itself when `includeSelf` and it is working).
   *
   * @param day - Epoch day.
   * @param includeSelf - Whether `day` itself may be the answer.
   * @returns An epoch day.
   */
  nextWorkingDay(day: number, includeSelf: boolean): number;
  /**
   * The last working day before `day` (or `day` itself when `includeSelf` and it is working).
   *
   * @param day - Epoch day.
   * @param includeSelf - Whether `day` itself may be the answer.
   * @returns An epoch day.
   */
  previousWorkingDay(day: number, includeSelf: boolean): number;
  /**
   * Everything known about an epoch day.
   *
   * @param day - Epoch day.
   * @returns Its {@link DayInfo}.
   */
  dayInfo(day: number): DayInfo;
}

/** The look-ups a calendar needs to describe its days. @internal */
export interface CalendarIdentity {
  readonly id: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly restSource: Citation | null;
}

/** {@link EpochCalendar} over built tables (built lazily on first use). @internal */
export class TableEpochCalendar implements EpochCalendar {
  #tables: CalendarTables | undefined;
  readonly #build: () => CalendarTables;
  readonly #identity: CalendarIdentity;

  constructor(identity: CalendarIdentity, build: () => CalendarTables) {
    this.#identity = identity;
    this.#build = build;
  }

  /** The tables, built on first use. */
  get tables(): CalendarTables {
    return (this.#tables ??= this.#build());
  }

  #offset(day: number): number {
    const t = this.tables;
    const i = day - t.start;
    if (!(i >= 0 && i < t.length) || (i | 0) !== i) {
      throw makeError(calendarMessages, "calendar.invalid_epoch_day", { received: describeValue(day), calendar: this.#identity.id });
    }
    return i;
  }

  #resultOutOfRange(day: number, n: number): never {
    const { id, fromYear, toYear } = this.#identity;
    throw makeError(calendarMessages, "calendar.result_out_of_range", {
      calendar: id,
      from: `${fromYear}-01-01`,
      to: `${toYear}-12-31`,
      n,
      date: epochDayToIso(day),
    });
  }

  isWorkingDay(day: number): boolean {
    return isWorkingCode(this.tables.kinds[this.#offset(day)]!);
  }

  addWorkingDays(day: number, n: number): number {
    const i = this.#offset(day);
    if (!Number.isSafeInteger(n)) throw makeError(calendarMessages, "calendar.invalid_count", { received: describeValue(n) });
    const t = this.tables;
    const k = n > 0 ? t.cum[i + 1]! + n - 1 : t.cum[i]! + n;
    if (k < 0 || k >= t.work.length) this.#resultOutOfRange(day, n);
    return t.start + t.work[k]!;
  }

  countWorkingDays(fromDay: number, toDay: number): number {
    const i = this.#offset(fromDay);
    const j = this.#offset(toDay);
    if (i > j) return 0;
    const cum = this.tables.cum;
    return cum[j + 1]! - cum[i]!;
  }

  nextWorkingDay(day: number, includeSelf: boolean): number {
    return this.addWorkingDays(day, includeSelf ? 0 : 1);
  }

  previousWorkingDay(day: number, includeSelf: boolean): number {
    return includeSelf && this.isWorkingDay(day) ? day : this.addWorkingDays(day, -1);
  }

  dayInfo(day: number): DayInfo {
    const t = this.tables;
    const code = t.kinds[this.#offset(day)]!;
    const estimated = t.estimated[fromEpochDay(day).year - this.#identity.fromYear] === 1;
    const date = epochDayToIso(day);
    const working = isWorkingCode(code);
    if (code === WORKING) return { date, working, kind: "working", name: null, source: null, estimated };
    if (code === WEEKEND) {
      return { date, working, kind: "weekend", name: weeklyRestName(isoWeekday(day)), source: this.#identity.restSource, estimated };
    }
    const reason = t.reasons[specialIndex(t.special, day - t.start)]!;
    return { date, working, kind: KIND_CODES[code]!, name: reasonName(reason, day), source: reason.source, estimated };
  }
}
