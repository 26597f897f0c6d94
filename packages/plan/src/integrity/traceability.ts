import { DEFAULT_LANG, labelText, type Lang } from "@cchc/core";
import type { PlanClause } from "../model/clause.js";
import type { Plan } from "../model/plan.js";
import { sourcedEntities, type EntityKind } from "./entities.js";
import { planIssue, type PlanIssue } from "./issues.js";

/**
 * One row of the traceability table: a clause of the text and the entities that encode it.
 *
 * @example
 * ```ts
 * import type { TraceabilityRow } from "@cchc/plan";
 *
 * const row: TraceabilityRow = { clause: { id: "IV", kind: "section", title: { vi: "Kinh phí", en: "Funding" }, opening: "IV. KINH PHÍ" }, depth: 0, entities: [{ kind: "funding", id: "state-budget" }] };
 * ```
 *
 * @category Integrity and traceability
 */
export interface TraceabilityRow {
  /** The clause. */
  readonly clause: PlanClause;
  /** Nesting depth (0 for top-level clauses). */
  readonly depth: number;
  /** The entities that point at it, in the plan's order. */
  readonly entities: readonly { readonly kind: EntityKind; readonly id: string }[];
}

function depthOf(clause: PlanClause, byId: ReadonlyMap<string, PlanClause>): number {
  let depth = 0;
  let parent = clause.parent;
  while (parent !== undefined && depth < 32) {
    depth++;
    parent = byId.get(parent)?.parent;
  }
  return depth;
}

/**
 * The traceability table of a plan: every clause of its text, in order, with the entities that point at
 * it (metadata, legal bases, statements, topics, focal tasks, channels, actors, indices, funding,
 * responsibilities, reporting edges and their contents).
 *
 * @param plan - The plan.
 * @returns One row per clause.
 * @example
 * ```ts
 * import { bacNinh2026Plan, traceability } from "@cchc/plan";
 *
 * const row = traceability(bacNinh2026Plan()).find((r) => r.clause.id === "V.5")!;
 * row.entities.some((e) => e.kind === "reporting" && e.id === "media-monthly-report"); // => true
 * ```
 *
 * @category Integrity and traceability
 */
export function traceability(plan: Plan): TraceabilityRow[] {
  const byClause = new Map<string, { kind: EntityKind; id: string }[]>(plan.clauses.map((c) => [c.id, []]));
  for (const entity of sourcedEntities(plan)) {
    for (const clause of new Set(entity.source)) byClause.get(clause)?.push({ kind: entity.kind, id: entity.id });
  }
  const byId = new Map(plan.clauses.map((c) => [c.id, c]));
  return plan.clauses.map((clause) => ({ clause, depth: depthOf(clause, byId), entities: byClause.get(clause.id) ?? [] }));
}

/**
 * The clauses no entity encodes: a clause without sub-clauses must be named by some entity; a clause with
 * sub-clauses is covered when it, or every one of its sub-clauses, is.
 *
 * @param plan - The plan.
 * @returns One `plan.unmapped_clause` issue per uncovered clause; empty when the plan is fully traced.
 * @example
 * ```ts
 * import { bacNinh2026Plan, unmappedClauses } from "@cchc/plan";
 *
 * unmappedClauses(bacNinh2026Plan()); // => []
 * ```
 *
 * @category Integrity and traceability
 */
export function unmappedClauses(plan: Plan): PlanIssue[] {
  const rows = traceability(plan);
  const children = new Map<string, string[]>();
  for (const c of plan.clauses) if (c.parent !== undefined) children.set(c.parent, [...(children.get(c.parent) ?? []), c.id]);
  const mapped = new Map(rows.map((r) => [r.clause.id, r.entities.length > 0]));
  const covered = (id: string, depth = 0): boolean => {
    if (mapped.get(id)) return true;
    const kids = children.get(id) ?? [];
    return depth < 32 && kids.length > 0 && kids.every((k) => covered(k, depth + 1));
  };
  return rows.flatMap((r, i) => (covered(r.clause.id) ? [] : [planIssue("plan.unmapped_clause", `/clauses/${i}`, { id: r.clause.id })]));
}

const KIND_LABELS: Record<EntityKind, { vi: string; en: string }> = {
  metadata: { vi: "thông tin chung", en: "metadata" },
  "legal-basis": { vi: "căn cứ", en: "legal basis" },
  purpose: { vi: "mục đích", en: "purpose" },
  requirement: { vi: "yêu cầu", en: "requirement" },
  topic: { vi: "chủ đề", en: "topic" },
  "focal-task": { vi: "nhiệm vụ trọng tâm", en: "focal task" },
  channel: { vi: "hình thức", en: "channel" },
  actor: { vi: "chủ thể", en: "actor" },
  index: { vi: "chỉ số", en: "index" },
  funding: { vi: "kinh phí", en: "funding" },
  responsibility: { vi: "nhiệm vụ", en: "responsibility" },
  reporting: { vi: "báo cáo", en: "reporting edge" },
  "report-content": { vi: "nội dung báo cáo", en: "report content" },
};

/**
 * The traceability table as Markdown: one row per clause (indented by depth), the entities grouped by
 * kind with their ids in code spans. The guide "The 2026 plan as data" publishes this table.
 *
 * @param plan - The plan.
 * @param lang - Language of the headings and titles (default Vietnamese).
 * @returns A Markdown table.
 * @example
 * ```ts
 * import { bacNinh2026Plan, traceabilityMarkdown } from "@cchc/plan";
 *
 * traceabilityMarkdown(bacNinh2026Plan(), "en").split("\n")[0]; // => "| clause | title | encoded by |"
 * ```
 *
 * @category Integrity and traceability
 */
export function traceabilityMarkdown(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  const head = lang === "en" ? "| clause | title | encoded by |" : "| điều khoản | tiêu đề | được mã hóa bởi |";
  const lines = [head, "|---|---|---|"];
  const parents = new Set(plan.clauses.map((c) => c.parent));
  const byItems = lang === "en" ? "— (by its items)" : "— (qua các mục con)";
  for (const row of traceability(plan)) {
    const groups = new Map<EntityKind, string[]>();
    for (const e of row.entities) groups.set(e.kind, [...(groups.get(e.kind) ?? []), `\`${e.id}\``]);
    const encoded = [...groups].map(([kind, list]) => `${labelText(KIND_LABELS[kind], lang)}: ${list.join(", ")}`).join("; ");
    const indent = "&nbsp;&nbsp;".repeat(row.depth);
    lines.push(`| ${indent}${row.clause.id} | ${labelText(row.clause.title, lang)} | ${encoded !== "" ? encoded : parents.has(row.clause.id) ? byItems : "—"} |`);
  }
  return lines.join("\n");
}
