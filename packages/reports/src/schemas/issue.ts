import { formatMessage, messageLabel, type Label, type Lang, type MessageParams } from "@cchc/core";
import type { z } from "zod";
import { reportValidationMessages, type ReportValidationCode } from "../messages/validation.js";

/**
 * A zod issue for one of the package's own rules, with both languages carried in its params (the data
 * form of the error: no `Error` object, whose stack capture would cost more than the validation). It
 * is the issue `zodCustomIssue` of @cchc/core makes (code `custom`, the Vietnamese text as `message`,
 * the cchc code, params and texts in `params.cchc`, a copy of the path) plus the input, written as one
 * literal: spreading the helper's result into a second object cost more than formatting both texts.
 */
export function domainIssue(code: ReportValidationCode, params: MessageParams, path: readonly PropertyKey[], input: unknown, lang?: Lang): z.core.$ZodRawIssue {
  const message = lang === "vi" ? oneLanguage(code, params, lang) : messageLabel(reportValidationMessages, code, params);
  return { code: "custom", message: message.vi, params: { cchc: { code, params, message } }, path: [...path], input, schema: undefined } as z.core.$ZodRawIssue;
}

/**
 * The key of a parse context's hint that every issue raised in the parse is read in Vietnamese only:
 * the validators' walk (validate/walk.ts) sets it on the context it alone uses for Vietnamese
 * results, and converts each issue as it is raised, reading its Vietnamese message and nothing else. A
 * leaf rule told so formats that one message; the issue's `message` is the Vietnamese text as always,
 * and its `params.cchc.message` holds that text for both languages — an issue that never leaves the
 * walk. (Only Vietnamese: a domain issue's `message` is Vietnamese in any parse, so an English result
 * needs both texts anyway.) Without the hint (any parse through zod's API), both are formatted.
 */
export const ONE_LANGUAGE: unique symbol = Symbol("cchc.oneLanguage");

/** The language a parse context says its issues are read in (see {@link ONE_LANGUAGE}). */
export function oneLanguageOf(ctx: unknown): Lang | undefined {
  return (ctx as { [ONE_LANGUAGE]?: Lang } | undefined)?.[ONE_LANGUAGE];
}

function oneLanguage(code: ReportValidationCode, params: MessageParams, lang: Lang): Label {
  const text = formatMessage(reportValidationMessages, code, params, lang);
  return { vi: text, en: text };
}

/** A received value shortened for a message. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
