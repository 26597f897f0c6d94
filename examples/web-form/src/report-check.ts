/**
 * The form's verdict: the report validator, and the strict JSON check of the file the form offers.
 *
 * The form never reads JSON text, but it writes it, and every other door — `cchc validate`, the HTTP
 * API, the intake service — decodes that file with `parseStrictJson` (I-JSON, RFC 7493). Text typed or
 * pasted into a field can hold what I-JSON refuses and the report schema does not look for: a control
 * character carried over from a word processor (U+000B, U+0007…), a noncharacter, half of a surrogate
 * pair. So the exact text offered for download goes through the same parser first, and its finding is
 * shown beside the field like any other issue: "valid" here means valid everywhere.
 */
import type { Lang, ValidationIssue } from "@cchc/core";
import { parseStrictJson, strictJsonIssue } from "@cchc/core/json";
import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";

/** The verdict on a payload; when valid, the file to offer (2-space indented JSON) and the report's month. */
export type ReportCheck =
  | { readonly valid: true; readonly issues: readonly ValidationIssue[]; readonly json: string; readonly month: string }
  | { readonly valid: false; readonly issues: readonly ValidationIssue[] };

/** Validates the form's payload and the JSON text the form would offer for it. */
export function checkReport(payload: unknown, lang: Lang): ReportCheck {
  const result = validateMonthlyMediaReport(payload, { lang });
  const text = JSON.stringify(result.valid ? result.value : payload, null, 2);
  const strict = parseStrictJson(text);
  const issues = strict.ok ? result.issues : [...result.issues, strictJsonIssue(strict.error, lang)];
  if (!result.valid || !strict.ok) return { valid: false, issues };
  return { valid: true, issues, json: text, month: result.value.month };
}
