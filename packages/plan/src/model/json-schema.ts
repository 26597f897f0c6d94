import { z } from "zod";
import { planSchema } from "./plan.js";

let cached: Record<string, unknown> | undefined;

/**
 * The JSON Schema (draft 2020-12) of a whole plan, generated from {@link planSchema} with zod's
 * `z.toJSONSchema` for the input side (`io: "input"`; dates are ISO strings). Give it to integrators who
 * author plans in other languages or validate plan files in CI. Generated on first call and cached.
 *
 * @returns The JSON Schema object (do not mutate it).
 * @example
 * ```ts
 * import { planJsonSchema } from "@cchc/plan";
 *
 * planJsonSchema().$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @category Plan model
 */
export function planJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(planSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return cached;
}
