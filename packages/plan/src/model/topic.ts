import { z } from "zod";
import { labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";
import { statementSchema } from "./statement.js";

/**
 * A zod schema for a content topic (nội dung tuyên truyền): its code, optional parent (a reform area
 * `T4.2` sits under `T4`), bilingual name, the Vietnamese keywords that tag a news item with it (matched
 * through the folding key of `@cchc/core`, so case, diacritics and NFC/NFD do not matter), the focal tasks
 * the plan lists under it, and the clauses it comes from.
 *
 * @example
 * ```ts
 * import { topicSchema } from "@cchc/plan";
 *
 * topicSchema.parse({
 *   code: "T4.6",
 *   parent: "T4",
 *   name: { vi: "Chuyển đổi số trong các cơ quan nhà nước", en: "Digital transformation in state agencies" },
 *   keywords: ["chuyển đổi số", "thanh toán trực tuyến"],
 *   focalTasks: [],
 *   source: ["II.4.6"],
 * });
 * ```
 *
 * @category Plan model
 */
export const topicSchema = /* @__PURE__ */ (() =>
  z.object({
    code: planIdSchema,
    parent: planIdSchema.optional(),
    name: labelSchema,
    keywords: z.array(z.string().min(1)),
    focalTasks: z.array(statementSchema),
    source: sourceClausesSchema,
  }))();

/**
 * A content topic of a plan (see {@link topicSchema}).
 *
 * @example
 * ```ts
 * import type { Topic } from "@cchc/plan";
 *
 * const t: Topic = { code: "T5", name: { vi: "Kết quả nổi bật", en: "Outstanding results" }, keywords: ["sáng kiến"], focalTasks: [], source: ["II.5"] };
 * ```
 *
 * @category Plan model
 */
export type Topic = z.infer<typeof topicSchema>;
