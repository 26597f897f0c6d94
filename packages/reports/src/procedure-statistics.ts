/**
 * `@cchc/reports/procedure-statistics`: administrative-procedure statistics of one agency and period —
 * the inputs of the QĐ 766/QĐ-TTg indicators — zod schema, inferred types and validator alone.
 *
 * @packageDocumentation
 */
import type { Lang } from "@cchc/core";
import type * as z from "zod/mini";
import { PROCEDURE_STATISTICS_VERSION, procedureStatisticsZod } from "./schemas/procedure-statistics.js";
import { defineReport, type ReportDefinition } from "./validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "./validate/validator.js";

/**
 * zod schema of procedure statistics (`procedure-statistics`) per agency and period: procedures
 * published (on time); dossiers carried over, received, online, resolved early / on time / late,
 * pending, apologies (thư xin lỗi); online payments; electronic results; digitization; feedback and
 * petitions (phản ánh, kiến nghị — PAKN) handled on time; satisfaction. Cross-field rules: the parts add
 * up to their totals, and no part exceeds what it is a part of.
 *
 * @example
 * ```ts
 * import { procedureStatisticsSchema } from "@cchc/reports";
 *
 * procedureStatisticsSchema.safeParse({ schemaVersion: 1, period: "2026-Q5" }).success; // => false
 * ```
 *
 * @category Report schemas
 */
export const procedureStatisticsSchema = /* @__PURE__ */ procedureStatisticsZod();

/**
 * Valid procedure statistics (inferred from {@link procedureStatisticsSchema}).
 *
 * @example
 * ```ts
 * import type { ProcedureStatistics } from "@cchc/reports";
 *
 * const late = (s: ProcedureStatistics): number => s.dossiers.resolved.late;
 * ```
 *
 * @category Report schemas
 */
export type ProcedureStatistics = z.output<typeof procedureStatisticsSchema>;

/**
 * The JSON a sender writes for procedure statistics.
 *
 * @example
 * ```ts
 * import type { ProcedureStatisticsInput } from "@cchc/reports";
 *
 * const period: ProcedureStatisticsInput["period"] = "2026-Q1";
 * ```
 *
 * @category Report schemas
 */
export type ProcedureStatisticsInput = z.input<typeof procedureStatisticsSchema>;

/**
 * The procedure statistics' id, title, schema and validator.
 *
 * @example
 * ```ts
 * import { procedureStatistics } from "@cchc/reports/procedure-statistics";
 *
 * procedureStatistics.id; // => "procedure-statistics"
 * ```
 *
 * @category Report schemas
 */
export const procedureStatistics: ReportDefinition<ProcedureStatistics> = /* @__PURE__ */ defineReport(
  "procedure-statistics",
  PROCEDURE_STATISTICS_VERSION,
  { vi: "Số liệu giải quyết thủ tục hành chính", en: "Administrative procedure statistics" },
  procedureStatisticsSchema,
);

/**
 * Validates procedure statistics. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ lang }` (or the language alone).
 * @returns `{ valid: true, value, issues: [] }` or `{ valid: false, issues }`.
 * @example
 * ```ts
 * import { validateProcedureStatistics } from "@cchc/reports/procedure-statistics";
 *
 * validateProcedureStatistics([], "en").valid; // => false
 * ```
 *
 * @category Report schemas
 */
export function validateProcedureStatistics(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<ProcedureStatistics> {
  return procedureStatistics.validate(input, options);
}

export type { ReportValidationResult, ReportValidationSuccess, ReportValidationFailure, ValidateOptions, ReportValidator } from "./validate/validator.js";
export type { ReportDefinition, ReportSchemaId } from "./validate/definition.js";
