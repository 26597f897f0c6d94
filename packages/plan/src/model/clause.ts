import { z } from "zod";
import { labelSchema } from "@cchc/core";
import { planIdSchema } from "./common.js";

/**
 * The kinds of clause in a plan's text: the opening paragraph with its legal bases (`preamble`), a
 * numbered section (`section`, "I. MỤC ĐÍCH, YÊU CẦU"), an item inside a section (`item`, "1.", "4.1."),
 * the closing paragraph (`closing`), the distribution list (`distribution`, nơi nhận) and the signature
 * block (`signature`).
 *
 * @example
 * ```ts
 * import { CLAUSE_KINDS } from "@cchc/plan";
 *
 * CLAUSE_KINDS.includes("distribution"); // => true
 * ```
 *
 * @category Plan model
 */
export const CLAUSE_KINDS = ["preamble", "section", "item", "closing", "distribution", "signature"] as const;

/**
 * One of {@link CLAUSE_KINDS}.
 *
 * @example
 * ```ts
 * import type { ClauseKind } from "@cchc/plan";
 *
 * const k: ClauseKind = "item";
 * ```
 *
 * @category Plan model
 */
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/**
 * A zod schema for one clause of the plan's text: its id (`"II.4.2"`, `"noi-nhan"`), kind, parent clause,
 * the number as printed (`"4.2."`), a bilingual title, and the verbatim opening words of the clause
 * (`opening`) so that a test can find it in the source. Every entity of a plan points at the clauses it
 * encodes; the traceability table is built from those pointers.
 *
 * @example
 * ```ts
 * import { planClauseSchema } from "@cchc/plan";
 *
 * planClauseSchema.parse({
 *   id: "II.4.2",
 *   kind: "item",
 *   parent: "II.4",
 *   number: "4.2.",
 *   title: { vi: "Cải cách TTHC", en: "Administrative procedure reform" },
 *   opening: "4.2. Cải cách TTHC",
 * });
 * ```
 *
 * @category Plan model
 */
export const planClauseSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    kind: z.enum(CLAUSE_KINDS),
    parent: planIdSchema.optional(),
    number: z.string().min(1).optional(),
    title: labelSchema,
    opening: z.string().min(1),
  }))();

/**
 * One clause of a plan's text (see {@link planClauseSchema}).
 *
 * @example
 * ```ts
 * import type { PlanClause } from "@cchc/plan";
 *
 * const c: PlanClause = { id: "IV", kind: "section", number: "IV.", title: { vi: "Kinh phí", en: "Funding" }, opening: "IV. KINH PHÍ" };
 * ```
 *
 * @category Plan model
 */
export type PlanClause = z.infer<typeof planClauseSchema>;
