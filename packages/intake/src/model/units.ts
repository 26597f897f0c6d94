import { ACTOR_IDS } from "@cchc/plan/codes";
import { COMMUNE_LEVEL_ACTOR_IDS } from "@cchc/reports";

/**
 * A reporting unit's id: an actor id of the plan (`"so-tu-phap"`, `"bao-ptth-bac-ninh"`) or, for a
 * commune-level actor, the actor id and the commune's official code joined by a colon
 * (`"ubnd-xa-phuong:07663"` is UBND xã Tuấn Đạo). Tokens name a unit id; a report's unit id comes from
 * its `unit`, `agency`, `from` or `author` field.
 *
 * @example
 * ```ts
 * import type { UnitId } from "@cchc/intake";
 *
 * const commune: UnitId = "ubnd-xa-phuong:07663";
 * ```
 *
 * @category Report keys and units
 */
export type UnitId = string;

const ACTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(ACTOR_IDS);
const COMMUNE_LEVEL: ReadonlySet<string> = /* @__PURE__ */ new Set(COMMUNE_LEVEL_ACTOR_IDS);
// eslint-disable-next-line regexp/prefer-d -- ASCII digits only, as the reports' schemas spell them
const COMMUNE_CODE = /^[0-9]{5}$/;

/**
 * Whether a string is a well-formed unit id: a known actor id, with a five-digit commune code exactly
 * when the actor is commune-level.
 *
 * @param value - The candidate.
 * @returns `true` for a unit id.
 * @example
 * ```ts
 * import { isUnitId } from "@cchc/intake";
 *
 * isUnitId("so-tu-phap"); // => true
 * isUnitId("ubnd-xa-phuong"); // => false (a commune-level unit names its commune)
 * isUnitId("ubnd-xa-phuong:07663"); // => true
 * ```
 *
 * @category Report keys and units
 */
export function isUnitId(value: unknown): value is UnitId {
  if (typeof value !== "string" || value.length > 80) return false;
  const colon = value.indexOf(":");
  const actor = colon < 0 ? value : value.slice(0, colon);
  if (!ACTORS.has(actor)) return false;
  if (COMMUNE_LEVEL.has(actor)) return colon > 0 && COMMUNE_CODE.test(value.slice(colon + 1));
  return colon < 0;
}

/**
 * The unit id of a reporting unit as the reports write it (`{ actor, name?, communeCode? }`).
 *
 * @param unit - The unit.
 * @returns The unit id.
 * @example
 * ```ts
 * import { unitIdOf } from "@cchc/intake";
 *
 * unitIdOf({ actor: "ubnd-xa-phuong", name: "UBND xã Tuấn Đạo", communeCode: "07663" }); // => "ubnd-xa-phuong:07663"
 * ```
 *
 * @category Report keys and units
 */
export function unitIdOf(unit: { readonly actor: string; readonly name?: string | undefined; readonly communeCode?: string | undefined }): UnitId {
  return unit.communeCode === undefined ? unit.actor : `${unit.actor}:${unit.communeCode}`;
}
