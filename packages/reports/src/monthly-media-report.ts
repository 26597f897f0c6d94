/**
 * `@cchc/reports/monthly-media-report`: the monthly report of Báo và Phát thanh, Truyền hình Bắc Ninh
 * to Sở Văn hóa, Thể thao và Du lịch (plan V.5, due "trước ngày 10 hằng tháng") — its zod schema,
 * inferred types and validator, alone (no other report, no calculators, no plan tables).
 *
 * @packageDocumentation
 */
import type { Lang } from "@cchc/core";
import type * as z from "zod/mini";
import { MONTHLY_MEDIA_REPORT_VERSION, monthlyMediaReportZod } from "./schemas/monthly-media-report.js";
import { defineReport, type ReportDefinition } from "./validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "./validate/validator.js";

/**
 * zod schema of the monthly media report (`monthly-media-report`): reporting unit and month; totals of
 * news items (tin), articles (bài) and airtime; sections and special pages (chuyên mục, chuyên trang)
 * with their counts; broadcasts and postings (date, slot, airtime); main content by plan topic
 * (`T1`–`T5`, `T4.1`–`T4.6`); forms of presentation; channels; evaluation of citizens' and businesses'
 * feedback; recommendations; `extra` for anything else. Cross-field rules: the sections add up to the
 * totals, dates fall in the reporting month, no duplicate section, topic, form or channel; airtime only
 * on radio and television; every figure stated twice agrees (the forms of presentation with the
 * totals, a channel's airtime with its sections', a section's broadcasts with its editions, airtime
 * and channel); forms are given whenever something was published.
 *
 * @example
 * ```ts
 * import { monthlyMediaReportSchema } from "@cchc/reports";
 *
 * monthlyMediaReportSchema.safeParse({ schemaVersion: 2 }).success; // => false
 * ```
 *
 * @category Report schemas
 */
export const monthlyMediaReportSchema = /* @__PURE__ */ monthlyMediaReportZod();

/**
 * A valid monthly media report, as the validator returns it (inferred from {@link monthlyMediaReportSchema}).
 *
 * @example
 * ```ts
 * import type { MonthlyMediaReport } from "@cchc/reports";
 *
 * function items(r: MonthlyMediaReport): number {
 *   return r.totals.newsItems + r.totals.articles;
 * }
 * ```
 *
 * @category Report schemas
 */
export type MonthlyMediaReport = z.output<typeof monthlyMediaReportSchema>;

/**
 * The JSON a sender writes for a monthly media report (the schema's input type).
 *
 * @example
 * ```ts
 * import type { MonthlyMediaReportInput } from "@cchc/reports";
 *
 * const month: MonthlyMediaReportInput["month"] = "2026-02";
 * ```
 *
 * @category Report schemas
 */
export type MonthlyMediaReportInput = z.input<typeof monthlyMediaReportSchema>;

/**
 * The monthly media report's id, title, schema and validator.
 *
 * @example
 * ```ts
 * import { monthlyMediaReport } from "@cchc/reports/monthly-media-report";
 *
 * monthlyMediaReport.title.en; // => "Monthly CCHC media report"
 * ```
 *
 * @category Report schemas
 */
export const monthlyMediaReport: ReportDefinition<MonthlyMediaReport> = /* @__PURE__ */ defineReport(
  "monthly-media-report",
  MONTHLY_MEDIA_REPORT_VERSION,
  { vi: "Báo cáo kết quả tuyên truyền CCHC hằng tháng", en: "Monthly CCHC media report" },
  monthlyMediaReportSchema,
);

/**
 * Validates a monthly media report. Never throws; messages in Vietnamese unless `{ lang: "en" }`.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ lang }` (or the language alone).
 * @returns `{ valid: true, value, issues: [] }` or `{ valid: false, issues }`.
 * @example
 * ```ts
 * import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";
 *
 * const r = validateMonthlyMediaReport({ schemaVersion: 2, month: "2026-13" }, { lang: "en" });
 * r.valid; // => false
 * r.issues.some((i) => i.path === "/month"); // => true
 * ```
 *
 * @category Report schemas
 */
export function validateMonthlyMediaReport(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<MonthlyMediaReport> {
  return monthlyMediaReport.validate(input, options);
}

export type { ReportValidationResult, ReportValidationSuccess, ReportValidationFailure, ValidateOptions, ReportValidator } from "./validate/validator.js";
export type { ReportDefinition, ReportSchemaId } from "./validate/definition.js";
