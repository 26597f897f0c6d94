import type { Plan } from "../model/plan.js";

/**
 * The actor itself and every group that contains it, directly or through other groups (so-noi-vu →
 * co-quan-thuoc-ubnd-tinh → co-quan-don-vi-dia-phuong). A duty or obligation addressed to any of these
 * applies to the actor.
 *
 * @param plan - The plan.
 * @param actorId - An actor id.
 * @returns The ids, the actor first, then its groups nearest first; just the id when it is in no group.
 * @example
 * ```ts
 * import { actorAndGroups, bacNinh2026Plan } from "@cchc/plan";
 *
 * actorAndGroups(bacNinh2026Plan(), "so-noi-vu"); // => ["so-noi-vu", "co-quan-thuoc-ubnd-tinh", "co-quan-don-vi-dia-phuong"]
 * ```
 *
 * @category Queries
 */
export function actorAndGroups(plan: Plan, actorId: string): string[] {
  const result = [actorId];
  for (let i = 0; i < result.length; i++) {
    const current = result[i]!;
    for (const group of plan.actors) {
      if (group.members.includes(current) && !result.includes(group.id)) result.push(group.id);
    }
  }
  return result;
}
