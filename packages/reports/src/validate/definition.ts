import type { Label, Lang } from "@cchc/core";
import type { ZodMiniType } from "zod/mini";
import { reportValidator, type ReportValidationResult, type ValidateOptions } from "./validator.js";

/**
 * The stable ids of the report schemas, used by the CLI (`cchc validate monthly-media-report`), the
 * JSON Schema files (`schemas/<id>.schema.json`) and integrators.
 *
 * @example
 * ```ts
 * import { REPORT_SCHEMA_IDS } from "@cchc/reports";
 *
 * REPORT_SCHEMA_IDS.length; // => 5
 * ```
 *
 * @category Validation
 */
export const REPORT_SCHEMA_IDS = [
  "monthly-media-report",
  "agency-communication-report",
  "synthesis-report",
  "difficulty-report",
  "procedure-statistics",
] as const;

/**
 * One of {@link REPORT_SCHEMA_IDS}.
 *
 * @example
 * ```ts
 * import type { ReportSchemaId } from "@cchc/reports";
 *
 * const id: ReportSchemaId = "procedure-statistics";
 * ```
 *
 * @category Validation
 */
export type ReportSchemaId = (typeof REPORT_SCHEMA_IDS)[number];

/**
 * One report schema with its id, title and validator — what each entry point (`@cchc/reports/<id>`)
 * exports, without the JSON Schema (see {@link ReportSchemaEntry} for that).
 *
 * @typeParam T - The report type.
 * @example
 * ```ts
 * import { monthlyMediaReport } from "@cchc/reports/monthly-media-report";
 *
 * monthlyMediaReport.id; // => "monthly-media-report"
 * monthlyMediaReport.version; // => 2
 * monthlyMediaReport.validate({}, "en").valid; // => false
 * ```
 *
 * @category Validation
 */
export interface ReportDefinition<T> {
  /** Stable id. */
  readonly id: ReportSchemaId;
  /** The `schemaVersion` its payloads carry (see `SCHEMA_VERSIONS`). */
  readonly version: number;
  /** Title in both languages. */
  readonly title: Label;
  /** The zod schema (zod/mini, to keep browser bundles small): structure and cross-field rules. */
  readonly schema: ZodMiniType<T>;
  /** Validates any value; never throws. The language may be given as options or as a string. */
  validate(input: unknown, options?: ValidateOptions | Lang): ReportValidationResult<T>;
}

/** @internal */
export function defineReport<T>(id: ReportSchemaId, version: number, title: Label, schema: ZodMiniType<T>): ReportDefinition<T> {
  return { id, version, title, schema, validate: reportValidator(schema) };
}
