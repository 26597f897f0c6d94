/**
 * Agency and title abbreviations seen in real document symbols (SECONDARY: collected from official
 * texts cited in the project's facts; there is no national register, agencies choose their own).
 * The list does two jobs only: it tells a công văn (`1187/UBND-KTTH`, issuer first) from a typed
 * document (`167/KH-UBND`, type first), and it restores the conventional mixed case (`TTg`).
 * Unknown abbreviations are accepted and upper-cased.
 *
 * @example
 * ```ts
 * import { KNOWN_ISSUERS } from "@cchc/core";
 *
 * KNOWN_ISSUERS.includes("UBND"); // => true
 * ```
 *
 * @category Document numbers
 */
export const KNOWN_ISSUERS: readonly string[] = [
  "CP",
  "TTg",
  "VPCP",
  "BNV",
  "BTC",
  "BTP",
  "BCA",
  "BCT",
  "BYT",
  "BXD",
  "BGDĐT",
  "BKHCN",
  "BVHTTDL",
  "BNNMT",
  "NHNN",
  "TTCP",
  "UBND",
  "HĐND",
  "SNV",
  "STP",
  "STC",
  "SKHCN",
  "SVHTTDL",
  "CTK",
  "TW",
  "TU",
];

const LEGISLATURE = /^(?:UBTV)?QH\d{1,2}$/;

/**
 * Whether an upper-cased symbol group names a National Assembly (Quốc hội, `QH15`) or its Standing
 * Committee (`UBTVQH15`), which number normative documents without a type code (`202/2025/QH15`).
 *
 * @param group - One symbol group, already upper-cased.
 * @returns `true` for `QHnn` and `UBTVQHnn`.
 * @example
 * ```ts
 * import { isLegislatureIssuer } from "@cchc/core";
 *
 * isLegislatureIssuer("QH15"); // => true
 * ```
 *
 * @category Document numbers
 */
export function isLegislatureIssuer(group: string): boolean {
  return LEGISLATURE.test(group);
}
