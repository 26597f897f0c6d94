import { parseStrictJson, strictJsonIssue, type Lang, type MessageParams, type ValidationIssue } from "@cchc/core";
import type { CliMessageKey } from "../messages.js";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { LineReport, ValidationReport } from "../schemas/validation-report.js";
import type { RawLine } from "./lines.js";

export type Text = (key: CliMessageKey, params?: MessageParams) => string;

/**
 * Decodes and parses JSON strictly (UTF-8, I-JSON: see `parseStrictJson` of `@cchc/core`) and validates
 * it; never throws. A refused text is one issue with the parser's code, offset and JSON Pointer.
 */
export function validateJson(bytes: Uint8Array, entry: SchemaEntry, lang: Lang, place?: { readonly offset: number; readonly line: number }): ValidationReport {
  const parsed = parseStrictJson(bytes, place && { byteOffset: place.offset, line: place.line });
  if (!parsed.ok) return { valid: false, issues: [strictJsonIssue(parsed.error, lang)] };
  return entry.validate(parsed.value, lang);
}

let lenient: TextDecoder | undefined;

/** Whether a line holds only white space (it is skipped, as before: any Unicode white space, or a byte-order mark). */
function isBlank(bytes: Uint8Array): boolean {
  lenient ??= new TextDecoder();
  return lenient.decode(bytes).trim() === "";
}

/** The report of one NDJSON line; `undefined` for a blank line (skipped, not reported). */
export function lineReport(raw: RawLine, maxLineBytes: number, entry: SchemaEntry, lang: Lang, t: Text): LineReport | undefined {
  if (raw.tooLong) {
    return { line: raw.line, valid: false, issues: [{ path: "", code: "line.too_long", message: t("line.too_long", { max: maxLineBytes }) }] };
  }
  const { valid, issues } = validateJson(raw.bytes, entry, lang, raw);
  // Only text that is not JSON can be blank; checking then keeps valid lines free of the extra decode.
  if (!valid && issues[0]?.code === "json.parse_error" && isBlank(raw.bytes)) return undefined;
  return { line: raw.line, valid, issues };
}

/** Human lines for a list of issues: `  /path: message [code]`. */
export function formatIssues(issues: readonly ValidationIssue[], t: Text): string {
  return issues
    .map((issue) => `${t("validate.issue", { path: issue.path === "" ? t("validate.root") : issue.path, message: issue.message, code: issue.code })}\n`)
    .join("");
}
