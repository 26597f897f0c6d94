import type { ValidationIssue } from "@cchc/core";

/**
 * The result of validating one payload, as `cchc validate --json` prints it (a contract: fields may be
 * added, never removed or renamed). `issues` is empty exactly when `valid` is `true`; each issue has a
 * JSON Pointer `path` (RFC 6901, `""` for the whole payload), a stable `code` and a `message` in the
 * chosen language.
 *
 * @example
 * ```ts
 * import type { ValidationReport } from "@cchc/cli";
 *
 * const report: ValidationReport = {
 *   valid: false,
 *   issues: [{ path: "/total", code: "too_small", message: "Số quá nhỏ: dự kiến số phải >= 0" }],
 * };
 * ```
 *
 * @category JSON output
 */
export interface ValidationReport {
  /** `true` exactly when `issues` is empty. */
  readonly valid: boolean;
  /** The findings, in order: JSON-Pointer `path`, stable `code`, localized `message`. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The result of one NDJSON input line, as `cchc validate --ndjson --json` prints it: one object per
 * non-blank input line, in input order, `line` being the 1-based physical line number.
 *
 * @example
 * ```ts
 * import type { LineReport } from "@cchc/cli";
 *
 * const line: LineReport = {
 *   line: 3,
 *   valid: false,
 *   issues: [{ path: "", code: "json.parse_error", message: "Không phải JSON hợp lệ: văn bản kết thúc giữa chừng tại byte 812 (dòng 3)." }],
 * };
 * ```
 *
 * @category JSON output
 */
export interface LineReport extends ValidationReport {
  /** The 1-based physical line number in the input (blank lines are skipped, not renumbered). */
  readonly line: number;
}
