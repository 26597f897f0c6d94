/**
 * `@cchc/reports/synthesis-report`: the synthesis that Sở Văn hóa, Thể thao và Du lịch sends the
 * Chairman of the Provincial People's Committee (plan V.5 and the closing paragraph), computed from the
 * monthly media reports, the agencies' reports and the difficulty reports, with its advice for the next
 * period — zod schema, inferred types and validator alone. The aggregator that computes it is
 * `synthesizeReports` of `@cchc/reports`.
 *
 * @packageDocumentation
 */
import type { Lang } from "@cchc/core";
import type * as z from "zod/mini";
import { SYNTHESIS_REPORT_VERSION, synthesisReportZod } from "./schemas/synthesis-report.js";
import { defineReport, type ReportDefinition } from "./validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "./validate/validator.js";

/**
 * zod schema of the synthesis report (`synthesis-report`): author, recipient, months covered, the list
 * of source reports, media figures in total and by month, quarter, topic, channel and form, feedback
 * and recommendations, the agencies' totals, proposals and difficulties, the difficulties agencies,
 * units and localities raised (`difficulties`), and the advice on the direction, content and forms of
 * communication for the next period (`advice`, optional: written by Sở VHTTDL). Every figure lists the
 * indices of the source reports that fed it (provenance). Cross-field rules: indices point into
 * `sources`, non-zero figures have a source, report counts match the sources, the months and quarters
 * add up to the total and fall in the coverage, no duplicate rows.
 *
 * @example
 * ```ts
 * import { synthesisReportSchema } from "@cchc/reports";
 *
 * synthesisReportSchema.safeParse({ schemaVersion: 2 }).success; // => false
 * ```
 *
 * @category Report schemas
 */
export const synthesisReportSchema = /* @__PURE__ */ synthesisReportZod();

/**
 * A valid synthesis report (inferred from {@link synthesisReportSchema}).
 *
 * @example
 * ```ts
 * import type { SynthesisReport } from "@cchc/reports";
 *
 * const news = (s: SynthesisReport): number => s.media.total.newsItems;
 * ```
 *
 * @category Report schemas
 */
export type SynthesisReport = z.output<typeof synthesisReportSchema>;

/**
 * The JSON form of a synthesis report.
 *
 * @example
 * ```ts
 * import type { SynthesisReportInput } from "@cchc/reports";
 *
 * const coverage: SynthesisReportInput["coverage"] = { from: "2026-01", to: "2026-03" };
 * ```
 *
 * @category Report schemas
 */
export type SynthesisReportInput = z.input<typeof synthesisReportSchema>;

/**
 * The synthesis report's id, title, schema and validator.
 *
 * @example
 * ```ts
 * import { synthesisReport } from "@cchc/reports/synthesis-report";
 *
 * synthesisReport.id; // => "synthesis-report"
 * ```
 *
 * @category Report schemas
 */
export const synthesisReport: ReportDefinition<SynthesisReport> = /* @__PURE__ */ defineReport(
  "synthesis-report",
  SYNTHESIS_REPORT_VERSION,
  { vi: "Báo cáo tổng hợp kết quả tuyên truyền CCHC", en: "CCHC communication synthesis report" },
  synthesisReportSchema,
);

/**
 * Validates a synthesis report (one computed here or received from elsewhere). Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ lang }` (or the language alone).
 * @returns `{ valid: true, value, issues: [] }` or `{ valid: false, issues }`.
 * @example
 * ```ts
 * import { validateSynthesisReport } from "@cchc/reports/synthesis-report";
 *
 * validateSynthesisReport(42, "en").valid; // => false
 * ```
 *
 * @category Report schemas
 */
export function validateSynthesisReport(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<SynthesisReport> {
  return synthesisReport.validate(input, options);
}

export type { ReportValidationResult, ReportValidationSuccess, ReportValidationFailure, ValidateOptions, ReportValidator } from "./validate/validator.js";
export type { ReportDefinition, ReportSchemaId } from "./validate/definition.js";
