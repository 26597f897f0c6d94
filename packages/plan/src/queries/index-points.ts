import { err, makeError, ok, type Result } from "@cchc/core";
import type { PerformanceIndex } from "../model/performance-index.js";
import { planMessages } from "../messages.js";

/**
 * The maximum points of one index component after resolution: from the dataset (`origin: "data"`, with
 * the confidence of its citation), supplied by the user (`"user"`), or still unknown (`"missing"`,
 * `points: null`).
 *
 * @example
 * ```ts
 * import type { ResolvedIndexPoints } from "@cchc/plan";
 *
 * const r: ResolvedIndexPoints = { component: "766.online", points: 22, origin: "data", confidence: "VERIFIED" };
 * ```
 *
 * @category Queries
 */
export interface ResolvedIndexPoints {
  /** The component's id. */
  readonly component: string;
  /** Its maximum points, `null` when unknown. */
  readonly points: number | null;
  /** Where the value comes from. */
  readonly origin: "data" | "user" | "missing";
  /** How sure the value is (`UNCONFIRMED` for user values and missing ones). */
  readonly confidence: "VERIFIED" | "SECONDARY" | "INFERRED" | "UNCONFIRMED";
}

/**
 * Resolves the maximum points of every component of an index, filling the ones no source confirms with
 * the values the user supplies (a province's own reading of a methodology, for instance), never with a
 * guess. User values also override dataset values and are marked `origin: "user"` and `UNCONFIRMED`.
 * The result is checked: every supplied component must exist, points must be finite and non-negative,
 * and the children of a component must not add up to more than its maximum.
 *
 * @param index - The index.
 * @param supplied - Points by component id.
 * @returns One entry per component in the index's order, or the first error found
 *   (`plan.index_unknown_component`, `plan.index_bad_points`, `plan.index_children_exceed`).
 * @example
 * ```ts
 * import { performanceIndices, resolveIndexPoints } from "@cchc/plan";
 *
 * const i766 = performanceIndices.find((i) => i.id === "index-766")!;
 * const r = resolveIndexPoints(i766, { "766.digitisation.e-results": 8 });
 * if (r.ok) r.value.find((p) => p.component === "766.digitisation.e-results"); // => { component: "766.digitisation.e-results", points: 8, origin: "user", confidence: "UNCONFIRMED" }
 * ```
 *
 * @category Queries
 */
export function resolveIndexPoints(index: PerformanceIndex, supplied: Readonly<Record<string, number>> = {}): Result<ResolvedIndexPoints[]> {
  const known = new Set(index.components.map((c) => c.id));
  for (const [component, points] of Object.entries(supplied)) {
    if (!known.has(component)) return err(makeError(planMessages, "plan.index_unknown_component", { index: index.id, component: component.slice(0, 60) }));
    if (typeof points !== "number" || !Number.isFinite(points) || points < 0) {
      return err(makeError(planMessages, "plan.index_bad_points", { component, points: String(points) }));
    }
  }
  const resolved = index.components.map((c): ResolvedIndexPoints => {
    if (Object.hasOwn(supplied, c.id)) return { component: c.id, points: supplied[c.id]!, origin: "user", confidence: "UNCONFIRMED" };
    if (c.maxPoints !== undefined) return { component: c.id, points: c.maxPoints, origin: "data", confidence: c.citation.confidence };
    return { component: c.id, points: null, origin: "missing", confidence: "UNCONFIRMED" };
  });
  const pointsOf = new Map(resolved.map((r) => [r.component, r.points]));
  for (const parent of index.components) {
    const max = pointsOf.get(parent.id);
    if (max === null || max === undefined) continue;
    const sum = index.components.filter((c) => c.parent === parent.id).reduce((s, c) => s + (pointsOf.get(c.id) ?? 0), 0);
    if (sum > max + 1e-9) return err(makeError(planMessages, "plan.index_children_exceed", { component: parent.id, sum, max }));
  }
  return ok(resolved);
}
