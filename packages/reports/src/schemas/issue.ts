import { messageLabel, zodCustomIssue, type MessageParams } from "@cchc/core";
import type { z } from "zod";
import { reportValidationMessages, type ReportValidationCode } from "../messages/validation.js";

/**
 * A zod issue for one of the package's own rules, with both languages carried in its params (the data
 * form of the error: no `Error` object, whose stack capture would cost more than the validation).
 */
export function domainIssue(code: ReportValidationCode, params: MessageParams, path: readonly PropertyKey[], input: unknown): z.core.$ZodRawIssue {
  const data = { code, params, message: messageLabel(reportValidationMessages, code, params) };
  return { ...zodCustomIssue(data, path), input } as z.core.$ZodRawIssue;
}

/** A received value shortened for a message. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
