import type { ValidationIssue } from "@cchc/core";
import type { DocumentMessageCode } from "./messages.js";

/**
 * One reason a document was not made: a validation issue of the report or of the metadata (`input`
 * says which; `path` is a JSON Pointer into that input).
 *
 * @example
 * ```ts
 * import type { DocumentIssue } from "@cchc/documents";
 *
 * const issue: DocumentIssue = { input: "meta", path: "/date", code: "document.invalid_date", message: "ngày không hợp lệ: …" };
 * ```
 *
 * @category Errors and messages
 */
export interface DocumentIssue extends ValidationIssue {
  /** Which input the path points into. */
  readonly input: "report" | "meta" | "schema";
}

/**
 * Why {@link renderDocument} (or {@link composeDocument}) made no document: a stable `code`, a message in
 * the requested language and every issue found in the report and the metadata.
 *
 * @example
 * ```ts
 * import { renderDocument } from "@cchc/documents";
 *
 * const result = await renderDocument("monthly-media-report", {}, {}, { lang: "en" });
 * if (!result.ok) result.error.code; // => "document.invalid_report"
 * ```
 *
 * @category Errors and messages
 */
export interface DocumentFailure {
  /** `document.unsupported_schema`, `document.invalid_report` or `document.invalid_meta`. */
  readonly code: Extract<DocumentMessageCode, "document.unsupported_schema" | "document.invalid_report" | "document.invalid_meta">;
  /** What went wrong, in the requested language. */
  readonly message: string;
  /** Every issue, report first. */
  readonly issues: readonly DocumentIssue[];
}
