import { err, makeError, ok, type Result } from "@cchc/core";
import type { Plan } from "../model/plan.js";
import type { Responsibility } from "../model/responsibility.js";
import { planMessages } from "../messages.js";
import { actorAndGroups } from "./membership.js";

/**
 * A duty that applies to an actor, and the actor or group it is addressed to (`via`).
 *
 * @example
 * ```ts
 * import type { DutyOfActor } from "@cchc/plan";
 *
 * function line(d: DutyOfActor): string {
 *   return `${d.responsibility.id} (via ${d.via}): ${d.responsibility.duty.en}`;
 * }
 * ```
 *
 * @category Queries
 */
export interface DutyOfActor {
  /** The duty. */
  readonly responsibility: Responsibility;
  /** The actor itself, or the group through which the duty applies to it. */
  readonly via: string;
}

/**
 * The duties of an actor: those addressed to it and, unless `direct` is set, those addressed to a group
 * it belongs to (a department owes the duties of "các cơ quan, đơn vị thuộc UBND tỉnh"). Duties it only
 * takes part in as a partner are not its own; see {@link coordinationEdges} for those.
 *
 * @param plan - The plan.
 * @param actorId - An actor id of the plan.
 * @param options - `direct: true` to leave out duties owed through groups.
 * @returns The duties in the plan's order, or `plan.unknown_actor`.
 * @example
 * ```ts
 * import { bacNinh2026Plan, dutiesOf } from "@cchc/plan";
 *
 * const r = dutiesOf(bacNinh2026Plan(), "bao-ptth-bac-ninh", { direct: true });
 * if (r.ok) r.value.map((d) => d.responsibility.id); // => ["V.5.a", "V.5.b", "V.5.c"]
 * ```
 *
 * @category Queries
 */
export function dutiesOf(plan: Plan, actorId: string, options: { readonly direct?: boolean } = {}): Result<DutyOfActor[]> {
  if (!plan.actors.some((a) => a.id === actorId)) return err(makeError(planMessages, "plan.unknown_actor", { id: actorId.slice(0, 60) }));
  const ids = options.direct ? [actorId] : actorAndGroups(plan, actorId);
  const duties: DutyOfActor[] = [];
  for (const responsibility of plan.responsibilities) {
    const via = ids.find((id) => responsibility.actors.includes(id));
    if (via !== undefined) duties.push({ responsibility, via });
  }
  return ok(duties);
}

/**
 * A coordination edge: an actor does a duty together with a partner ("phối hợp với").
 *
 * @example
 * ```ts
 * import type { CoordinationEdge } from "@cchc/plan";
 *
 * const e: CoordinationEdge = { actor: "so-vhttdl", partner: "so-noi-vu", responsibility: "V.2.a" };
 * ```
 *
 * @category Queries
 */
export interface CoordinationEdge {
  /** The actor who owes the duty. */
  readonly actor: string;
  /** The actor it is done with. */
  readonly partner: string;
  /** The duty's id. */
  readonly responsibility: string;
}

/**
 * Every coordination edge of a plan, one per (actor, partner, duty), in the plan's order.
 *
 * @param plan - The plan.
 * @returns The edges.
 * @example
 * ```ts
 * import { bacNinh2026Plan, coordinationEdges } from "@cchc/plan";
 *
 * coordinationEdges(bacNinh2026Plan()).filter((e) => e.partner === "ban-tgdv-tinh-uy");
 * // => [{ actor: "so-vhttdl", partner: "ban-tgdv-tinh-uy", responsibility: "V.2.a" }]
 * ```
 *
 * @category Queries
 */
export function coordinationEdges(plan: Plan): CoordinationEdge[] {
  return plan.responsibilities.flatMap((r) =>
    r.actors.flatMap((actor) => r.partners.map((partner) => ({ actor, partner, responsibility: r.id }))),
  );
}
