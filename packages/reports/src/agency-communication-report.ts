/**
 * `@cchc/reports/agency-communication-report`: the report of an agency on its CCHC communication (plan
 * V.1), sent to Sở Nội vụ with a copy to Sở Văn hóa, Thể thao và Du lịch inside the periodic CCHC
 * report ("lồng ghép trong báo cáo CCHC định kỳ") — its zod schema, inferred types and validator alone.
 *
 * @packageDocumentation
 */
import type { Lang } from "@cchc/core";
import type * as z from "zod/mini";
import { AGENCY_COMMUNICATION_REPORT_VERSION, agencyCommunicationReportZod } from "./schemas/agency-communication-report.js";
import { defineReport, type ReportDefinition } from "./validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "./validate/validator.js";

/**
 * zod schema of the agency CCHC communication report (`agency-communication-report`): the agency, the
 * CCHC period (`2026-Q1`, `2026-H1`, `2026-Q3`, `2026`) and its data window (thời gian chốt số liệu);
 * directives published on the portal; procedures posted (niêm yết TTHC); staff briefings (quán triệt);
 * materials given to the press; integration with legal dissemination (phổ biến, giáo dục pháp luật);
 * proposed focal content by plan topic; difficulties. Cross-field rules: the window fits the period,
 * listed directives were published inside it and are not more than the declared count.
 *
 * @example
 * ```ts
 * import { agencyCommunicationReportSchema } from "@cchc/reports";
 *
 * agencyCommunicationReportSchema.safeParse({ schemaVersion: 1, period: "2026-Q2" }).success; // => false
 * ```
 *
 * @category Report schemas
 */
export const agencyCommunicationReportSchema = /* @__PURE__ */ agencyCommunicationReportZod();

/**
 * A valid agency CCHC communication report (inferred from {@link agencyCommunicationReportSchema}).
 *
 * @example
 * ```ts
 * import type { AgencyCommunicationReport } from "@cchc/reports";
 *
 * const published = (r: AgencyCommunicationReport): number => r.directives.published;
 * ```
 *
 * @category Report schemas
 */
export type AgencyCommunicationReport = z.output<typeof agencyCommunicationReportSchema>;

/**
 * The JSON a sender writes for an agency CCHC communication report.
 *
 * @example
 * ```ts
 * import type { AgencyCommunicationReportInput } from "@cchc/reports";
 *
 * const period: AgencyCommunicationReportInput["period"] = "2026-H1";
 * ```
 *
 * @category Report schemas
 */
export type AgencyCommunicationReportInput = z.input<typeof agencyCommunicationReportSchema>;

/**
 * The agency CCHC communication report's id, title, schema and validator.
 *
 * @example
 * ```ts
 * import { agencyCommunicationReport } from "@cchc/reports/agency-communication-report";
 *
 * agencyCommunicationReport.id; // => "agency-communication-report"
 * ```
 *
 * @category Report schemas
 */
export const agencyCommunicationReport: ReportDefinition<AgencyCommunicationReport> = /* @__PURE__ */ defineReport(
  "agency-communication-report",
  AGENCY_COMMUNICATION_REPORT_VERSION,
  { vi: "Báo cáo kết quả tuyên truyền CCHC của cơ quan, đơn vị", en: "Agency CCHC communication report" },
  agencyCommunicationReportSchema,
);

/**
 * Validates an agency CCHC communication report. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ lang }` (or the language alone).
 * @returns `{ valid: true, value, issues: [] }` or `{ valid: false, issues }`.
 * @example
 * ```ts
 * import { validateAgencyCommunicationReport } from "@cchc/reports/agency-communication-report";
 *
 * validateAgencyCommunicationReport("not a report").issues[0]?.code; // => "invalid_type"
 * ```
 *
 * @category Report schemas
 */
export function validateAgencyCommunicationReport(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<AgencyCommunicationReport> {
  return agencyCommunicationReport.validate(input, options);
}

export type { ReportValidationResult, ReportValidationSuccess, ReportValidationFailure, ValidateOptions, ReportValidator } from "./validate/validator.js";
export type { ReportDefinition, ReportSchemaId } from "./validate/definition.js";
