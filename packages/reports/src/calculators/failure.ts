import { CchcError, err, messageLabel, type Err, type MessageParams } from "@cchc/core";
import { reportCalculatorMessages, type ReportCalculatorCode } from "../messages/calculators.js";
import type { ReportValidationResult } from "../validate/validator.js";

/** A calculator error whose parameters differ by language (a quoted validation message, say). */
export function failure(code: ReportCalculatorCode, vi: MessageParams, en: MessageParams = vi): Err<CchcError> {
  const message = { vi: messageLabel(reportCalculatorMessages, code, vi).vi, en: messageLabel(reportCalculatorMessages, code, en).en };
  return err(new CchcError(code, message, vi));
}

/**
 * The error for a payload a validator rejected, quoting its first issue in both languages (validated
 * again in English only on this failure path).
 */
export function rejected(
  code: ReportCalculatorCode,
  params: MessageParams,
  input: unknown,
  validate: (input: unknown, lang: "vi" | "en") => ReportValidationResult<unknown>,
  vi: ReportValidationResult<unknown>,
): Err<CchcError> {
  const first = vi.issues[0] ?? { path: "", message: "" };
  const en = validate(input, "en").issues[0] ?? first;
  return failure(code, { ...params, path: first.path, message: first.message }, { ...params, path: en.path, message: en.message });
}
