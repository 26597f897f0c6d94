import type { Result } from "@cchc/core";
import { bacNinhAdminUnits } from "../bac-ninh-2026/admin-units.js";
import type { Commune } from "../model/admin-unit.js";
import { findCommune } from "./communes.js";

/**
 * {@link findCommune} bound to Bắc Ninh's register (province 24, 99 units).
 *
 * @param query - A code (string or number) or a name typed any way.
 * @returns The unit or a typed error.
 * @example
 * ```ts
 * import { bacNinhCommune } from "@cchc/plan";
 *
 * const r = bacNinhCommune("phường kinh bac");
 * if (r.ok) r.value.code; // => "09187"
 * ```
 *
 * @category Queries
 */
export function bacNinhCommune(query: string | number): Result<Commune> {
  return findCommune(bacNinhAdminUnits(), query);
}
