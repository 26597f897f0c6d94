/**
 * `@cchc/reports/difficulty-report`: difficulties and obstacles (khó khăn, vướng mắc) that agencies and
 * localities report to Sở Văn hóa, Thể thao và Du lịch while carrying out the plan (its closing
 * paragraph) — zod schema, inferred types and validator alone.
 *
 * @packageDocumentation
 */
import type { Lang } from "@cchc/core";
import type * as z from "zod/mini";
import { DIFFICULTY_REPORT_VERSION, difficultyReportZod } from "./schemas/difficulty-report.js";
import { defineReport, type ReportDefinition } from "./validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "./validate/validator.js";

/**
 * zod schema of the difficulty report (`difficulty-report`): who reports, when, for which period, and
 * one or more difficulties, each with a description, optional plan topic and channel, since when, a
 * proposal and who should decide. Cross-field rule: a difficulty cannot start after the report date.
 *
 * @example
 * ```ts
 * import { difficultyReportSchema } from "@cchc/reports";
 *
 * difficultyReportSchema.safeParse({ schemaVersion: 1, items: [] }).success; // => false
 * ```
 *
 * @category Report schemas
 */
export const difficultyReportSchema = /* @__PURE__ */ difficultyReportZod();

/**
 * A valid difficulty report (inferred from {@link difficultyReportSchema}).
 *
 * @example
 * ```ts
 * import type { DifficultyReport } from "@cchc/reports";
 *
 * const titles = (r: DifficultyReport): string[] => r.items.map((i) => i.title);
 * ```
 *
 * @category Report schemas
 */
export type DifficultyReport = z.output<typeof difficultyReportSchema>;

/**
 * The JSON a sender writes for a difficulty report.
 *
 * @example
 * ```ts
 * import type { DifficultyReportInput } from "@cchc/reports";
 *
 * const on: DifficultyReportInput["reportedOn"] = "2026-04-02";
 * ```
 *
 * @category Report schemas
 */
export type DifficultyReportInput = z.input<typeof difficultyReportSchema>;

/**
 * The difficulty report's id, title, schema and validator.
 *
 * @example
 * ```ts
 * import { difficultyReport } from "@cchc/reports/difficulty-report";
 *
 * difficultyReport.title.vi; // => "Phản ánh khó khăn, vướng mắc"
 * ```
 *
 * @category Report schemas
 */
export const difficultyReport: ReportDefinition<DifficultyReport> = /* @__PURE__ */ defineReport(
  "difficulty-report",
  DIFFICULTY_REPORT_VERSION,
  { vi: "Phản ánh khó khăn, vướng mắc", en: "Report of difficulties and obstacles" },
  difficultyReportSchema,
);

/**
 * Validates a difficulty report. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ lang }` (or the language alone).
 * @returns `{ valid: true, value, issues: [] }` or `{ valid: false, issues }`.
 * @example
 * ```ts
 * import { validateDifficultyReport } from "@cchc/reports/difficulty-report";
 *
 * validateDifficultyReport({}, "en").valid; // => false
 * ```
 *
 * @category Report schemas
 */
export function validateDifficultyReport(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<DifficultyReport> {
  return difficultyReport.validate(input, options);
}

export type { ReportValidationResult, ReportValidationSuccess, ReportValidationFailure, ValidateOptions, ReportValidator } from "./validate/validator.js";
export type { ReportDefinition, ReportSchemaId } from "./validate/definition.js";
