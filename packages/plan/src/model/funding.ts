import { z } from "zod";
import { labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * Kinds of funding source: the `state-budget` (ngân sách nhà nước) and lawful `non-budget` sources
 * (nguồn hợp pháp ngoài ngân sách).
 *
 * @example
 * ```ts
 * import { FUNDING_KINDS } from "@cchc/plan";
 *
 * FUNDING_KINDS; // => ["state-budget", "non-budget"]
 * ```
 *
 * @category Plan model
 */
export const FUNDING_KINDS = ["state-budget", "non-budget"] as const;

/**
 * A zod schema for a funding source: its kind, the rule as the plan words it (verbatim in `text.vi`), how
 * the plan treats it (`mandated` — the plan assigns it; `encouraged` — the plan encourages mobilising it)
 * and the clauses it comes from.
 *
 * @example
 * ```ts
 * import { fundingSourceSchema } from "@cchc/plan";
 *
 * fundingSourceSchema.parse({
 *   id: "state-budget",
 *   kind: "state-budget",
 *   stance: "mandated",
 *   text: { vi: "bố trí từ ngân sách nhà nước theo phân cấp hiện hành", en: "from the state budget, each level by the current decentralisation" },
 *   source: ["IV"],
 * });
 * ```
 *
 * @category Plan model
 */
export const fundingSourceSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    kind: z.enum(FUNDING_KINDS),
    stance: z.enum(["mandated", "encouraged"]),
    text: labelSchema,
    source: sourceClausesSchema,
  }))();

/**
 * A funding source of a plan (see {@link fundingSourceSchema}).
 *
 * @example
 * ```ts
 * import type { FundingSource } from "@cchc/plan";
 *
 * const f: FundingSource = { id: "other", kind: "non-budget", stance: "encouraged", text: { vi: "nguồn hợp pháp khác", en: "other lawful sources" }, source: ["IV"] };
 * ```
 *
 * @category Plan model
 */
export type FundingSource = z.infer<typeof fundingSourceSchema>;
