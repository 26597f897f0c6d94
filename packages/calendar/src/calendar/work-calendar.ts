import { describeValue, epochDayToIso, makeError, toEpochDay, type Citation } from "@cchc/core";
import { toEpochDayResult, type DateInput } from "../civil/date-input.js";
import { throwIfError } from "../civil/throw.js";
import { calendarMessages } from "../messages.js";
import type { CalendarTables } from "./build-tables.js";
import type { DayInfo } from "./day-info.js";
import { TableEpochCalendar, type EpochCalendar } from "./epoch-calendar.js";

/**
 * A working-day calendar (lịch ngày làm việc) for one kind of body: the state bodies' calendar
 * ({@link vietnamCalendar}) or an agency's own ({@link createWorkCalendar}). Dates come in as any
 * {@link DateInput} and go out as `YYYY-MM-DD`; the integer fast path is {@link WorkCalendar.epoch}.
 *
 * Every method that takes a date throws a `CchcError` (typed, vi/en) on invalid input or on a date
 * outside `fromYear`–`toYear`; validate untrusted input first with {@link toCivilDate}.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@cchc/calendar";
 *
 * const cal = vietnamCalendar();
 * cal.isWorkingDay("2026-02-16"); // => false (Tết)
 * cal.addWorkingDays("2026-02-13", 5); // => "2026-02-27"
 * cal.countWorkingDays("2026-02-01", "2026-02-28"); // => 15
 * ```
 *
 * @category Working-day calendars
 */
export interface WorkCalendar {
  /** The calendar's identifier, e.g. `"vn-state"`. */
  readonly id: string;
  /** First year of the working-day tables. */
  readonly fromYear: number;
  /** Last year of the working-day tables. */
  readonly toYear: number;
  /** The integer fast path on epoch days. */
  readonly epoch: EpochCalendar;
  /**
   * Whether a date is a working day.
   *
   * @param date - The date.
   * @returns `true` on working days (including make-up Saturdays).
   * @throws `CchcError` on an invalid or out-of-range date.
   */
  isWorkingDay(date: DateInput): boolean;
  /**
   * Everything known about a date: kind, reason, source, estimate flag.
   *
   * @param date - The date.
   * @returns Its {@link DayInfo}.
   * @throws `CchcError` on an invalid or out-of-range date.
   */
  dayInfo(date: DateInput): DayInfo;
  /**
   * The first working day after a date (or the date itself with `includeSelf`).
   *
   * @param date - The date.
   * @param options - `includeSelf` (default `false`).
   * @returns `YYYY-MM-DD`.
   * @throws `CchcError` on an invalid date or when the answer leaves the range.
   */
  nextWorkingDay(date: DateInput, options?: { includeSelf?: boolean }): string;
  /**
   * The last working day before a date (or the date itself with `includeSelf`).
   *
   * @param date - The date.
   * @param options - `includeSelf` (default `false`).
   * @returns `YYYY-MM-DD`.
   * @throws `CchcError` on an invalid date or when the answer leaves the range.
   */
  previousWorkingDay(date: DateInput, options?: { includeSelf?: boolean }): string;
  /**
   * Moves by working days: `n > 0` gives the n-th working day strictly after the date, `n < 0`
   * the |n|-th strictly before, `n = 0` the date itself if it is a working day, else the next one.
   *
   * @param date - The start date.
   * @param n - A whole number of working days.
   * @returns `YYYY-MM-DD`.
   * @throws `CchcError` on an invalid date, a non-integer `n`, or a result outside the range.
   */
  addWorkingDays(date: DateInput, n: number): string;
  /**
   * Counts the working days between two dates; both ends are included unless told otherwise.
   * Returns 0 when `from` is after `to`.
   *
   * @param from - First date.
   * @param to - Last date.
   * @param options - `includeStart` and `includeEnd` (both default `true`).
   * @returns The number of working days.
   * @throws `CchcError` on an invalid or out-of-range date.
   */
  countWorkingDays(from: DateInput, to: DateInput, options?: { includeStart?: boolean; includeEnd?: boolean }): number;
  /**
   * Every day of a range whose status differs from the plain weekly pattern — holidays (also those
   * on weekends), substitute days, swapped days off, make-up working days, the agency's own days —
   * in date order, each with its reason and source.
   *
   * @param from - First date (inclusive).
   * @param to - Last date (inclusive).
   * @returns The special days; empty when `from` is after `to`.
   * @throws `CchcError` on an invalid or out-of-range date.
   */
  nonWorkingDays(from: DateInput, to: DateInput): DayInfo[];
  /**
   * {@link WorkCalendar.nonWorkingDays} for one calendar year, with the year's estimate flag.
   *
   * @param year - A year within the range.
   * @returns `{ year, estimated, days }`.
   * @throws `CchcError` coded `calendar.year_out_of_range`.
   */
  yearDays(year: number): { year: number; estimated: boolean; days: DayInfo[] };
  /**
   * Whether a year's schedule is estimated (no complete official schedule in the data).
   *
   * @param year - A year within the range.
   * @returns `true` for estimated years (2027 onwards today, and years before 2024).
   * @throws `CchcError` coded `calendar.year_out_of_range`.
   */
  isEstimated(year: number): boolean;
}

/** {@link WorkCalendar} over lazily built tables. @internal */
export class TableWorkCalendar implements WorkCalendar {
  readonly id: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly epoch: TableEpochCalendar;

  constructor(id: string, fromYear: number, toYear: number, restSource: Citation | null, build: () => CalendarTables) {
    this.id = id;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.epoch = new TableEpochCalendar({ id, fromYear, toYear, restSource }, build);
  }

  #day(date: DateInput): number {
    const day = throwIfError(toEpochDayResult(date));
    const t = this.epoch.tables;
    if (day < t.start || day >= t.start + t.length) {
      throw makeError(calendarMessages, "calendar.out_of_range", {
        date: epochDayToIso(day),
        calendar: this.id,
        from: `${this.fromYear}-01-01`,
        to: `${this.toYear}-12-31`,
      });
    }
    return day;
  }

  #year(year: number): number {
    if (!Number.isInteger(year) || year < this.fromYear || year > this.toYear) {
      throw makeError(calendarMessages, "calendar.year_out_of_range", {
        year: describeValue(year),
        calendar: this.id,
        from: this.fromYear,
        to: this.toYear,
      });
    }
    return year;
  }

  isWorkingDay(date: DateInput): boolean {
    return this.epoch.isWorkingDay(this.#day(date));
  }

  dayInfo(date: DateInput): DayInfo {
    return this.epoch.dayInfo(this.#day(date));
  }

  nextWorkingDay(date: DateInput, options: { includeSelf?: boolean } = {}): string {
    return epochDayToIso(this.epoch.nextWorkingDay(this.#day(date), options?.includeSelf === true));
  }

  previousWorkingDay(date: DateInput, options: { includeSelf?: boolean } = {}): string {
    return epochDayToIso(this.epoch.previousWorkingDay(this.#day(date), options?.includeSelf === true));
  }

  addWorkingDays(date: DateInput, n: number): string {
    return epochDayToIso(this.epoch.addWorkingDays(this.#day(date), n));
  }

  countWorkingDays(from: DateInput, to: DateInput, options: { includeStart?: boolean; includeEnd?: boolean } = {}): number {
    const first = this.#day(from) + (options?.includeStart === false ? 1 : 0);
    const last = this.#day(to) - (options?.includeEnd === false ? 1 : 0);
    return first > last ? 0 : this.epoch.countWorkingDays(first, last);
  }

  nonWorkingDays(from: DateInput, to: DateInput): DayInfo[] {
    return this.#specialDays(this.#day(from), this.#day(to));
  }

  #specialDays(first: number, last: number): DayInfo[] {
    const t = this.epoch.tables;
    const special = t.special;
    let lo = 0;
    let hi = special.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (special[mid]! < first - t.start) lo = mid + 1;
      else hi = mid;
    }
    const days: DayInfo[] = [];
    for (let i = lo; i < special.length && special[i]! <= last - t.start; i++) days.push(this.epoch.dayInfo(t.start + special[i]!));
    return days;
  }

  yearDays(year: number): { year: number; estimated: boolean; days: DayInfo[] } {
    this.#year(year);
    const days = this.#specialDays(toEpochDay({ year, month: 1, day: 1 }), toEpochDay({ year, month: 12, day: 31 }));
    return { year, estimated: this.isEstimated(year), days };
  }

  isEstimated(year: number): boolean {
    return this.epoch.tables.estimated[this.#year(year) - this.fromYear] === 1;
  }
}
