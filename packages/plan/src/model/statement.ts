import { z } from "zod";
import { labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * A zod schema for a bilingual statement of the plan — a purpose, a requirement, a focal task — with a
 * stable id, the Vietnamese text (verbatim from the plan where it quotes it) and an English reading, and
 * the clauses it comes from. `openEnded` marks a statement whose list the plan leaves open with "…" (as
 * II.4.1's "hoạt động của các doanh nghiệp…"): the items named are examples, not the whole list — as
 * `contentsOpenEnded` does for a reporting edge's contents.
 *
 * @example
 * ```ts
 * import { statementSchema } from "@cchc/plan";
 *
 * statementSchema.parse({
 *   id: "req-ai",
 *   text: { vi: "khuyến khích ứng dụng các công nghệ mới, trong đó có trí tuệ nhân tạo (AI)", en: "new technology, including AI, is encouraged" },
 *   source: ["I.2"],
 * });
 * ```
 *
 * @category Plan model
 */
export const statementSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    text: labelSchema,
    openEnded: z.boolean().optional(),
    source: sourceClausesSchema,
  }))();

/**
 * A bilingual statement with an id and its source clauses (see {@link statementSchema}).
 *
 * @example
 * ```ts
 * import type { Statement } from "@cchc/plan";
 *
 * const s: Statement = { id: "p1", text: { vi: "Tuyên truyền kịp thời", en: "Communicate in time" }, source: ["I.1"] };
 * ```
 *
 * @category Plan model
 */
export type Statement = z.infer<typeof statementSchema>;
