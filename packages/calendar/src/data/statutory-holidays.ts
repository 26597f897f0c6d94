/**
 * Statutory public holidays (ngày nghỉ lễ, tết) by law version, as effective-dated data. Facts:
 * ../shared/domain/calendar-and-deadlines.md §1.1 (BLLĐ 2019 Điều 112, VERIFIED; BLLĐ 2012 and the
 * earlier model as python-holidays encodes them, SECONDARY).
 *
 * A year takes the entry in force on its 1 January. The law fixes *which* holidays exist and how many
 * Tết days there are; the Prime Minister picks the exact Tết days and the day joined to 2/9 each year
 * (Điều 112 khoản 3), which live in ./schedules.
 */
import { defineEffectiveDated, type Citation, type EffectiveDated, type Label } from "@cchc/core";
import { labourCode1994Model, labourCode2012, labourCode2019Holiday } from "./citations.js";
import { HOLIDAY_NAMES } from "./holiday-names.js";

/**
 * A holiday on a fixed solar date.
 *
 * @example
 * ```ts
 * import type { FixedHoliday } from "@cchc/calendar";
 *
 * const labour: FixedHoliday = {
 *   id: "labour", month: 5, day: 1,
 *   name: { vi: "Ngày Quốc tế lao động (1/5)", en: "International Labour Day (1 May)" },
 *   citation: { document: "45/2019/QH14", article: "112", clause: "1", point: "d", confidence: "VERIFIED" },
 * };
 * ```
 *
 * @category Calendar data
 */
export interface FixedHoliday {
  /** Stable identifier: `new-year`, `victory`, `labour`, `national-day`. */
  readonly id: string;
  /** Solar month 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** Bilingual name. */
  readonly name: Label;
  /** Legal source. */
  readonly citation: Citation;
}

/**
 * A holiday whose days come from the lunar calendar or from the Prime Minister's yearly choice.
 *
 * @example
 * ```ts
 * import type { RuleHoliday } from "@cchc/calendar";
 *
 * const hungKings: RuleHoliday = {
 *   name: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day" },
 *   citation: { document: "45/2019/QH14", article: "112", clause: "1", point: "e", confidence: "VERIFIED" },
 * };
 * ```
 *
 * @category Calendar data
 */
export interface RuleHoliday {
  /** Bilingual name. */
  readonly name: Label;
  /** Legal source. */
  readonly citation: Citation;
}

/**
 * The holidays one version of the Labour Code (Bộ luật Lao động) grants.
 *
 * @example
 * ```ts
 * import { STATUTORY_HOLIDAYS, type StatutoryHolidays } from "@cchc/calendar";
 *
 * const current: StatutoryHolidays = STATUTORY_HOLIDAYS.values.at(-1)!.value;
 * current.tet.days; // => 5
 * ```
 *
 * @category Calendar data
 */
export interface StatutoryHolidays {
  /** The law, e.g. "Bộ luật Lao động 2019". */
  readonly law: Label;
  /** Holidays on fixed solar dates. */
  readonly fixed: readonly FixedHoliday[];
  /** Tết Âm lịch and its number of days off. */
  readonly tet: RuleHoliday & { readonly days: number };
  /** Giỗ Tổ Hùng Vương (10/3 lunar), or `null` before it became a holiday. */
  readonly hungKings: RuleHoliday | null;
  /** The second National Day, adjacent to 2/9 and chosen by the Prime Minister, or `null`. */
  readonly nationalDayExtra: RuleHoliday | null;
}

function fixed(id: string, month: number, day: number, name: Label, citation: Citation): FixedHoliday {
  return { id, month, day, name, citation };
}

/** 1/1, 30/4, 1/5 and 2/9, one day each, under one citation (the codes before 2019). */
function oneDayHolidays(c: Citation): FixedHoliday[] {
  return [
    fixed("new-year", 1, 1, HOLIDAY_NAMES.newYear, c),
    fixed("victory", 4, 30, HOLIDAY_NAMES.victory, c),
    fixed("labour", 5, 1, HOLIDAY_NAMES.labour, c),
    fixed("national-day", 9, 2, HOLIDAY_NAMES.nationalDay, c),
  ];
}

const OLD_MODEL_NOTE = "Holidays before BLLĐ 2012 as python-holidays encodes them; the project did not read the 1994 code itself.";

function before2013(withHungKings: boolean): StatutoryHolidays {
  const c = labourCode1994Model(OLD_MODEL_NOTE);
  return {
    law: { vi: "Bộ luật Lao động 1994 (mô hình của python-holidays)", en: "Labour Code 1994 (python-holidays model)" },
    fixed: oneDayHolidays(c),
    tet: { days: 4, name: HOLIDAY_NAMES.tet, citation: labourCode1994Model("Four Tết days: giao thừa and mùng 1–3 (python-holidays).") },
    hungKings: withHungKings
      ? { name: HOLIDAY_NAMES.hungKings, citation: labourCode1994Model("Giỗ Tổ Hùng Vương a holiday from 2007 (python-holidays: year >= 2007).") }
      : null,
    nationalDayExtra: null,
  };
}

function labourCode2012Holidays(): StatutoryHolidays {
  const c = labourCode2012("BLLĐ 2012 Điều 115: one day each for 1/1, 30/4, 1/5 and 2/9 (facts §1.1).");
  return {
    law: { vi: "Bộ luật Lao động 2012", en: "Labour Code 2012" },
    fixed: oneDayHolidays(c),
    tet: {
      days: 5,
      name: HOLIDAY_NAMES.tet,
      citation: labourCode2012("Tết went from 4 to 5 days under BLLĐ 2012, applied from Tết 2013 (facts §1.1; python-holidays: year >= 2013)."),
    },
    hungKings: { name: HOLIDAY_NAMES.hungKings, citation: c },
    nationalDayExtra: null,
  };
}

function labourCode2019Holidays(): StatutoryHolidays {
  return {
    law: { vi: "Bộ luật Lao động 2019", en: "Labour Code 2019" },
    fixed: [
      fixed("new-year", 1, 1, HOLIDAY_NAMES.newYear, labourCode2019Holiday("a")),
      fixed("victory", 4, 30, HOLIDAY_NAMES.victory, labourCode2019Holiday("c")),
      fixed("labour", 5, 1, HOLIDAY_NAMES.labour, labourCode2019Holiday("d")),
      fixed("national-day", 9, 2, HOLIDAY_NAMES.nationalDay, labourCode2019Holiday("đ")),
    ],
    tet: { days: 5, name: HOLIDAY_NAMES.tet, citation: labourCode2019Holiday("b") },
    hungKings: { name: HOLIDAY_NAMES.hungKings, citation: labourCode2019Holiday("e") },
    nationalDayExtra: { name: HOLIDAY_NAMES.nationalDayExtra, citation: labourCode2019Holiday("đ") },
  };
}

/**
 * The statutory holidays by effective date: four entries, taking effect on 1 January of 1900 (the
 * pre-2013 model, no Giỗ Tổ), 2007 (Giỗ Tổ added), 2013 (BLLĐ 2012: Tết five days) and 2021 (BLLĐ
 * 2019 Điều 112: National Day two days). Each holiday carries its citation.
 *
 * @example
 * ```ts
 * import { STATUTORY_HOLIDAYS } from "@cchc/calendar";
 * import { valueAt } from "@cchc/core";
 *
 * valueAt(STATUTORY_HOLIDAYS, "2020-01-01")?.nationalDayExtra; // => null
 * valueAt(STATUTORY_HOLIDAYS, "2021-01-01")?.nationalDayExtra?.citation.document; // => "45/2019/QH14"
 * ```
 *
 * @category Calendar data
 */
export const STATUTORY_HOLIDAYS: EffectiveDated<StatutoryHolidays> = /* @__PURE__ */ defineEffectiveDated({
  id: "vn.holidays.statutory",
  label: { vi: "Ngày nghỉ lễ, tết theo Bộ luật Lao động", en: "Public holidays under the Labour Code" },
  lastVerified: "2026-07-23",
  values: [
    { validFrom: "1900-01-01", value: /* @__PURE__ */ before2013(false), citation: /* @__PURE__ */ labourCode1994Model(OLD_MODEL_NOTE) },
    { validFrom: "2007-01-01", value: /* @__PURE__ */ before2013(true), citation: /* @__PURE__ */ labourCode1994Model("Giỗ Tổ Hùng Vương added (python-holidays: year >= 2007).") },
    {
      validFrom: "2013-01-01",
      value: /* @__PURE__ */ labourCode2012Holidays(),
      citation: /* @__PURE__ */ labourCode2012("Tết five days from 2013 (facts §1.1)."),
    },
    { validFrom: "2021-01-01", value: /* @__PURE__ */ labourCode2019Holidays(), citation: /* @__PURE__ */ labourCode2019Holiday("đ") },
  ],
});
