/**
 * The national layer of the calendar, year by year: statutory holidays (by law version), the Prime
 * Minister's choices (from the yearly schedules, or estimated), the optional 24/11, and decreed swaps.
 * No weekmask here: which days are rest days depends on the calendar (state body or agency).
 *
 * @internal
 */
import { isoWeekday, toEpochDay, valueAt, type Citation, type Label } from "@cchc/core";
import { CULTURAL_DAY } from "../data/cultural-day.js";
import type { YearSchedule } from "../data/schedule-types.js";
import { SCHEDULE_ESTIMATES } from "../data/schedule-estimates.js";
import { OFFICIAL_SCHEDULES } from "../data/schedules/index.js";
import { STATUTORY_HOLIDAYS } from "../data/statutory-holidays.js";
import { FIRST_TABLE_LUNAR_YEAR, lunarTable, type LunarTable } from "../lunar/lunar-table.js";
import type { DayReason } from "./day-reason.js";

/** One holiday day. */
export interface HolidayEvent {
  readonly day: number;
  readonly reason: DayReason;
}

/** One decreed swap, as epoch days. */
export interface SwapEvent {
  readonly off: number;
  readonly workedOn: number;
  readonly occasion: Label;
  readonly source: Citation;
}

/** Whether, and from which year, 24/11 is a holiday. */
export interface CulturalDaySetting {
  readonly enabled: boolean;
  readonly fromYear: number;
}

let schedulesByYear: Map<number, YearSchedule> | undefined;

/** The official schedule of a year, if the data has one. */
export function scheduleOf(year: number): YearSchedule | undefined {
  schedulesByYear ??= new Map(OFFICIAL_SCHEDULES.map((s) => [s.year, s]));
  return schedulesByYear.get(year);
}

function isoToDay(iso: string): number {
  return toEpochDay({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
}

function tetDays(year: number, days: number, schedule: YearSchedule | undefined, table: LunarTable): number[] {
  if (schedule?.tet) return schedule.tet.days.map(isoToDay);
  const estimate = valueAt(SCHEDULE_ESTIMATES, `${year}-01-01`)!;
  const newYear = table.start[table.firstMonthOfYear[year - FIRST_TABLE_LUNAR_YEAR]!]!;
  let first = newYear - 1; // giao thừa: the last day of month 12
  if (estimate.saturdayMovesTetEarlier) {
    for (let d = first; d < first + days; d++) {
      if (isoWeekday(d) === 6) {
        first -= 1;
        break;
      }
    }
  }
  return Array.from({ length: days }, (_, i) => first + i);
}

function hungKingsDay(year: number, table: LunarTable): number {
  let i = table.firstMonthOfYear[year - FIRST_TABLE_LUNAR_YEAR]!;
  while (!(table.month[i] === 3 && table.leap[i] === 0)) i++;
  return table.start[i]! + 9;
}

/** The holidays of one calendar year. */
export function holidaysOfYear(year: number, culturalDay: CulturalDaySetting): HolidayEvent[] {
  const rules = valueAt(STATUTORY_HOLIDAYS, `${year}-01-01`)!;
  const schedule = scheduleOf(year);
  const table = lunarTable();
  const events: HolidayEvent[] = [];
  for (const h of rules.fixed) events.push({ day: toEpochDay({ year, month: h.month, day: h.day }), reason: { type: "named", name: h.name, source: h.citation } });

  const tet: DayReason = { type: "tet", source: schedule?.tet?.citation ?? rules.tet.citation };
  for (const day of tetDays(year, rules.tet.days, schedule, table)) events.push({ day, reason: tet });
  if (rules.hungKings) events.push({ day: hungKingsDay(year, table), reason: { type: "named", name: rules.hungKings.name, source: rules.hungKings.citation } });
  if (rules.nationalDayExtra) {
    const official = schedule?.nationalDayExtra;
    const nationalDay = toEpochDay({ year, month: 9, day: 2 });
    const estimate = valueAt(SCHEDULE_ESTIMATES, `${year}-01-01`)!;
    const day = official ? isoToDay(official.date) : nationalDay + estimate.nationalDayExtraOffset[isoWeekday(nationalDay) - 1]!;
    events.push({ day, reason: { type: "named", name: rules.nationalDayExtra.name, source: official?.citation ?? rules.nationalDayExtra.citation } });
  }
  if (culturalDay.enabled && year >= culturalDay.fromYear) {
    events.push({
      day: toEpochDay({ year, month: CULTURAL_DAY.month, day: CULTURAL_DAY.day }),
      reason: { type: "named", name: CULTURAL_DAY.name, source: CULTURAL_DAY.citation },
    });
  }
  return events;
}

/** The decreed swaps whose day off falls in a year. */
export function swapsOfYear(year: number): SwapEvent[] {
  return (scheduleOf(year)?.swaps ?? []).map((s) => ({
    off: isoToDay(s.off),
    workedOn: isoToDay(s.workedOn),
    occasion: s.occasion,
    source: s.citation,
  }));
}

/** `true` when the year has a complete official schedule. */
export function isOfficialYear(year: number): boolean {
  return scheduleOf(year)?.complete === true;
}
