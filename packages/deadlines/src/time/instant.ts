import { daysInMonth, describeValue, err, makeError, ok, parseIsoDate, toEpochDay, type Result } from "@cchc/core";
import { deadlineMessages } from "../messages.js";

/** Vietnam's UTC offset, +07:00, in milliseconds (fixed since 1975-06-13, calendar-and-deadlines.md §7). */
export const VN_OFFSET_MS = 7 * 3_600_000;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * A date or an instant as the public functions accept it: `"YYYY-MM-DD"` (a civil date), an ISO
 * date-time (`"2026-03-02T16:10:00+07:00"`, `"…Z"`; without an offset it is read as Vietnam time),
 * epoch milliseconds, a `Date`, or any object with `toMillis()` (a luxon `DateTime`).
 *
 * @example
 * ```ts
 * import type { DateInput } from "@cchc/deadlines";
 *
 * const received: DateInput = "2026-03-02T16:10:00+07:00";
 * ```
 */
export type DateInput = string | number | Date | { toMillis(): number };

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Parses an ISO 8601 date-time in a single linear pass, without regular expressions or `Date`:
 * `YYYY-MM-DDTHH:mm[:ss[.fraction]][Z|±HH:MM|±HHMM]` (a space may replace `T`). Without an offset the
 * time is read as Vietnam time (+07:00). This is the hot path of dossier classification.
 *
 * @param text - The text.
 * @returns Epoch milliseconds, or `NaN` when the text is not a valid date-time.
 * @example
 * ```ts
 * import { parseInstantMs } from "@cchc/deadlines";
 *
 * parseInstantMs("2026-03-02T16:10:00+07:00") === Date.UTC(2026, 2, 2, 9, 10); // => true
 * parseInstantMs("2026-02-30T08:00:00Z"); // => NaN
 * ```
 */
export function parseInstantMs(text: string): number {
  const n = text.length;
  if (n < 16 || n > 40) return Number.NaN;
  const sep = text.charCodeAt(10);
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32 && sep !== 116) || text.charCodeAt(13) !== 58) {
    return Number.NaN;
  }
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59)) {
    return Number.NaN;
  }
  let i = 16;
  let second = 0;
  let millis = 0;
  if (i < n && text.charCodeAt(i) === 58) {
    second = two(text, i + 1);
    if (!(second <= 59)) return Number.NaN;
    i += 3;
    if (i < n && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)) {
      i++;
      let scale = 100;
      const start = i;
      while (i < n) {
        const d = digit(text, i);
        if (Number.isNaN(d)) break;
        millis += d * scale;
        scale /= 10;
        i++;
      }
      if (i === start) return Number.NaN;
      millis = Math.floor(millis);
    }
  }
  let offsetMs = VN_OFFSET_MS;
  if (i < n) {
    const c = text.charCodeAt(i);
    if ((c === 90 || c === 122) && i + 1 === n) {
      offsetMs = 0;
    } else if (c === 43 || c === 45) {
      const oh = two(text, i + 1);
      let om: number;
      if (i + 6 === n && text.charCodeAt(i + 3) === 58) om = two(text, i + 4);
      else if (i + 5 === n) om = two(text, i + 3);
      else if (i + 3 === n) om = 0;
      else return Number.NaN;
      if (!(oh <= 23 && om <= 59)) return Number.NaN;
      offsetMs = (c === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
    } else {
      return Number.NaN;
    }
  }
  const epochDay = toEpochDay({ year, month, day });
  return epochDay * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMs;
}

/**
 * The Vietnam civil day (epoch day, +07:00) of an instant.
 *
 * @param ms - Epoch milliseconds.
 * @returns Days since 1970-01-01 in Vietnam.
 * @example
 * ```ts
 * import { vietnamDay } from "@cchc/deadlines";
 *
 * vietnamDay(Date.UTC(2026, 0, 1, 17, 0)); // => 20455 (already 2 January in Vietnam)
 * ```
 */
export function vietnamDay(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/**
 * Minutes since midnight, Vietnam time, of an instant.
 *
 * @param ms - Epoch milliseconds.
 * @returns 0–1439.
 * @example
 * ```ts
 * import { vietnamMinuteOfDay } from "@cchc/deadlines";
 *
 * vietnamMinuteOfDay(Date.UTC(2026, 2, 2, 8, 1)); // => 901 (15:01)
 * ```
 */
export function vietnamMinuteOfDay(ms: number): number {
  const local = ms + VN_OFFSET_MS;
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 60_000);
}

/**
 * A parsed {@link DateInput}: the Vietnam civil day, and the time when the input was an instant.
 *
 * @example
 * ```ts
 * import type { ParsedMoment } from "@cchc/deadlines";
 *
 * const dateOnly: ParsedMoment = { day: 20514, ms: null, minute: null };
 * ```
 */
export interface ParsedMoment {
  /** Epoch day in Vietnam (+07:00). */
  readonly day: number;
  /** Epoch milliseconds, or `null` for a plain date. */
  readonly ms: number | null;
  /** Minutes since midnight in Vietnam, or `null` for a plain date. */
  readonly minute: number | null;
}

const momentOfMs = (ms: number): ParsedMoment => ({ day: vietnamDay(ms), ms, minute: vietnamMinuteOfDay(ms) });

/**
 * Parses a {@link DateInput} into the Vietnam civil day (and time, for instants). Instants are
 * converted with +07:00, never with the host's time zone.
 *
 * @param input - A date, an instant, epoch milliseconds, a `Date` or a luxon `DateTime`.
 * @returns The moment, or an error coded `deadline.invalid_date`.
 * @example
 * ```ts
 * import { parseMoment } from "@cchc/deadlines";
 *
 * const r = parseMoment("2026-03-02T23:30:00Z");
 * r.ok && r.value.minute; // => 390 (06:30 on 3 March in Vietnam)
 * ```
 */
export function parseMoment(input: unknown): Result<ParsedMoment> {
  if (typeof input === "string") {
    const text = input.trim();
    if (text.length === 10) {
      const date = parseIsoDate(text);
      if (date.ok) return ok({ day: toEpochDay(date.value), ms: null, minute: null });
    } else {
      const ms = parseInstantMs(text);
      if (Number.isFinite(ms)) return ok(momentOfMs(ms));
    }
    return err(makeError(deadlineMessages, "deadline.invalid_date", { input: describeValue(input) }));
  }
  let ms = Number.NaN;
  if (typeof input === "number") ms = input;
  else if (input instanceof Date) ms = input.getTime();
  else if (typeof input === "object" && input !== null && typeof (input as { toMillis?: unknown }).toMillis === "function") {
    ms = Number((input as { toMillis(): unknown }).toMillis());
  }
  if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) return ok(momentOfMs(ms));
  return err(makeError(deadlineMessages, "deadline.invalid_date", { input: describeValue(input) }));
}
