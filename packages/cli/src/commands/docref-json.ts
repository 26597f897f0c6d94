import type { DocumentNumberKind, Label } from "@cchc/core";

/**
 * One parsed document number as `cchc docref --json` prints it (a contract: fields may be added, never
 * removed or renamed). `canonical`, `number`, `year`, `type` and `issuer` are the contract's core;
 * `year` and `type` are `null` when the number has none (`167/KH-UBND` has no year; the letter
 * `1187/UBND-KTTH` has no type).
 *
 * @example
 * ```ts
 * import type { DocrefJsonResult } from "@cchc/cli";
 *
 * const r: DocrefJsonResult = {
 *   input: "Số: 167/kh-ubnd",
 *   canonical: "167/KH-UBND",
 *   number: 167,
 *   year: null,
 *   type: "KH",
 *   issuer: "UBND",
 *   kind: "administrative",
 *   unit: null,
 *   typeKnown: true,
 *   typeName: { vi: "Kế hoạch", en: "Plan" },
 *   warnings: [],
 * };
 * ```
 *
 * @category JSON output
 */
export interface DocrefJsonResult {
  /** The text as given on the command line. */
  readonly input: string;
  /** The one canonical spelling, e.g. `"09/2019/NĐ-CP"`. */
  readonly canonical: string;
  /** The sequence number (số), without leading zeros. */
  readonly number: number;
  /** The year segment, `null` when the number has none. */
  readonly year: number | null;
  /** The type code (`KH`, `NĐ`, `QyĐ`), `null` when the number has none. */
  readonly type: string | null;
  /** The issuing body (`UBND`, `CP`, `TTg`). */
  readonly issuer: string;
  /** The form of the number (administrative, letter, normative, legislature, party). */
  readonly kind: DocumentNumberKind;
  /** For letters: the drafting unit or field, else `null`. */
  readonly unit: string | null;
  /** Whether `type` is in the shipped document-type table. */
  readonly typeKnown: boolean;
  /** The type's name in both languages, `null` when there is no type or it is unknown. */
  readonly typeName: Label | null;
  /** Non-fatal findings, in the chosen language. */
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
}

/**
 * A text that `cchc docref --json` could not parse (the command then exits 1): the input and the
 * reason, with a stable code (`docnum.missing_slash`, …) and a message in the chosen language.
 *
 * @example
 * ```ts
 * import type { DocrefJsonError } from "@cchc/cli";
 *
 * const e: DocrefJsonError = {
 *   input: "KH-UBND",
 *   error: { code: "docnum.missing_slash", message: "Missing \"/\" between number and symbol: \"KH-UBND\"." },
 * };
 * ```
 *
 * @category JSON output
 */
export interface DocrefJsonError {
  /** The text as given on the command line. */
  readonly input: string;
  /** Why it does not parse: a stable `docnum.*` / `input.*` code and the message in the chosen language. */
  readonly error: { readonly code: string; readonly message: string };
}

/**
 * One element of `cchc docref --json`: a parsed number or an error. One text prints one object;
 * several texts print an array in input order.
 *
 * @example
 * ```ts
 * import type { DocrefJson } from "@cchc/cli";
 *
 * const isError = (r: DocrefJson) => "error" in r;
 * ```
 *
 * @category JSON output
 */
export type DocrefJson = DocrefJsonResult | DocrefJsonError;
