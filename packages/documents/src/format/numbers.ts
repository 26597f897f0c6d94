import type { Lang } from "@cchc/core";

const formatters = new Map<Lang, Intl.NumberFormat>();

/**
 * A figure as a reader of the document's language writes it: Vietnamese groups thousands with a dot
 * and writes decimals after a comma (`1.234,5`), English the other way round (`1,234.5`). At most two
 * decimals (airtime in minutes), none when the figure is whole. Uses `Intl.NumberFormat` (the
 * platform's CLDR data) with the locales `vi-VN` and `en-GB`.
 *
 * @param value - A finite number.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The figure as text.
 * @example
 * ```ts
 * import { formatFigure } from "@cchc/documents";
 *
 * formatFigure(1234.5); // => "1.234,5"
 * formatFigure(1234.5, "en"); // => "1,234.5"
 * formatFigure(118); // => "118"
 * ```
 *
 * @category Formatting
 */
export function formatFigure(value: number, lang: Lang = "vi"): string {
  let format = formatters.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 2, useGrouping: true });
    formatters.set(lang, format);
  }
  return format.format(value);
}
