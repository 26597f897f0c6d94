import { messageLabel, type MessageParams } from "@cchc/core";
import type { z } from "zod";
import { reportValidationMessages, type ReportValidationCode } from "../messages/validation.js";

/**
 * A zod issue for one of the package's own rules, with both languages carried in its params (the data
 * form of the error: no `Error` object, whose stack capture would cost more than the validation). It
 * is the issue `zodCustomIssue` of @cchc/core makes (code `custom`, the Vietnamese text as `message`,
 * the cchc code, params and texts in `params.cchc`, a copy of the path) plus the input, written as one
 * literal: spreading the helper's result into a second object cost more than formatting both texts.
 */
export function domainIssue(code: ReportValidationCode, params: MessageParams, path: readonly PropertyKey[], input: unknown): z.core.$ZodRawIssue {
  const message = messageLabel(reportValidationMessages, code, params);
  return { code: "custom", message: message.vi, params: { cchc: { code, params, message } }, path: [...path], input } as z.core.$ZodRawIssue;
}

/** A received value shortened for a message. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
