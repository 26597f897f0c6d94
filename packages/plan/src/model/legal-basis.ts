import { z } from "zod";
import { citationSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * How a plan uses a legal instrument: `basis` — one of the grounds it is issued on (căn cứ, in the
 * preamble); `referenced` — an instrument the body of the text names (a law to follow, a plan to
 * implement).
 *
 * @example
 * ```ts
 * import { LEGAL_BASIS_ROLES } from "@cchc/plan";
 *
 * LEGAL_BASIS_ROLES; // => ["basis", "referenced"]
 * ```
 *
 * @category Plan model
 */
export const LEGAL_BASIS_ROLES = ["basis", "referenced"] as const;

/**
 * One of {@link LEGAL_BASIS_ROLES}.
 *
 * @example
 * ```ts
 * import type { LegalBasisRole } from "@cchc/plan";
 *
 * const role: LegalBasisRole = "basis";
 * ```
 *
 * @category Plan model
 */
export type LegalBasisRole = (typeof LEGAL_BASIS_ROLES)[number];

/**
 * A zod schema for a legal basis or a named instrument: an id, its role, its citation (document number
 * as written, title, issuer, date, the words the plan uses) and, when the issuer is an actor of the
 * plan, that actor's id. The document number is checked with `parseDocumentNumber` of `@cchc/core` by
 * {@link checkPlan} (the schema itself stays JSON-Schema-expressible).
 *
 * @example
 * ```ts
 * import { legalBasisSchema } from "@cchc/plan";
 *
 * legalBasisSchema.parse({
 *   id: "76-nq-cp",
 *   role: "basis",
 *   citation: { document: "76/NQ-CP", issuer: "Chính phủ", date: "2021-07-15", confidence: "VERIFIED" },
 *   issuerActor: "chinh-phu",
 *   source: ["preamble"],
 * });
 * ```
 *
 * @category Plan model
 */
export const legalBasisSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    role: z.enum(LEGAL_BASIS_ROLES),
    citation: citationSchema,
    issuerActor: planIdSchema.optional(),
    source: sourceClausesSchema,
  }))();

/**
 * A legal basis or named instrument of a plan (see {@link legalBasisSchema}).
 *
 * @example
 * ```ts
 * import type { LegalBasis } from "@cchc/plan";
 *
 * const law: LegalBasis = { id: "luat-pbgdpl", role: "referenced", citation: { title: "Luật Phổ biến, giáo dục pháp luật", confidence: "VERIFIED" }, source: ["V.1"] };
 * ```
 *
 * @category Plan model
 */
export type LegalBasis = z.infer<typeof legalBasisSchema>;
