/**
 * Characters that look like a space but are not U+0020: no-break space, narrow no-break space,
 * figure space, the en/em family, ideographic space, line breaks and tabs (`\s`), plus the
 * zero-width space.
 */
const SPACE_LIKE = /[\s\u200B]/g;
const SPACE_RUN = / {2,}/g;

/**
 * Normalizes Vietnamese text for storage and display: Unicode NFC (so a precomposed "ắ" and
 * "a" + U+0306 + U+0301 become the same code points), every space-like character turned into a
 * plain space, runs of spaces collapsed and the ends trimmed. Case and diacritics are kept.
 *
 * @param text - Any string, NFC or NFD.
 * @returns The NFC, whitespace-normalized string.
 * @example
 * ```ts
 * import { normalizeText } from "@cchc/core";
 *
 * normalizeText("  Ba\u0306\u0301c\u00A0Ninh ");
 * // => "Bắc Ninh" (NFC, one plain space)
 * ```
 *
 * @category Vietnamese text
 */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(SPACE_LIKE, " ").replace(SPACE_RUN, " ").trim();
}

/**
 * Tells whether a string is already in Unicode NFC form.
 *
 * @param text - The string to check.
 * @returns `true` when `text.normalize("NFC") === text`.
 * @example
 * ```ts
 * import { isNfc } from "@cchc/core";
 *
 * isNfc("Bắc Ninh"); // => true
 * isNfc("Ba\u0306\u0301c Ninh"); // => false (NFD input)
 * ```
 *
 * @category Vietnamese text
 */
export function isNfc(text: string): boolean {
  return text.normalize("NFC") === text;
}
