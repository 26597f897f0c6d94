/**
 * The two languages every message and label is available in. Vietnamese is the default.
 *
 * @example
 * ```ts
 * import type { Lang } from "@cchc/core";
 *
 * const lang: Lang = "en";
 * ```
 *
 * @category Labels and messages
 */
export type Lang = "vi" | "en";

/**
 * The default language of every message: Vietnamese.
 *
 * @example
 * ```ts
 * import { DEFAULT_LANG } from "@cchc/core";
 *
 * DEFAULT_LANG; // => "vi"
 * ```
 *
 * @category Labels and messages
 */
export const DEFAULT_LANG: Lang = "vi";

/**
 * A bilingual label: the same text in Vietnamese and English.
 *
 * @example
 * ```ts
 * import type { Label } from "@cchc/core";
 *
 * const culture: Label = { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" };
 * ```
 *
 * @category Labels and messages
 */
export interface Label {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/**
 * Picks one language out of a {@link Label}.
 *
 * @param label - The bilingual label.
 * @param lang - The language wanted (default Vietnamese).
 * @returns The label's text in that language.
 * @example
 * ```ts
 * import { labelText } from "@cchc/core";
 *
 * labelText({ vi: "Tết Âm lịch", en: "Lunar New Year" }, "en"); // => "Lunar New Year"
 * ```
 *
 * @category Labels and messages
 */
export function labelText(label: Label, lang: Lang = DEFAULT_LANG): string {
  return lang === "en" ? label.en : label.vi;
}

/**
 * Whether a value is one of the supported languages.
 *
 * @param value - Anything, e.g. a `--lang` flag or an `Accept-Language` token.
 * @returns `true` for `"vi"` and `"en"`.
 * @example
 * ```ts
 * import { isLang } from "@cchc/core";
 *
 * isLang("en"); // => true
 * isLang("fr"); // => false
 * ```
 *
 * @category Labels and messages
 */
export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}
