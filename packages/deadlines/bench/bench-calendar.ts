/**
 * The calendar the benchmarks run on — the state bodies' calendar of @cchc/calendar — and the same
 * calendar as the luxon baseline's holiday sets.
 */
import { vietnamCalendar } from "@cchc/calendar";
import { epochDayToIso, isoWeekday, toEpochDay } from "@cchc/core";
import type { DeadlineCalendar } from "@cchc/deadlines";
import type { Holidays } from "./luxon-baseline.js";

export function benchCalendar(): DeadlineCalendar {
  return vietnamCalendar().epoch;
}

export function holidaySets(calendar: DeadlineCalendar): Holidays {
  const off = new Set<string>();
  const makeUp = new Set<string>();
  for (let d = toEpochDay({ year: 2025, month: 1, day: 1 }); d <= toEpochDay({ year: 2027, month: 12, day: 31 }); d++) {
    const weekend = isoWeekday(d) >= 6;
    const working = calendar.isWorkingDay(d);
    if (!weekend && !working) off.add(epochDayToIso(d));
    if (weekend && working) makeUp.add(epochDayToIso(d));
  }
  return { off, makeUp };
}
