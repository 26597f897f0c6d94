import type { Plan } from "../model/plan.js";

/**
 * The kinds of entity a plan holds, as named in the traceability table.
 *
 * @example
 * ```ts
 * import { ENTITY_KINDS } from "@cchc/plan";
 *
 * ENTITY_KINDS.includes("responsibility"); // => true
 * ```
 *
 * @category Integrity and traceability
 */
export const ENTITY_KINDS = [
  "metadata",
  "legal-basis",
  "purpose",
  "requirement",
  "topic",
  "focal-task",
  "channel",
  "actor",
  "index",
  "funding",
  "responsibility",
  "reporting",
  "report-content",
] as const;

/**
 * One of {@link ENTITY_KINDS}.
 *
 * @example
 * ```ts
 * import type { EntityKind } from "@cchc/plan";
 *
 * const k: EntityKind = "topic";
 * ```
 *
 * @category Integrity and traceability
 */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * An entity of a plan with the clauses it encodes and its JSON Pointer inside the plan.
 *
 * @example
 * ```ts
 * import type { SourcedEntity } from "@cchc/plan";
 *
 * const e: SourcedEntity = { kind: "topic", id: "T4.2", path: "/topics/5", source: ["II.4.2"] };
 * ```
 *
 * @category Integrity and traceability
 */
export interface SourcedEntity {
  /** What kind of entity. */
  readonly kind: EntityKind;
  /** Its id or code. */
  readonly id: string;
  /** JSON Pointer (RFC 6901) to the entity inside the plan. */
  readonly path: string;
  /** The clauses it encodes. */
  readonly source: readonly string[];
}

/**
 * Every entity of a plan that points at clauses of its text, in a fixed order (metadata, legal bases,
 * purposes, requirements, topics with their focal tasks, channels, actors, indices, funding,
 * responsibilities, reporting edges with their listed contents).
 *
 * @param plan - The plan.
 * @returns The entities with their source clauses.
 * @example
 * ```ts
 * import { bacNinh2026Plan, sourcedEntities } from "@cchc/plan";
 *
 * sourcedEntities(bacNinh2026Plan()).filter((e) => e.source.includes("IV")).map((e) => e.id);
 * // => ["state-budget", "non-budget"]
 * ```
 *
 * @category Integrity and traceability
 */
export function sourcedEntities(plan: Plan): SourcedEntity[] {
  const out: SourcedEntity[] = [{ kind: "metadata", id: plan.id, path: "/metadata", source: plan.metadata.source }];
  plan.legalBases.forEach((b, i) => out.push({ kind: "legal-basis", id: b.id, path: `/legalBases/${i}`, source: b.source }));
  plan.purposes.forEach((s, i) => out.push({ kind: "purpose", id: s.id, path: `/purposes/${i}`, source: s.source }));
  plan.requirements.forEach((s, i) => out.push({ kind: "requirement", id: s.id, path: `/requirements/${i}`, source: s.source }));
  plan.topics.forEach((t, i) => {
    out.push({ kind: "topic", id: t.code, path: `/topics/${i}`, source: t.source });
    t.focalTasks.forEach((f, j) => out.push({ kind: "focal-task", id: f.id, path: `/topics/${i}/focalTasks/${j}`, source: f.source }));
  });
  plan.channels.forEach((c, i) => out.push({ kind: "channel", id: c.code, path: `/channels/${i}`, source: c.source }));
  plan.actors.forEach((a, i) => out.push({ kind: "actor", id: a.id, path: `/actors/${i}`, source: a.source }));
  plan.indices.forEach((x, i) => out.push({ kind: "index", id: x.id, path: `/indices/${i}`, source: x.source }));
  plan.funding.forEach((f, i) => out.push({ kind: "funding", id: f.id, path: `/funding/${i}`, source: f.source }));
  plan.responsibilities.forEach((r, i) => out.push({ kind: "responsibility", id: r.id, path: `/responsibilities/${i}`, source: r.source }));
  plan.reporting.forEach((e, i) => {
    out.push({ kind: "reporting", id: e.id, path: `/reporting/${i}`, source: e.source });
    e.contents.forEach((c, j) => out.push({ kind: "report-content", id: c.id, path: `/reporting/${i}/contents/${j}`, source: c.source }));
  });
  return out;
}
