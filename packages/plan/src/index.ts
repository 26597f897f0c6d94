/**
 * `@cchc/plan`: a yearly CCHC communication plan as typed, queryable data.
 *
 * - the **model** (any province, any year): zod schemas and inferred types for topics, channels, actors,
 *   administrative units, and the statements, citations and clause references that tie them to the text;
 * - the **Bắc Ninh 2026 instance**: the plan authored clause by clause, with stable codes (`T4.2`,
 *   `F1.social.zalo`, `so-vhttdl`) and the 99 communes and wards with their official codes.
 *
 * Import `@cchc/plan/codes` when you only need the codes and their labels.
 *
 * @packageDocumentation
 */
export {
  PLAN_ID_PATTERN,
  planIdSchema,
  labelSchema,
  confidenceSchema,
  isoDateSchema,
  citationSchema,
  sourceClausesSchema,
} from "./model/common.js";
export { statementSchema, type Statement } from "./model/statement.js";
export { topicSchema, type Topic } from "./model/topic.js";
export { channelSchema, type Channel } from "./model/channel.js";
export {
  ACTOR_KINDS,
  GOVERNMENT_LEVELS,
  actorSchema,
  type Actor,
  type ActorKind,
  type GovernmentLevel,
} from "./model/actor.js";
export {
  COMMUNE_KINDS,
  communeSchema,
  adminUnitRegisterSchema,
  type Commune,
  type CommuneKind,
  type AdminUnitRegister,
} from "./model/admin-unit.js";
export * from "./codes.js";
export { BAC_NINH_COMMUNE_ROWS } from "./bac-ninh-2026/commune-rows.js";
export {
  BAC_NINH_PROVINCE_CODE,
  BAC_NINH_ADMIN_UNITS_PROVENANCE,
  bacNinhAdminUnits,
} from "./bac-ninh-2026/admin-units.js";
