import { DEFAULT_LANG, formatMessage, isLang, type Lang } from "@cchc/core";
import { agencyCommunicationReport } from "./agency-communication-report.js";
import { difficultyReport } from "./difficulty-report.js";
import { generateJsonSchema, type JsonSchemaDocument } from "./json-schema/generate.js";
import { reportValidationMessages } from "./messages/validation.js";
import { monthlyMediaReport } from "./monthly-media-report.js";
import { withPlanRules, type ReportValidateOptions } from "./plan-rules/validate.js";
import { procedureStatistics } from "./procedure-statistics.js";
import { synthesisReport } from "./synthesis-report.js";
import { REPORT_SCHEMA_IDS, type ReportDefinition, type ReportSchemaId } from "./validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "./validate/validator.js";

/**
 * A report schema as the `cchc` CLI's registry takes it: id, title, zod schema, JSON Schema and a
 * validator returning `{ valid, issues: [{ path, code, message }] }` (structurally the `SchemaEntry` of
 * `@cchc/cli`, so `defineSchemaRegistry(reportSchemaEntries())` works as is). Its `validate` checks
 * the shape and then the plan's rules (`PLAN_RULES`: who owes the report) against Bắc Ninh's 2026 plan,
 * unless `{ plan: false }`; `validateShape` checks the shape alone, as the per-report entry points do.
 *
 * @typeParam T - The report type.
 * @example
 * ```ts
 * import { reportSchemaEntry } from "@cchc/reports";
 *
 * const entry = reportSchemaEntry("difficulty-report");
 * entry?.jsonSchema().$id; // => "urn:cchc:report:difficulty-report:v1"
 * ```
 *
 * @category Validation
 */
export interface ReportSchemaEntry<T = unknown> extends ReportDefinition<T> {
  /** The JSON Schema (draft 2020-12), identical to the shipped `schemas/<id>.schema.json`. */
  jsonSchema(): JsonSchemaDocument;
  /**
   * Validates any value: the shape (structure, cross-field rules), then the plan's rules against
   * Bắc Ninh's 2026 plan — or `options.plan`, or none with `{ plan: false }`. Never throws.
   */
  validate(input: unknown, options?: ReportValidateOptions | Lang): ReportValidationResult<T>;
  /** Validates the shape alone (structure and cross-field rules, no plan rules): what `cchc validate --shape-only` runs. */
  validateShape(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<T>;
}

let entries: ReadonlyMap<string, ReportSchemaEntry> | undefined;

function entryOf<T>(definition: ReportDefinition<T>): ReportSchemaEntry<T> {
  let cached: JsonSchemaDocument | undefined;
  return {
    ...definition,
    jsonSchema: () => (cached ??= generateJsonSchema(definition)),
    validate: withPlanRules(definition),
    validateShape: definition.validate,
  };
}

function registry(): ReadonlyMap<string, ReportSchemaEntry> {
  entries ??= new Map<string, ReportSchemaEntry>(
    [monthlyMediaReport, agencyCommunicationReport, synthesisReport, difficultyReport, procedureStatistics].map((d) => [
      d.id,
      entryOf(d as ReportDefinition<unknown>),
    ]),
  );
  return entries;
}

/**
 * The five report schemas, in the order of {@link REPORT_SCHEMA_IDS}, for the CLI's registry or your
 * own dispatch.
 *
 * @returns The entries.
 * @example
 * ```ts
 * import { reportSchemaEntries } from "@cchc/reports";
 *
 * reportSchemaEntries().map((e) => e.id);
 * // => ["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"]
 * ```
 *
 * @category Validation
 */
export function reportSchemaEntries(): readonly ReportSchemaEntry[] {
  const map = registry();
  return REPORT_SCHEMA_IDS.map((id) => map.get(id)!);
}

/**
 * The entry of one schema id, or `undefined` for an unknown id (also `"__proto__"` and the like).
 *
 * @param id - A schema id such as `"monthly-media-report"`.
 * @returns The entry, or `undefined`.
 * @example
 * ```ts
 * import { reportSchemaEntry } from "@cchc/reports";
 *
 * reportSchemaEntry("monthly-media-report")?.title.vi; // => "Báo cáo kết quả tuyên truyền CCHC hằng tháng"
 * reportSchemaEntry("__proto__"); // => undefined
 * ```
 *
 * @category Validation
 */
export function reportSchemaEntry(id: string): ReportSchemaEntry | undefined {
  return typeof id === "string" ? registry().get(id) : undefined;
}

/**
 * Whether a string is one of the {@link REPORT_SCHEMA_IDS}.
 *
 * @param id - Anything.
 * @returns `true` for a known schema id.
 * @example
 * ```ts
 * import { isReportSchemaId } from "@cchc/reports";
 *
 * isReportSchemaId("synthesis-report"); // => true
 * isReportSchemaId("constructor"); // => false
 * ```
 *
 * @category Validation
 */
export function isReportSchemaId(id: unknown): id is ReportSchemaId {
  return typeof id === "string" && (REPORT_SCHEMA_IDS as readonly string[]).includes(id);
}

/**
 * Validates a payload against the schema with the given id: its shape (structure and cross-field
 * rules), then the plan's rules (`PLAN_RULES`: the sender owes the report in the plan's reporting
 * graph) against Bắc Ninh's 2026 plan — or the plan given as `options.plan`, or none with
 * `{ plan: false }` (the shape alone, e.g. for a report of another plan). An unknown id is an issue
 * coded `report.unknown_schema`, not an exception. Never throws.
 *
 * @param id - The schema id.
 * @param data - Any value, typically parsed JSON.
 * @param options - `{ lang, plan }` (or the language alone); Vietnamese and Bắc Ninh 2026 by default.
 * @returns `{ valid, value?, issues }`.
 * @example
 * ```ts
 * import { validateReport } from "@cchc/reports";
 *
 * validateReport("procedure-statistics", {}, { lang: "en" }).valid; // => false
 * validateReport("weekly-report", {}).issues[0]?.code; // => "report.unknown_schema"

 * validateReport("difficulty-report", {}, { lang: "en", plan: false }).valid; // => false (the shape alone)
 * ```
 *
 * @category Validation
 */
export function validateReport(id: string, data: unknown, options?: ReportValidateOptions | Lang): ReportValidationResult<unknown> {
  const entry = reportSchemaEntry(id);
  if (entry) return entry.validate(data, options);
  const lang = typeof options === "string" ? options : options?.lang;
  const message = formatMessage(
    reportValidationMessages,
    "report.unknown_schema",
    { id: String(id).slice(0, 100), ids: REPORT_SCHEMA_IDS.join(", ") },
    isLang(lang) ? lang : DEFAULT_LANG,
  );
  return { valid: false, issues: [{ path: "", code: "report.unknown_schema", message }] };
}
