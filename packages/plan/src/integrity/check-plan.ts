import { parseDocumentNumber } from "@cchc/core";
import type { Plan } from "../model/plan.js";
import { sourcedEntities } from "./entities.js";
import { planIssue, type PlanIssue } from "./issues.js";

type Kind = "actor" | "topic" | "channel" | "legal basis" | "reporting edge" | "clause" | "index component";

function duplicateIssues(ids: readonly string[], collection: string, pathOf: (i: number) => string): PlanIssue[] {
  const seen = new Set<string>();
  const issues: PlanIssue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push(planIssue("plan.duplicate_id", pathOf(i), { id, collection }));
    seen.add(id);
  });
  return issues;
}

function cycleIssues(items: readonly { id: string; parent?: string | undefined }[], pathOf: (i: number) => string): PlanIssue[] {
  const parentOf = new Map(items.map((x) => [x.id, x.parent]));
  const issues: PlanIssue[] = [];
  items.forEach((item, i) => {
    const visited = new Set<string>([item.id]);
    let current = item.parent;
    while (current !== undefined) {
      if (visited.has(current)) {
        issues.push(planIssue("plan.parent_cycle", pathOf(i), { id: current }));
        return;
      }
      visited.add(current);
      current = parentOf.get(current);
    }
  });
  return issues;
}

/**
 * Checks what a schema cannot: ids unique in each collection (and statement ids unique across the plan),
 * every reference resolving (clauses, parents, members, actors, channels, topics, legal bases, reporting
 * edges, index components), no parent cycles, document numbers that `parseDocumentNumber` of `@cchc/core`
 * accepts, and a plan period that is not inverted. Run it after {@link planSchema} accepts the value.
 *
 * @param plan - A plan that passed `planSchema`.
 * @returns Every finding, in a stable order; empty when the plan is consistent.
 * @example
 * ```ts
 * import { bacNinh2026Plan, checkPlan } from "@cchc/plan";
 *
 * checkPlan(bacNinh2026Plan()); // => []
 * const broken = { ...bacNinh2026Plan(), topics: [{ ...bacNinh2026Plan().topics[0]!, source: ["II.9"] }] };
 * checkPlan(broken)[0]?.code; // => "plan.unknown_clause"
 * ```
 *
 * @category Integrity and traceability
 */
export function checkPlan(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const ids = {
    clause: new Set(plan.clauses.map((c) => c.id)),
    actor: new Set(plan.actors.map((a) => a.id)),
    topic: new Set(plan.topics.map((t) => t.code)),
    channel: new Set(plan.channels.map((c) => c.code)),
    "legal basis": new Set(plan.legalBases.map((b) => b.id)),
    "reporting edge": new Set(plan.reporting.map((e) => e.id)),
  } satisfies Partial<Record<Kind, Set<string>>>;
  const ref = (kind: keyof typeof ids, id: string | undefined, path: string): void => {
    if (id === undefined || ids[kind].has(id)) return;
    issues.push(kind === "clause" ? planIssue("plan.unknown_clause", path, { id }) : planIssue("plan.unknown_reference", path, { kind, id }));
  };
  const refs = (kind: keyof typeof ids, list: readonly string[], path: string): void => list.forEach((id, i) => ref(kind, id, `${path}/${i}`));

  // unique ids
  issues.push(...duplicateIssues(plan.clauses.map((c) => c.id), "clauses", (i) => `/clauses/${i}/id`));
  issues.push(...duplicateIssues(plan.legalBases.map((b) => b.id), "legalBases", (i) => `/legalBases/${i}/id`));
  issues.push(...duplicateIssues(plan.topics.map((t) => t.code), "topics", (i) => `/topics/${i}/code`));
  issues.push(...duplicateIssues(plan.channels.map((c) => c.code), "channels", (i) => `/channels/${i}/code`));
  issues.push(...duplicateIssues(plan.actors.map((a) => a.id), "actors", (i) => `/actors/${i}/id`));
  issues.push(...duplicateIssues(plan.indices.map((x) => x.id), "indices", (i) => `/indices/${i}/id`));
  issues.push(...duplicateIssues(plan.funding.map((f) => f.id), "funding", (i) => `/funding/${i}/id`));
  issues.push(...duplicateIssues(plan.responsibilities.map((r) => r.id), "responsibilities", (i) => `/responsibilities/${i}/id`));
  issues.push(...duplicateIssues(plan.reporting.map((e) => e.id), "reporting", (i) => `/reporting/${i}/id`));
  const statements = sourcedEntities(plan).filter((e) => ["purpose", "requirement", "focal-task", "report-content"].includes(e.kind));
  issues.push(...duplicateIssues(statements.map((s) => s.id), "statements", (i) => `${statements[i]!.path}/id`));
  const components = plan.indices.flatMap((x, i) => x.components.map((c, j) => ({ ...c, path: `/indices/${i}/components/${j}` })));
  issues.push(...duplicateIssues(components.map((c) => c.id), "index components", (i) => `${components[i]!.path}/id`));
  if (plan.adminUnits) {
    issues.push(...duplicateIssues(plan.adminUnits.communes.map((c) => c.code), "adminUnits.communes", (i) => `/adminUnits/communes/${i}/code`));
  }

  // references
  for (const entity of sourcedEntities(plan)) refs("clause", entity.source, `${entity.path}/source`);
  plan.clauses.forEach((c, i) => ref("clause", c.parent, `/clauses/${i}/parent`));
  plan.topics.forEach((t, i) => ref("topic", t.parent, `/topics/${i}/parent`));
  plan.channels.forEach((c, i) => ref("channel", c.parent, `/channels/${i}/parent`));
  plan.actors.forEach((a, i) => {
    ref("actor", a.parent, `/actors/${i}/parent`);
    refs("actor", a.members, `/actors/${i}/members`);
  });
  ref("actor", plan.metadata.issuer, "/metadata/issuer");
  ref("actor", plan.metadata.author, "/metadata/author");
  plan.metadata.distribution.forEach((d, i) => refs("actor", d.recipients, `/metadata/distribution/${i}/recipients`));
  plan.legalBases.forEach((b, i) => ref("actor", b.issuerActor, `/legalBases/${i}/issuerActor`));
  plan.responsibilities.forEach((r, i) => {
    const p = `/responsibilities/${i}`;
    refs("actor", r.actors, `${p}/actors`);
    refs("actor", r.partners, `${p}/partners`);
    refs("actor", r.addressees, `${p}/addressees`);
    refs("channel", r.channels, `${p}/channels`);
    refs("topic", r.topics, `${p}/topics`);
    refs("legal basis", r.legalBases, `${p}/legalBases`);
    ref("reporting edge", r.reporting, `${p}/reporting`);
  });
  plan.reporting.forEach((e, i) => {
    refs("actor", e.from, `/reporting/${i}/from`);
    refs("actor", e.to, `/reporting/${i}/to`);
    refs("actor", e.copy, `/reporting/${i}/copy`);
  });
  plan.indices.forEach((x, i) => {
    const own = new Set(x.components.map((c) => c.id));
    x.components.forEach((c, j) => {
      if (c.parent !== undefined && !own.has(c.parent)) {
        issues.push(planIssue("plan.unknown_reference", `/indices/${i}/components/${j}/parent`, { kind: "index component", id: c.parent }));
      }
    });
    issues.push(...cycleIssues(x.components, (j) => `/indices/${i}/components/${j}/parent`));
  });

  // parent cycles
  issues.push(...cycleIssues(plan.clauses, (i) => `/clauses/${i}/parent`));
  issues.push(...cycleIssues(plan.topics.map((t) => ({ id: t.code, parent: t.parent })), (i) => `/topics/${i}/parent`));
  issues.push(...cycleIssues(plan.channels.map((c) => ({ id: c.code, parent: c.parent })), (i) => `/channels/${i}/parent`));
  issues.push(...cycleIssues(plan.actors, (i) => `/actors/${i}/parent`));

  // document numbers
  const numbers: [string, string | undefined][] = [
    ["/metadata/number", plan.metadata.number],
    ...plan.legalBases.map((b, i): [string, string | undefined] => [`/legalBases/${i}/citation/document`, b.citation.document]),
  ];
  for (const [path, input] of numbers) {
    if (input === undefined) continue;
    const parsed = parseDocumentNumber(input);
    if (parsed.ok) continue;
    const vi = planIssue("plan.invalid_document_number", path, { input, reason: parsed.error.messages.vi });
    const en = planIssue("plan.invalid_document_number", path, { input, reason: parsed.error.messages.en });
    issues.push({ ...vi, params: { ...vi.params, reason: parsed.error.code }, message: { vi: vi.message.vi, en: en.message.en } });
  }

  // period
  if (plan.metadata.period.from > plan.metadata.period.to) {
    issues.push(planIssue("plan.period_inverted", "/metadata/period", { from: plan.metadata.period.from, to: plan.metadata.period.to }));
  }
  return issues;
}
