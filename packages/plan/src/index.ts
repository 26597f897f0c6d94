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
  isoDateSchema,
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
export { planClauseSchema, CLAUSE_KINDS, type PlanClause, type ClauseKind } from "./model/clause.js";
export { legalBasisSchema, LEGAL_BASIS_ROLES, type LegalBasis, type LegalBasisRole } from "./model/legal-basis.js";
export {
  SIGNING_PREFIXES,
  DISTRIBUTION_PURPOSES,
  signatureSchema,
  distributionEntrySchema,
  planMetadataSchema,
  type SigningPrefix,
  type Signature,
  type DistributionEntry,
  type PlanMetadata,
} from "./model/metadata.js";
export { FUNDING_KINDS, fundingSourceSchema, type FundingSource } from "./model/funding.js";
export { DUTY_KINDS, responsibilitySchema, type DutyKind, type Responsibility } from "./model/responsibility.js";
export {
  indexComponentSchema,
  indexFactSchema,
  performanceIndexSchema,
  type IndexComponent,
  type IndexFact,
  type PerformanceIndex,
} from "./model/performance-index.js";
export {
  REPORTING_KINDS,
  reportingScheduleSchema,
  reportingEdgeSchema,
  type ReportingKind,
  type ReportingSchedule,
  type ReportingEdge,
} from "./model/reporting.js";
export { planSchema, type Plan } from "./model/plan.js";
export { planJsonSchema } from "./model/json-schema.js";
export { planMessages } from "./messages.js";
export * from "./codes.js";
export { BAC_NINH_COMMUNE_ROWS } from "./bac-ninh-2026/commune-rows.js";
export {
  BAC_NINH_PROVINCE_CODE,
  BAC_NINH_ADMIN_UNITS_PROVENANCE,
  bacNinhAdminUnits,
} from "./bac-ninh-2026/admin-units.js";
export { bacNinh2026Clauses } from "./bac-ninh-2026/clauses.js";
export { bacNinh2026Metadata } from "./bac-ninh-2026/metadata.js";
export { bacNinh2026LegalBases } from "./bac-ninh-2026/legal-bases.js";
export { bacNinh2026Purposes, bacNinh2026Requirements } from "./bac-ninh-2026/statements.js";
export { bacNinh2026Funding } from "./bac-ninh-2026/funding.js";
export { performanceIndices } from "./bac-ninh-2026/indices.js";
export { bacNinh2026Responsibilities } from "./bac-ninh-2026/responsibilities.js";
export { bacNinh2026Reporting } from "./bac-ninh-2026/reporting.js";
export { bacNinh2026Plan } from "./bac-ninh-2026/plan.js";
export { ENTITY_KINDS, sourcedEntities, type EntityKind, type SourcedEntity } from "./integrity/entities.js";
export type { PlanIssue } from "./integrity/issues.js";
export { checkPlan } from "./integrity/check-plan.js";
export { traceability, unmappedClauses, traceabilityMarkdown, type TraceabilityRow } from "./integrity/traceability.js";
export { actorAndGroups } from "./queries/membership.js";
export { dutiesOf, coordinationEdges, type DutyOfActor, type CoordinationEdge } from "./queries/duties.js";
export {
  reportingGraph,
  obligationsOwedBy,
  obligationsReceivedBy,
  describeReporting,
  type ReportingArc,
} from "./queries/reporting.js";
export { planObligations } from "./queries/obligations.js";
export { dueInRange, type DueDateEvaluator, type EvaluatedDue, type DueOccurrence } from "./queries/due.js";
export { deadlinesEvaluator, bacNinh2026DueInRange } from "./queries/deadline-evaluator.js";
export { matchTopics, MAX_TOPIC_TEXT_LENGTH, type TopicMatch } from "./queries/topics.js";
export { findCommune, MAX_COMMUNE_QUERY_LENGTH } from "./queries/communes.js";
export { bacNinhCommune } from "./queries/bac-ninh.js";
export { resolveIndexPoints, type ResolvedIndexPoints } from "./queries/index-points.js";
export { parsedLegalBases, type ParsedLegalBasis } from "./queries/legal-bases.js";
