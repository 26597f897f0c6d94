import type { Label } from "@cchc/core";
import type { Party } from "@cchc/deadlines";
import type { Plan } from "@cchc/plan";

/**
 * The units an obligation addressed to these parties binds: each party, with a group ("các cơ quan,
 * đơn vị thuộc UBND tỉnh") replaced by its members, recursively. Members keep their names from the plan.
 */
export function expandParties(plan: Plan, parties: readonly Party[]): Party[] {
  const byId = new Map(plan.actors.map((a) => [a.id, a]));
  const out = new Map<string, Party>();
  const visit = (id: string, name: Label, depth: number): void => {
    const actor = byId.get(id);
    if (actor && actor.members.length > 0 && depth < 8) {
      for (const member of actor.members) visit(member, byId.get(member)?.name ?? { vi: member, en: member }, depth + 1);
    } else if (!out.has(id)) out.set(id, { id, name });
  };
  for (const p of parties) visit(p.id, p.name, 0);
  return [...out.values()];
}

/** The name of a unit: its actor's, followed by the commune code when there is one. */
export function unitName(plan: Plan, unit: string): Label {
  const [actorId = unit, commune] = unit.split(":", 2);
  const actor = plan.actors.find((a) => a.id === actorId);
  const name = actor?.name ?? { vi: actorId, en: actorId };
  return commune === undefined ? name : { vi: `${name.vi} (${commune})`, en: `${name.en} (${commune})` };
}
