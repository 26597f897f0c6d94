/**
 * `@cchc/calendar`: the Vietnamese working-day calendar.
 *
 * - the lunar calendar (âm lịch) at UTC+7, computed from the astronomy (Meeus), 1900–2199;
 * - public holidays by Labour Code version, the Prime Minister's yearly schedules and decreed swaps
 *   as dated data with citations, substitute days (nghỉ bù), weekly rest (QĐ 188/1999/QĐ-TTg);
 * - per-agency calendars (weekmask, own closed and open days), 24/11 as an option;
 * - working-day arithmetic on integer epoch days with precomputed running totals.
 *
 * Luxon helpers live in `@cchc/calendar/luxon`; this entry point never loads luxon.
 *
 * @packageDocumentation
 */
export { calendarMessages, civilDateMessages, lunarMessages, calendarCatalogues, type CalendarMessageKey } from "./messages.js";
export { toCivilDate, toEpochDayResult, SUPPORTED_YEARS, type DateInput, type LuxonDateTimeLike } from "./civil/date-input.js";
export { canChiOfYear } from "./lunar/can-chi.js";
export {
  toLunar,
  fromLunar,
  fromLunarEpochDay,
  lunarYear,
  type LunarDate,
  type LunarDateInfo,
  type LunarMonthInfo,
  type LunarYearInfo,
} from "./lunar/lunar.js";
export type { DayKind, DayInfo } from "./calendar/day-info.js";
export type { EpochCalendar } from "./calendar/epoch-calendar.js";
export type { WorkCalendar } from "./calendar/work-calendar.js";
export {
  vietnamCalendar,
  createWorkCalendar,
  DEFAULT_WORKING_YEARS,
  type WorkCalendarOptions,
  type AgencyDay,
  type Weekmask,
} from "./calendar/create.js";
export {
  STATUTORY_HOLIDAYS,
  type StatutoryHolidays,
  type FixedHoliday,
  type RuleHoliday,
} from "./data/statutory-holidays.js";
export { SCHEDULE_ESTIMATES, type ScheduleEstimate } from "./data/schedule-estimates.js";
export { SUBSTITUTE_DAY_RULE } from "./data/substitute-days.js";
export { OFFICIAL_SCHEDULES, SCHEDULES_LAST_VERIFIED } from "./data/schedules/index.js";
export type { YearSchedule, DecreedSwap } from "./data/schedule-types.js";
export { CULTURAL_DAY } from "./data/cultural-day.js";
