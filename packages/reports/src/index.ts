/**
 * `@cchc/reports`: the reports of Bắc Ninh's 2026 CCHC communication plan as one definition each —
 * zod 4 schemas, inferred TypeScript types, JSON Schema (draft 2020-12) shipped in `schemas/` — with
 * vi/en validators, the synthesis aggregator, submission timeliness and the QĐ 766/QĐ-TTg indicators.
 *
 * - schemas: `monthly-media-report`, `agency-communication-report`, `synthesis-report`,
 *   `difficulty-report`, `procedure-statistics` (each also its own entry point,
 *   `@cchc/reports/<id>`, for small browser bundles);
 * - validators that never throw, with JSON-Pointer paths and messages in Vietnamese (default) or
 *   English; a registry by schema id for the CLI; the plan's rules (who owes each report,
 *   {@link PLAN_RULES}), checked by {@link validateReport} and the registry unless `{ plan: false }`;
 * - calculators: {@link synthesizeReports}, {@link reportTimeliness}, {@link computeIndicators}.
 *
 * @packageDocumentation
 */
export {
  monthlyMediaReportSchema,
  monthlyMediaReport,
  validateMonthlyMediaReport,
  type MonthlyMediaReport,
  type MonthlyMediaReportInput,
} from "./monthly-media-report.js";
export {
  agencyCommunicationReportSchema,
  agencyCommunicationReport,
  validateAgencyCommunicationReport,
  type AgencyCommunicationReport,
  type AgencyCommunicationReportInput,
} from "./agency-communication-report.js";
export {
  synthesisReportSchema,
  synthesisReport,
  validateSynthesisReport,
  type SynthesisReport,
  type SynthesisReportInput,
} from "./synthesis-report.js";
export {
  difficultyReportSchema,
  difficultyReport,
  validateDifficultyReport,
  type DifficultyReport,
  type DifficultyReportInput,
} from "./difficulty-report.js";
export {
  procedureStatisticsSchema,
  procedureStatistics,
  validateProcedureStatistics,
  type ProcedureStatistics,
  type ProcedureStatisticsInput,
} from "./procedure-statistics.js";
export { REPORT_SCHEMA_IDS, type ReportSchemaId, type ReportDefinition } from "./validate/definition.js";
export {
  MAX_ISSUES,
  type ReportValidationResult,
  type ReportValidationSuccess,
  type ReportValidationFailure,
  type ReportValidator,
  type ValidateOptions,
} from "./validate/validator.js";
export {
  reportSchemaEntries,
  reportSchemaEntry,
  isReportSchemaId,
  validateReport,
  type ReportSchemaEntry,
} from "./registry.js";
export { generateJsonSchema, jsonSchemaUri, type JsonSchemaDocument, type JsonSchemaSource } from "./json-schema/generate.js";
export {
  PRESENTATION_FORMS,
  SECTION_KINDS,
  MEDIA_CHANNEL_CODES,
  AIR_CHANNEL_CODES,
  FORM_TOTALS,
  COMMUNE_LEVEL_ACTOR_IDS,
  type PresentationForm,
  type SectionKind,
  type MediaChannelCode,
} from "./schemas/codes.js";
export { MAX_COUNT, MINUTES_PER_MONTH } from "./schemas/fields.js";
export { SCHEMA_VERSIONS } from "./schemas/versions.js";
export { CROSS_FIELD_RULES, type CrossFieldRule } from "./data/cross-field-rules.js";
export { PLAN_RULES, type PlanRule } from "./data/plan-rules.js";
export { checkPlanRules, type PlanRuleOptions } from "./plan-rules/check.js";
export type { ReportValidateOptions } from "./plan-rules/validate.js";
export { reportPlanMessages, type ReportPlanRuleCode } from "./messages/plan-rules.js";
export { REPORT_PLAN_EDGES, reportObligation } from "./data/obligations.js";
export {
  STATISTICS_FIGURES,
  CONFIRMED_766_SOURCES,
  UNCONFIRMED_766_INDICATORS,
  type StatisticsFigure,
  type IndicatorDefinition,
  type PointsRule,
} from "./data/index-766.js";
export { reportValidationMessages, type ReportValidationCode } from "./messages/validation.js";
export { reportCalculatorMessages, type ReportCalculatorCode } from "./messages/calculators.js";
export { synthesizeReports, type SynthesisInput, type SynthesisOptions, type SynthesisAdvice } from "./calculators/synthesis.js";
export {
  reportTimeliness,
  type DueDate,
  type DueDateFunction,
  type TimelinessReport,
  type TimelinessOptions,
  type TimelinessStatus,
  type Timeliness,
} from "./calculators/timeliness.js";
export {
  computeIndicators,
  type IndicatorInput,
  type IndicatorScore,
  type IndicatorOptions,
  type IndicatorReport,
} from "./calculators/indicators.js";
