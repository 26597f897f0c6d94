import { z } from "zod";
import { parseDocumentNumber } from "./document-number.js";
import { zodCustomIssue } from "../zod/issues.js";

/**
 * A zod schema for a document-number string: accepts any spelling {@link parseDocumentNumber}
 * accepts and outputs the canonical string; bad input is a `custom` issue carrying the cchc code and
 * both languages (use {@link zodErrorMap} or {@link toValidationIssues} to pick one).
 *
 * @example
 * ```ts
 * import { documentNumberSchema, toValidationIssues, zodErrorMap } from "@cchc/core";
 *
 * documentNumberSchema.parse("Số: 167/kh-ubnd"); // => "167/KH-UBND"
 * const r = documentNumberSchema.safeParse("167-KH", { error: zodErrorMap("en") });
 * if (!r.success) toValidationIssues(r.error.issues, "en")[0]?.code; // => "docnum.missing_slash"
 * ```
 *
 * @category Document numbers
 */
export const documentNumberSchema = /* @__PURE__ */ (/* @__PURE__ */ z.string()).transform((text, ctx) => {
  const result = parseDocumentNumber(text);
  if (result.ok) return result.value.canonical;
  ctx.issues.push({ ...zodCustomIssue(result.error), input: text });
  return z.NEVER;
});
