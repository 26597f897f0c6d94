import { z } from "zod";
import { citationSchema, labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * A zod schema for one component of an index (an area, dimension, sub-index, group or indicator), in a
 * flat list where `parent` links a component to the one above it. `maxPoints` and `weightPercent` are
 * present **only** when a source confirms them, with `citation` saying how sure; an unconfirmed weight is
 * left out and supplied by the user (see {@link resolveIndexPoints}), never guessed.
 *
 * @example
 * ```ts
 * import { indexComponentSchema } from "@cchc/plan";
 *
 * indexComponentSchema.parse({
 *   id: "766.transparency",
 *   name: { vi: "Công khai, minh bạch", en: "Publicity and transparency" },
 *   maxPoints: 18,
 *   citation: { document: "766/QĐ-TTg", confidence: "VERIFIED" },
 * });
 * ```
 *
 * @category Plan model
 */
export const indexComponentSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    parent: planIdSchema.optional(),
    name: labelSchema,
    maxPoints: z.number().min(0).optional(),
    weightPercent: z.number().min(0).max(100).optional(),
    citation: citationSchema,
  }))();

/**
 * One component of an index (see {@link indexComponentSchema}).
 *
 * @example
 * ```ts
 * import type { IndexComponent } from "@cchc/plan";
 *
 * const c: IndexComponent = { id: "papi.e-governance", name: { vi: "Quản trị điện tử", en: "E-Governance" }, citation: { confidence: "VERIFIED" } };
 * ```
 *
 * @category Plan model
 */
export type IndexComponent = z.infer<typeof indexComponentSchema>;

/**
 * A zod schema for one fact about an index, stated in both languages with its citation and confidence
 * (methodology, counts, scale, historical results, and what remains unconfirmed).
 *
 * @example
 * ```ts
 * import { indexFactSchema } from "@cchc/plan";
 *
 * indexFactSchema.parse({
 *   id: "par.weights",
 *   text: { vi: "Điểm tối đa từng lĩnh vực chưa xác nhận", en: "Maximum points per area not confirmed" },
 *   citation: { confidence: "UNCONFIRMED" },
 * });
 * ```
 *
 * @category Plan model
 */
export const indexFactSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    text: labelSchema,
    citation: citationSchema,
  }))();

/**
 * One fact about an index (see {@link indexFactSchema}).
 *
 * @example
 * ```ts
 * import type { IndexFact } from "@cchc/plan";
 *
 * const f: IndexFact = { id: "x", text: { vi: "…", en: "…" }, citation: { confidence: "SECONDARY" } };
 * ```
 *
 * @category Plan model
 */
export type IndexFact = z.infer<typeof indexFactSchema>;

/**
 * A zod schema for an index a plan aims to raise (PAR INDEX, SIPAS, PAPI, PCI, the 766 service index):
 * its abbreviation and names, who runs it, how results are expressed (`points` or `percent`) and the
 * maximum total when known, the methodology documents, the components as far as sources confirm them,
 * facts with their confidence, and the plan's clauses that name it.
 *
 * @example
 * ```ts
 * import { performanceIndexSchema } from "@cchc/plan";
 *
 * performanceIndexSchema.parse({
 *   id: "pci",
 *   abbreviation: "PCI",
 *   name: { vi: "Chỉ số năng lực cạnh tranh cấp tỉnh", en: "Provincial Competitiveness Index" },
 *   runBy: { vi: "VCCI", en: "VCCI" },
 *   unit: "points",
 *   methodology: [],
 *   components: [],
 *   facts: [],
 *   source: ["I.1"],
 * });
 * ```
 *
 * @category Plan model
 */
export const performanceIndexSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    abbreviation: z.string().min(1),
    name: labelSchema,
    runBy: labelSchema,
    unit: z.enum(["points", "percent"]),
    maxTotal: z.number().positive().optional(),
    methodology: z.array(citationSchema),
    components: z.array(indexComponentSchema),
    facts: z.array(indexFactSchema),
    source: sourceClausesSchema,
  }))();

/**
 * An index a plan aims to raise (see {@link performanceIndexSchema}).
 *
 * @example
 * ```ts
 * import type { PerformanceIndex } from "@cchc/plan";
 *
 * function confirmedComponents(i: PerformanceIndex) {
 *   return i.components.filter((c) => c.maxPoints !== undefined);
 * }
 * ```
 *
 * @category Plan model
 */
export type PerformanceIndex = z.infer<typeof performanceIndexSchema>;
