import type { Lang, MessageParams, ValidationIssue } from "@cchc/core";
import type { CliMessageKey } from "../messages.js";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { LineReport, ValidationReport } from "../schemas/validation-report.js";
import { describeThrown } from "./errors.js";
import type { RawLine } from "./lines.js";

type Text = (key: CliMessageKey, params?: MessageParams) => string;

const MAX_DETAIL = 160;

/** The issue reported for text that is not JSON (JSON.parse's own detail, shortened). */
export function parseErrorIssue(error: unknown, t: Text): ValidationIssue {
  const detail = describeThrown(error);
  return {
    path: "",
    code: "json.parse_error",
    message: t("json.parse_error", { detail: detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail }),
  };
}

/** Parses JSON text and validates it; never throws. */
export function validateText(text: string, entry: SchemaEntry, lang: Lang, t: Text): ValidationReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { valid: false, issues: [parseErrorIssue(error, t)] };
  }
  return entry.validate(value, lang);
}

/** The report of one NDJSON line; `undefined` for a blank line (skipped, not reported). */
export function lineReport(raw: RawLine, maxLineLength: number, entry: SchemaEntry, lang: Lang, t: Text): LineReport | undefined {
  if (raw.tooLong) {
    return { line: raw.line, valid: false, issues: [{ path: "", code: "line.too_long", message: t("line.too_long", { max: maxLineLength }) }] };
  }
  if (raw.text.trim() === "") return undefined;
  const { valid, issues } = validateText(raw.text, entry, lang, t);
  return { line: raw.line, valid, issues };
}

/** Human lines for a list of issues: `  /path: message [code]`. */
export function formatIssues(issues: readonly ValidationIssue[], t: Text): string {
  return issues
    .map((issue) => `${t("validate.issue", { path: issue.path === "" ? t("validate.root") : issue.path, message: issue.message, code: issue.code })}\n`)
    .join("");
}
