import { z } from "zod";
import { actorSchema } from "./actor.js";
import { adminUnitRegisterSchema } from "./admin-unit.js";
import { channelSchema } from "./channel.js";
import { planClauseSchema } from "./clause.js";
import { planIdSchema } from "./common.js";
import { fundingSourceSchema } from "./funding.js";
import { legalBasisSchema } from "./legal-basis.js";
import { planMetadataSchema } from "./metadata.js";
import { performanceIndexSchema } from "./performance-index.js";
import { reportingEdgeSchema } from "./reporting.js";
import { responsibilitySchema } from "./responsibility.js";
import { statementSchema } from "./statement.js";
import { topicSchema } from "./topic.js";

/**
 * A zod schema for a whole yearly communication plan, for any province and year: metadata, the clauses of
 * its text, legal bases, purposes and requirements, content topics, forms and channels, actors, the
 * indices it aims to raise, funding, responsibilities, reporting edges, and optionally the province's
 * administrative-unit register. The schema checks structure; {@link checkPlan} checks what a schema
 * cannot (unique ids, references that resolve, document numbers that parse).
 *
 * @example
 * ```ts
 * import { bacNinh2026Plan, planSchema } from "@cchc/plan";
 *
 * planSchema.safeParse(bacNinh2026Plan()).success; // => true
 * ```
 *
 * @category Plan model
 */
export const planSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    metadata: planMetadataSchema,
    clauses: z.array(planClauseSchema).min(1),
    legalBases: z.array(legalBasisSchema),
    purposes: z.array(statementSchema),
    requirements: z.array(statementSchema),
    topics: z.array(topicSchema),
    channels: z.array(channelSchema),
    actors: z.array(actorSchema).min(1),
    indices: z.array(performanceIndexSchema),
    funding: z.array(fundingSourceSchema),
    responsibilities: z.array(responsibilitySchema),
    reporting: z.array(reportingEdgeSchema),
    adminUnits: adminUnitRegisterSchema.optional(),
  }))();

/**
 * A yearly communication plan (see {@link planSchema}).
 *
 * @example
 * ```ts
 * import { bacNinh2026Plan, type Plan } from "@cchc/plan";
 *
 * const plan: Plan = bacNinh2026Plan();
 * plan.metadata.year; // => 2026
 * ```
 *
 * @category Plan model
 */
export type Plan = z.infer<typeof planSchema>;
