import type { ReportSchemaId } from "../validate/definition.js";
import { AGENCY_COMMUNICATION_REPORT_VERSION } from "./agency-communication-report.js";
import { DIFFICULTY_REPORT_VERSION } from "./difficulty-report.js";
import { MONTHLY_MEDIA_REPORT_VERSION } from "./monthly-media-report.js";
import { PROCEDURE_STATISTICS_VERSION } from "./procedure-statistics.js";
import { SYNTHESIS_REPORT_VERSION } from "./synthesis-report.js";

/**
 * The `schemaVersion` a payload of each report schema carries in this release (each schema module holds
 * its own, so that one validator's bundle names no other schema). A change that would
 * reject payloads valid before gets the schema a new version (and a new JSON Schema `$id`,
 * `urn:cchc:report:<id>:v<version>`); the schemas that did not change keep theirs. Version 2 of the
 * monthly media report checks that every figure stated twice agrees and that airtime is only given
 * where there is air; version 2 of the synthesis adds the compiled difficulty reports and the advice
 * for the next period (see the changelog).
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSIONS } from "@cchc/reports";
 *
 * SCHEMA_VERSIONS["monthly-media-report"]; // => 2
 * SCHEMA_VERSIONS["difficulty-report"]; // => 1
 * ```
 *
 * @category Report schemas
 */
export const SCHEMA_VERSIONS = {
  "monthly-media-report": MONTHLY_MEDIA_REPORT_VERSION,
  "agency-communication-report": AGENCY_COMMUNICATION_REPORT_VERSION,
  "synthesis-report": SYNTHESIS_REPORT_VERSION,
  "difficulty-report": DIFFICULTY_REPORT_VERSION,
  "procedure-statistics": PROCEDURE_STATISTICS_VERSION,
} as const satisfies Readonly<Record<ReportSchemaId, number>>;
