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
 *
 * @category Days and instants
 */
export type DateInput = string | number | Date | { toMillis(): number };

/** `toEpochDay` of @cchc/core on three numbers, without allocating a date object (hot path). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

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
 *
 * @category Days and instants
 */
export function parseInstantMs(text: string): number {
  const n = text.length;
  if (n < 16 || n > 40) return Number.NaN;
  const sep = text.charCodeAt(10);
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32 && sep !== 116) || text.charCodeAt(13) !== 58) {
    return Number.NaN;
  }
  // Each digit d is valid when 0 <= d <= 9; (d | (9 - d)) is negative otherwise, so one OR checks them all.
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  const h0 = text.charCodeAt(11) - 48;
  const h1 = text.charCodeAt(12) - 48;
  const i0 = text.charCodeAt(14) - 48;
  const i1 = text.charCodeAt(15) - 48;
  const check =
    y0 | (9 - y0) | y1 | (9 - y1) | y2 | (9 - y2) | y3 | (9 - y3) | m0 | (9 - m0) | m1 | (9 - m1) |
    d0 | (9 - d0) | d1 | (9 - d1) | h0 | (9 - h0) | h1 | (9 - h1) | i0 | (9 - i0) | i1 | (9 - i1);
  if (check < 0) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = i0 * 10 + i1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return Number.NaN;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (i < n && text.charCodeAt(i) === 58) {
    if (i + 3 > n) return Number.NaN;
    const s0 = text.charCodeAt(i + 1) - 48;
    const s1 = text.charCodeAt(i + 2) - 48;
    if ((s0 | (5 - s0) | s1 | (9 - s1)) < 0) return Number.NaN;
    second = s0 * 10 + s1;
    i += 3;
    if (i < n && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)) {
      i++;
      let scale = 100;
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
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
      const o0 = text.charCodeAt(i + 1) - 48;
      const o1 = text.charCodeAt(i + 2) - 48;
      let q0 = 0;
      let q1 = 0;
      if (i + 6 === n && text.charCodeAt(i + 3) === 58) {
        q0 = text.charCodeAt(i + 4) - 48;
        q1 = text.charCodeAt(i + 5) - 48;
      } else if (i + 5 === n) {
        q0 = text.charCodeAt(i + 3) - 48;
        q1 = text.charCodeAt(i + 4) - 48;
      } else if (i + 3 !== n) {
        return Number.NaN;
      }
      if ((o0 | (2 - o0) | o1 | (9 - o1) | q0 | (5 - q0) | q1 | (9 - q1)) < 0) return Number.NaN;
      const oh = o0 * 10 + o1;
      if (oh > 23) return Number.NaN;
      offsetMs = (c === 43 ? 1 : -1) * (oh * 3_600_000 + (q0 * 10 + q1) * 60_000);
    } else {
      return Number.NaN;
    }
  }
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMs;
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
 *
 * @category Days and instants
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
 *
 * @category Days and instants
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
 *
 * @category Days and instants
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
 *
 * @category Days and instants
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
