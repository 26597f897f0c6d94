/**
 * The reporting regimes as data: which periods each has, their data windows (thời gian chốt số liệu)
 * and the default submission deadline, each with its citation (calendar-and-deadlines.md §6).
 */
import type { Citation, Label } from "@cchc/core";
import type { ReportingRegime, ReportingWindow, SubmissionRule } from "../model/rule-schema.js";
import { DEADLINE_CITATIONS } from "./citations.js";

/**
 * One data window of a regime, with its source.
 *
 * @example
 * ```ts
 * import type { RegimeWindow } from "@cchc/deadlines";
 *
 * const w: RegimeWindow = { window: { startDay: 15, startMonthOffset: -1, endDay: 14 }, citation: { confidence: "SECONDARY" } };
 * ```
 *
 * @category Defaults and sources
 */
export interface RegimeWindow {
  /** The window. */
  readonly window: ReportingWindow;
  /** Where it comes from, and how sure it is. */
  readonly citation: Citation;
}

/**
 * Keys of the windows of a regime: a period kind (`"month"`, `"quarter"`, `"half-year"`,
 * `"nine-months"`, `"year"`) or one period of a kind (`"Q1"`–`"Q4"`, `"H1"`, `"H2"`). A period uses
 * its own key if present, else its kind's.
 *
 * @example
 * ```ts
 * import type { RegimeWindowKey } from "@cchc/deadlines";
 *
 * const key: RegimeWindowKey = "Q3";
 * ```
 *
 * @category Defaults and sources
 */
export type RegimeWindowKey = "month" | "quarter" | "half-year" | "nine-months" | "year" | "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2";

/**
 * What a reporting regime defines.
 *
 * @example
 * ```ts
 * import { REPORTING_REGIME_DATA, type RegimeData } from "@cchc/deadlines";
 *
 * const cchc: RegimeData = REPORTING_REGIME_DATA.cchc;
 * ```
 *
 * @category Defaults and sources
 */
export interface RegimeData {
  /** Name of the regime. */
  readonly label: Label;
  /** The periods that exist in the regime and their data windows. */
  readonly windows: Readonly<Partial<Record<RegimeWindowKey, RegimeWindow>>>;
  /** The default submission deadline (`null`: none, the rule must give one). */
  readonly due: { readonly rule: SubmissionRule; readonly citation: Citation } | null;
}

const FIFTEENTH_TO_FOURTEENTH = { startDay: 15, startMonthOffset: -1, endDay: 14 } as const;
const CALENDAR_WINDOW = { startDay: 1, startMonthOffset: 0, endDay: "last" } as const;
const DAY_20 = { kind: "day-of-month", day: 20, wording: "no-later-than" } as const;

const nd09 = (citation: Citation): RegimeWindow => ({ window: FIFTEENTH_TO_FOURTEENTH, citation });
const calendarPeriod: RegimeWindow = {
  window: CALENDAR_WINDOW,
  citation: {
    title: "Kỳ báo cáo theo lịch (plain calendar period)",
    confidence: "INFERRED",
    note: "The whole calendar period, first to last day; some sectors report this way (e.g. insurance: 01/01 → 30/6, 01/01 → 31/12).",
  },
};

/**
 * The reporting regimes:
 *
 * - `"nd09-2019"` — Nghị định 09/2019/NĐ-CP: monthly, quarterly, 6-month, 9-month and annual
 *   reports with data windows from day 15 of the month before the period to day 14 of its last month
 *   (SECONDARY; the 9-month and second-half windows UNCONFIRMED). Default deadline day 20 of the
 *   period's last month (UNCONFIRMED: the decree leaves deadlines to each report's creator).
 * - `"cchc"` — administrative-reform reports to Bộ Nội vụ (581/BNV-CCHC, SECONDARY): quarter I,
 *   6 months, quarter III and year, windows 15/12 → 14/3, 15/12 → 14/6, 15/6 → 14/9, 15/12 → 14/12,
 *   due no later than day 20 of the period's last month.
 * - `"calendar"` — plain calendar periods; no default deadline.
 *
 * @example
 * ```ts
 * import { REPORTING_REGIME_DATA } from "@cchc/deadlines";
 *
 * REPORTING_REGIME_DATA.cchc.windows.Q3?.window; // => { startDay: 15, startMonthOffset: -1, endDay: 14 }
 * REPORTING_REGIME_DATA.cchc.windows.Q2; // => undefined (no Q2 CCHC report)
 * ```
 *
 * @category Defaults and sources
 */
export const REPORTING_REGIME_DATA: Readonly<Record<ReportingRegime, RegimeData>> = {
  "nd09-2019": {
    label: { vi: "Chế độ báo cáo theo Nghị định 09/2019/NĐ-CP", en: "Reporting regime of Decree 09/2019/NĐ-CP" },
    windows: {
      month: nd09(DEADLINE_CITATIONS.nd09Windows),
      quarter: nd09(DEADLINE_CITATIONS.nd09Windows),
      H1: nd09(DEADLINE_CITATIONS.nd09Windows),
      H2: nd09(DEADLINE_CITATIONS.nd09UnconfirmedWindows),
      "nine-months": nd09(DEADLINE_CITATIONS.nd09UnconfirmedWindows),
      year: nd09(DEADLINE_CITATIONS.nd09Windows),
    },
    due: { rule: DAY_20, citation: DEADLINE_CITATIONS.nd09DefaultDue },
  },
  cchc: {
    label: { vi: "Chế độ báo cáo cải cách hành chính định kỳ (581/BNV-CCHC)", en: "Periodic administrative-reform reporting (581/BNV-CCHC)" },
    windows: {
      Q1: nd09(DEADLINE_CITATIONS.cchcReports),
      H1: nd09(DEADLINE_CITATIONS.cchcReports),
      Q3: nd09(DEADLINE_CITATIONS.cchcReports),
      year: nd09(DEADLINE_CITATIONS.cchcReports),
    },
    due: { rule: DAY_20, citation: DEADLINE_CITATIONS.cchcReports },
  },
  calendar: {
    label: { vi: "Kỳ báo cáo theo lịch", en: "Plain calendar periods" },
    windows: {
      month: calendarPeriod,
      quarter: calendarPeriod,
      "half-year": calendarPeriod,
      "nine-months": calendarPeriod,
      year: calendarPeriod,
    },
    due: null,
  },
};
