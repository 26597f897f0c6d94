import { normalizeText } from "./normalize.js";

let collator: Intl.Collator | undefined;

/**
 * Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …), as `Intl.Collator("vi")`
 * defines it, after NFC normalization so NFD input sorts with its NFC twin. Suitable for
 * `Array.prototype.sort`.
 *
 * @param a - First string.
 * @param b - Second string.
 * @returns A negative number, zero or a positive number.
 * @example
 * ```ts
 * import { compareVietnamese } from "@cchc/core";
 *
 * ["Đồng Việt", "Dương Hưu", "Bắc Giang"].sort(compareVietnamese);
 * // => ["Bắc Giang", "Dương Hưu", "Đồng Việt"]
 * ```
 *
 * @category Vietnamese text
 */
export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator("vi", { sensitivity: "variant", numeric: true });
  return collator.compare(normalizeText(a), normalizeText(b));
}
