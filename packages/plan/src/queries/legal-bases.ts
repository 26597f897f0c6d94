import { parseDocumentNumber, type DocumentNumber, type Result } from "@cchc/core";
import type { LegalBasis } from "../model/legal-basis.js";
import type { Plan } from "../model/plan.js";

/**
 * A legal basis with its document number parsed by `parseDocumentNumber` of `@cchc/core` (`null` when the
 * plan names the instrument without a number).
 *
 * @example
 * ```ts
 * import type { ParsedLegalBasis } from "@cchc/plan";
 *
 * function kind(b: ParsedLegalBasis): string {
 *   return b.number?.ok ? b.number.value.kind : "unnumbered";
 * }
 * ```
 *
 * @category Queries
 */
export interface ParsedLegalBasis {
  /** The legal basis as authored. */
  readonly basis: LegalBasis;
  /** Its parsed document number, or `null` when it has none. */
  readonly number: Result<DocumentNumber> | null;
}

/**
 * The plan's legal bases and named instruments with their document numbers parsed.
 *
 * @param plan - The plan.
 * @returns One entry per legal basis, in order.
 * @example
 * ```ts
 * import { bacNinh2026Plan, parsedLegalBases } from "@cchc/plan";
 *
 * parsedLegalBases(bacNinh2026Plan()).map((b) => (b.number?.ok ? `${b.number.value.type}-${b.number.value.issuer}` : "—"));
 * // => ["NQ-CP", "KH-UBND", "KH-UBND", "—"]
 * ```
 *
 * @category Queries
 */
export function parsedLegalBases(plan: Plan): ParsedLegalBasis[] {
  return plan.legalBases.map((basis) => ({
    basis,
    number: basis.citation.document === undefined ? null : parseDocumentNumber(basis.citation.document),
  }));
}
