import { z } from "zod";

/**
 * The shape of every identifier and code in a plan: ASCII letters and digits in groups joined by single
 * dots or hyphens, at most 64 characters — `"T4.2"`, `"F1.press.print"`, `"so-vhttdl"`, `"II.4.1"`.
 * Short, stable and safe in URLs, file names and spreadsheet headers.
 *
 * @example
 * ```ts
 * import { PLAN_ID_PATTERN } from "@cchc/plan";
 *
 * PLAN_ID_PATTERN.test("F1.social.zalo"); // => true
 * PLAN_ID_PATTERN.test("Sở VHTTDL"); // => false
 * ```
 *
 * @category Plan model
 */
// Spelled out without the `i` flag: JSON Schema patterns carry no flags, so the generated schema would be
// stricter than zod's check.
// eslint-disable-next-line regexp/use-ignore-case
export const PLAN_ID_PATTERN = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;

/**
 * A zod schema for one identifier or code (see {@link PLAN_ID_PATTERN}).
 *
 * @example
 * ```ts
 * import { planIdSchema } from "@cchc/plan";
 *
 * planIdSchema.safeParse("T4.6").success; // => true
 * planIdSchema.safeParse("T4..6").success; // => false
 * ```
 *
 * @category Plan model
 */
export const planIdSchema = /* @__PURE__ */ (() => z.string().max(64).regex(PLAN_ID_PATTERN))();

/**
 * A zod schema for an ISO calendar date string `YYYY-MM-DD` (dates travel as strings, so the JSON Schema
 * can describe them).
 *
 * @example
 * ```ts
 * import { isoDateSchema } from "@cchc/plan";
 *
 * isoDateSchema.safeParse("2025-12-17").success; // => true
 * isoDateSchema.safeParse("2025-02-30").success; // => false
 * ```
 *
 * @category Plan model
 */
export const isoDateSchema = /* @__PURE__ */ (() => z.iso.date())();

/**
 * A zod schema for the list of clauses of the plan's own text that an entity encodes (for example
 * `["V.5"]`); every entity names at least one, which is what makes the traceability table complete.
 *
 * @example
 * ```ts
 * import { sourceClausesSchema } from "@cchc/plan";
 *
 * sourceClausesSchema.parse(["II.4.2", "V.1"]);
 * ```
 *
 * @category Plan model
 */
export const sourceClausesSchema = /* @__PURE__ */ (() => z.array(planIdSchema).min(1))();
