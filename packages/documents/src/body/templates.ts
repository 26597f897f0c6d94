import type { Lang } from "@cchc/core";
import { validateAgencyCommunicationReport } from "@cchc/reports/agency-communication-report";
import { validateDifficultyReport } from "@cchc/reports/difficulty-report";
import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { validateSynthesisReport } from "@cchc/reports/synthesis-report";
import type { ReportValidationResult } from "@cchc/reports/monthly-media-report";
import { agencyCommunicationReportBody } from "./agency-communication-report.js";
import { difficultyReportBody } from "./difficulty-report.js";
import type { DocumentBody } from "./model.js";
import { monthlyMediaReportBody } from "./monthly-media-report.js";
import { synthesisReportBody } from "./synthesis-report.js";

/**
 * The report schemas that have a document template, in the order of `@cchc/reports`.
 *
 * @example
 * ```ts
 * import { DOCUMENT_SCHEMA_IDS } from "@cchc/documents";
 *
 * DOCUMENT_SCHEMA_IDS; // => ["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report"]
 * ```
 *
 * @category Document body
 */
export const DOCUMENT_SCHEMA_IDS = ["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report"] as const;

/**
 * One of {@link DOCUMENT_SCHEMA_IDS}.
 *
 * @example
 * ```ts
 * import type { DocumentSchemaId } from "@cchc/documents";
 *
 * const id: DocumentSchemaId = "difficulty-report";
 * ```
 *
 * @category Document body
 */
export type DocumentSchemaId = (typeof DOCUMENT_SCHEMA_IDS)[number];

/** A template: the report's validator and the body it writes. */
export interface Template<T> {
  readonly validate: (input: unknown, lang: Lang) => ReportValidationResult<T>;
  readonly body: (report: T, lang: Lang) => DocumentBody;
  /** Who the report is about: the sending unit (its actor id and the name it gave). */
  readonly unit: (report: T) => { readonly actor: string; readonly name?: string | undefined; readonly communeCode?: string | undefined };
}

function template<T>(t: Template<T>): Template<unknown> {
  return t as Template<unknown>;
}

/** The template of each schema. */
export const TEMPLATES: Readonly<Record<DocumentSchemaId, Template<unknown>>> = {
  "monthly-media-report": template({ validate: validateMonthlyMediaReport, body: monthlyMediaReportBody, unit: (r) => r.unit }),
  "agency-communication-report": template({ validate: validateAgencyCommunicationReport, body: agencyCommunicationReportBody, unit: (r) => r.agency }),
  "synthesis-report": template({ validate: validateSynthesisReport, body: synthesisReportBody, unit: (r) => r.author }),
  "difficulty-report": template({ validate: validateDifficultyReport, body: difficultyReportBody, unit: (r) => r.from }),
};

/** Whether a schema id has a template. */
export function isDocumentSchemaId(id: unknown): id is DocumentSchemaId {
  return typeof id === "string" && (DOCUMENT_SCHEMA_IDS as readonly string[]).includes(id);
}
