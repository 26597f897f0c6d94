/**
 * Builds a calendar's integer tables once: the kind of every day of the range, the running count of
 * working days (numpy `busday_*` / Strata style), and the list of working days, so that add, count,
 * next and previous are O(1) array look-ups instead of day-by-day loops.
 *
 * Layers, in order: weekmask → holidays → decreed swaps → substitute days (nghỉ bù, computed against
 * this calendar's weekmask) → the agency's own closed and open days.
 *
 * @internal
 */
import { epochDayToIso, isoWeekday, toEpochDay, valueAt, type Citation, type Label } from "@cchc/core";
import { SUPPORTED_YEARS } from "../civil/date-input.js";
import { SUBSTITUTE_DAY_RULE } from "../data/substitute-days.js";
import {
  AGENCY_CLOSED,
  AGENCY_OPEN,
  HOLIDAY,
  MAKEUP,
  OBSERVED,
  SWAPPED_OFF,
  WEEKEND,
  WORKING,
} from "./day-info.js";
import { mergeReasons, type DayReason } from "./day-reason.js";
import { holidaysOfYear, isOfficialYear, swapsOfYear, type CulturalDaySetting } from "./national-days.js";

/** An agency's own closed or open day, resolved. */
export interface AgencyDayEvent {
  readonly day: number;
  readonly reason: Label;
  readonly source: Citation | null;
}

/** Everything that defines a calendar's tables. */
export interface TableSpec {
  readonly fromYear: number;
  readonly toYear: number;
  /** Monday … Sunday; `true` = working day. */
  readonly weekmask: readonly boolean[];
  readonly culturalDay: CulturalDaySetting;
  readonly closed: readonly AgencyDayEvent[];
  readonly open: readonly AgencyDayEvent[];
}

export interface CalendarTables {
  /** Epoch day of 1 January of `fromYear`. */
  readonly start: number;
  /** Number of days in the range. */
  readonly length: number;
  /** Kind code of each day (see day-info.ts). */
  readonly kinds: Uint8Array;
  /** `cum[i]` = working days in [start, start + i). Length `length + 1`. */
  readonly cum: Int32Array;
  /** Offsets (from `start`) of the working days, in order. */
  readonly work: Int32Array;
  /** Offsets of the days whose kind is neither `working` nor `weekend`, in order. */
  readonly special: Int32Array;
  /** Why each special day is special, aligned with `special`. */
  readonly reasons: readonly DayReason[];
  /** 1 for each year (from `fromYear`) without a complete official schedule. */
  readonly estimated: Uint8Array;
}

/** Builds the tables (one pass per layer over ≈ 73,000 days for 2000–2199). */
export function buildTables(spec: TableSpec): CalendarTables {
  // Work one year wider on each side, so that substitute days and swaps near the edges are right.
  const bufferStart = toEpochDay({ year: spec.fromYear - 1, month: 1, day: 1 });
  const bufferEnd = toEpochDay({ year: spec.toYear + 1, month: 12, day: 31 });
  const n = bufferEnd - bufferStart + 1;
  const kinds = new Uint8Array(n);
  const reasons = new Map<number, DayReason>();
  // Weekly pattern: write one week, then double it with copyWithin (native, no per-day loop).
  const wd0 = isoWeekday(bufferStart) - 1;
  const isRest = (i: number): boolean => !spec.weekmask[(wd0 + i) % 7];
  for (let i = 0; i < Math.min(7, n); i++) kinds[i] = isRest(i) ? WEEKEND : WORKING;
  for (let filled = 7; filled < n; filled *= 2) kinds.copyWithin(filled, 0, Math.min(filled, n - filled));

  for (let year = Math.max(spec.fromYear - 1, SUPPORTED_YEARS.from); year <= spec.toYear + 1; year++) {
    for (const h of holidaysOfYear(year, spec.culturalDay)) {
      const i = h.day - bufferStart;
      if (i < 0 || i >= n) continue;
      kinds[i] = HOLIDAY;
      reasons.set(h.day, mergeReasons(reasons.get(h.day), h.reason, h.day));
    }
    for (const s of swapsOfYear(year)) {
      const off = s.off - bufferStart;
      const on = s.workedOn - bufferStart;
      if (off >= 0 && off < n && kinds[off] === WORKING) {
        kinds[off] = SWAPPED_OFF;
        reasons.set(s.off, { type: "swapped-off", occasion: s.occasion, other: s.workedOn, source: s.source });
      }
      if (on >= 0 && on < n && kinds[on] === WEEKEND) {
        kinds[on] = MAKEUP;
        reasons.set(s.workedOn, { type: "makeup", occasion: s.occasion, other: s.off, source: s.source });
      }
    }
  }

  // Substitute days: each holiday on a weekly rest day gives the next regular working day off,
  // in date order (two weekend holidays give the next two working days).
  const onRestDays = [...reasons.keys()].filter((day) => kinds[day - bufferStart] === HOLIDAY && isRest(day - bufferStart)).sort((x, y) => x - y);
  let cursor = 0;
  for (const day of onRestDays) {
    const rule = valueAt(SUBSTITUTE_DAY_RULE, epochDayToIso(day));
    if (!rule) continue;
    let i = Math.max(day - bufferStart + 1, cursor);
    while (i < n && kinds[i] !== WORKING) i++;
    if (i >= n) break;
    cursor = i + 1;
    kinds[i] = OBSERVED;
    reasons.set(bufferStart + i, { type: "substitute", holiday: reasons.get(day)!, holidayDay: day, source: rule });
  }

  for (const c of spec.closed) {
    const i = c.day - bufferStart;
    kinds[i] = AGENCY_CLOSED;
    reasons.set(c.day, { type: "named", name: c.reason, source: c.source });
  }
  for (const o of spec.open) {
    const i = o.day - bufferStart;
    kinds[i] = AGENCY_OPEN;
    reasons.set(o.day, { type: "named", name: o.reason, source: o.source });
  }

  const start = toEpochDay({ year: spec.fromYear, month: 1, day: 1 });
  const length = toEpochDay({ year: spec.toYear, month: 12, day: 31 }) - start + 1;
  const ownKinds = kinds.slice(start - bufferStart, start - bufferStart + length);
  const cum = new Int32Array(length + 1);
  let working = 0;
  let specials = 0;
  for (let i = 0; i < length; i++) {
    const k = ownKinds[i]!;
    if (k === WORKING || k === MAKEUP || k === AGENCY_OPEN) working++;
    if (k !== WORKING && k !== WEEKEND) specials++;
    cum[i + 1] = working;
  }
  const work = new Int32Array(working);
  const special = new Int32Array(specials);
  for (let i = 0, w = 0, sp = 0; i < length; i++) {
    const k = ownKinds[i]!;
    if (cum[i + 1] !== cum[i]) work[w++] = i;
    if (k !== WORKING && k !== WEEKEND) special[sp++] = i;
  }
  const ownReasons = Array.from(special, (offset) => reasons.get(start + offset)!);
  const estimated = new Uint8Array(spec.toYear - spec.fromYear + 1);
  for (let y = spec.fromYear; y <= spec.toYear; y++) estimated[y - spec.fromYear] = isOfficialYear(y) ? 0 : 1;
  return { start, length, kinds: ownKinds, cum, work, special, reasons: ownReasons, estimated };
}
