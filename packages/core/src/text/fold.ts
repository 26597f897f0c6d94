import { normalizeText } from "./normalize.js";

const COMBINING_MARKS = /[\u0300-\u036F]/g;
const D_STROKE = /đ/gi;

/**
 * A folding key for search and matching: NFC-normalized, then decomposed with every combining
 * diacritic removed, "đ"/"Đ" mapped to "d", lower-cased, whitespace collapsed.
 *
 * Two strings that a Vietnamese reader would call "the same name typed differently" get the same
 * key: "Bắc Ninh", the NFD-typed "Bắc Ninh", "BAC NINH" and "bac ninh" all fold to `"bac ninh"`.
 * The key is for comparison only; never display it.
 *
 * @param text - Any string.
 * @returns The folded key.
 * @example
 * ```ts
 * import { foldKey } from "@cchc/core";
 *
 * foldKey("Sở Văn hóa, Thể thao và Du lịch"); // => "so van hoa, the thao va du lich"
 * foldKey("ĐỒNG NGUYÊN") === foldKey("dong nguyen"); // => true
 * ```
 *
 * @category Vietnamese text
 */
export function foldKey(text: string): string {
  return normalizeText(text.normalize("NFD").replace(COMBINING_MARKS, "").replace(D_STROKE, "d").toLowerCase());
}

/**
 * Whether two strings are equal under {@link foldKey} (case-, diacritic- and Unicode-form-insensitive).
 *
 * @param a - First string.
 * @param b - Second string.
 * @returns `true` when both fold to the same key.
 * @example
 * ```ts
 * import { equalsFolded } from "@cchc/core";
 *
 * equalsFolded("Bắc Ninh", "BAC NINH"); // => true
 * equalsFolded("Đa Mai", "Da Mai"); // => true
 * ```
 *
 * @category Vietnamese text
 */
export function equalsFolded(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/**
 * Whether `needle` occurs in `haystack` under {@link foldKey}. An empty needle matches.
 *
 * @param haystack - The text searched.
 * @param needle - The text looked for.
 * @returns `true` when the folded needle is a substring of the folded haystack.
 * @example
 * ```ts
 * import { includesFolded } from "@cchc/core";
 *
 * includesFolded("Cải cách thủ tục hành chính", "thu tuc"); // => true
 * ```
 *
 * @category Vietnamese text
 */
export function includesFolded(haystack: string, needle: string): boolean {
  return foldKey(haystack).includes(foldKey(needle));
}
