/**
 * The substitute-day rule (nghỉ bù): a holiday that falls on a weekly rest day gives the next working
 * day off. BLLĐ 2019 Điều 111 khoản 3 from 2021 (VERIFIED, facts §1.3); from 1995 the same rule as
 * python-holidays applies it (INFERRED); none before 1995.
 */
import { defineEffectiveDated, type Citation, type EffectiveDated } from "@cchc/core";
import { LABOUR_CODE_2019_SUBSTITUTE_DAY, SUBSTITUTE_DAY_BEFORE_2021, pythonHolidaysEstimate } from "./citations.js";

/**
 * Whether a holiday on a weekly rest day gives a substitute day, by effective date (`null`: no rule).
 *
 * @example
 * ```ts
 * import { SUBSTITUTE_DAY_RULE } from "@cchc/calendar";
 * import { valueAt } from "@cchc/core";
 *
 * valueAt(SUBSTITUTE_DAY_RULE, "2026-04-26")?.article; // => "111"
 * ```
 *
 * @category Calendar data
 */
export const SUBSTITUTE_DAY_RULE: EffectiveDated<Citation | null> = /* @__PURE__ */ defineEffectiveDated<Citation | null>({
  id: "vn.holidays.substitute-day",
  label: { vi: "Nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần", en: "Substitute day when a holiday falls on a weekly rest day" },
  lastVerified: "2026-07-23",
  values: [
    { validFrom: "1900-01-01", value: null, citation: /* @__PURE__ */ pythonHolidaysEstimate("python-holidays: no substitute days before 1995.") },
    { validFrom: "1995-01-01", value: SUBSTITUTE_DAY_BEFORE_2021, citation: SUBSTITUTE_DAY_BEFORE_2021 },
    { validFrom: "2021-01-01", value: LABOUR_CODE_2019_SUBSTITUTE_DAY, citation: LABOUR_CODE_2019_SUBSTITUTE_DAY },
  ],
});
