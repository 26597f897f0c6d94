/**
 * How the calendar fills in the Prime Minister's yearly choices (Điều 112 khoản 3 BLLĐ 2019) for a
 * year without an official schedule: python-holidays' rules, which reproduce every official Tết and
 * National Day break the project has (2020, 2024, 2025, 2026). These are estimates, never law; every
 * day of such a year is flagged `estimated`. Facts: ../shared/domain/calendar-and-deadlines.md §1.1, §2.
 */
import { defineEffectiveDated, type Citation, type EffectiveDated } from "@cchc/core";
import { pythonHolidaysEstimate } from "./citations.js";

/**
 * One version of the estimation rules for unannounced Tết days and the second National Day.
 *
 * @example
 * ```ts
 * import { SCHEDULE_ESTIMATES, type ScheduleEstimate } from "@cchc/calendar";
 *
 * const rule: ScheduleEstimate = SCHEDULE_ESTIMATES.values.at(-1)!.value;
 * rule.saturdayMovesTetEarlier; // => true
 * ```
 *
 * @category Calendar data
 */
export interface ScheduleEstimate {
  /**
   * The statutory Tết days start on giao thừa (the last day of month 12) and run on consecutively.
   * When `true` and one of them is a Saturday, the whole block starts one day earlier — python-holidays'
   * "Saturday → previous working day, Sunday → next working day" since 2014, which gives the official
   * breaks of 2020, 2024, 2025 and 2026.
   */
  readonly saturdayMovesTetEarlier: boolean;
  /**
   * Offset in days of the second National Day from 2/9, by ISO weekday of 2/9 (index 0 = Monday):
   * python-holidays' `NATIONAL_DAY_RULE` {Mon +1, Tue −1, Wed −1, Thu +1, Fri −1, Sat −1, Sun +1}.
   */
  readonly nationalDayExtraOffset: readonly number[];
  /** Where the rule comes from. */
  readonly citation: Citation;
}

const NATIONAL_DAY_RULE = [1, -1, -1, 1, -1, -1, 1] as const;

/**
 * The estimation rules by effective date (from 1900; Saturday shift of Tết from 2014).
 *
 * @example
 * ```ts
 * import { SCHEDULE_ESTIMATES } from "@cchc/calendar";
 * import { valueAt } from "@cchc/core";
 *
 * valueAt(SCHEDULE_ESTIMATES, "2013-01-01")?.saturdayMovesTetEarlier; // => false
 * valueAt(SCHEDULE_ESTIMATES, "2027-01-01")?.nationalDayExtraOffset[3]; // => 1 (2/9/2027 is a Thursday → 3/9)
 * ```
 *
 * @category Calendar data
 */
export const SCHEDULE_ESTIMATES: EffectiveDated<ScheduleEstimate> = /* @__PURE__ */ defineEffectiveDated({
  id: "vn.schedule.estimate",
  label: { vi: "Quy tắc ước tính lịch nghỉ khi chưa có thông báo", en: "Estimation rules for unannounced schedules" },
  lastVerified: "2026-07-23",
  values: [
    {
      validFrom: "1900-01-01",
      value: {
        saturdayMovesTetEarlier: false,
        nationalDayExtraOffset: NATIONAL_DAY_RULE,
        citation: /* @__PURE__ */ pythonHolidaysEstimate("Tết days from giao thừa; weekend Tết days give substitute days after the break."),
      },
      citation: /* @__PURE__ */ pythonHolidaysEstimate("python-holidays Vietnam, before 2014."),
    },
    {
      validFrom: "2014-01-01",
      value: {
        saturdayMovesTetEarlier: true,
        nationalDayExtraOffset: NATIONAL_DAY_RULE,
        citation: /* @__PURE__ */ pythonHolidaysEstimate(
          "From 2014 a Saturday Tết day moves the block one day earlier (SAT_TO_PREV_WORKDAY + SUN_TO_NEXT_WORKDAY); the second National Day follows NATIONAL_DAY_RULE.",
        ),
      },
      citation: /* @__PURE__ */ pythonHolidaysEstimate("python-holidays Vietnam, from 2014."),
    },
  ],
});
