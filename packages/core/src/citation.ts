import { DEFAULT_LANG, type Lang } from "./i18n/label.js";

/**
 * How sure a fact is, with the labels the project's shared facts use:
 * - `VERIFIED`: from the legal text, from two independent sources, or recomputed and matched
 *   against an independent dataset;
 * - `SECONDARY`: a single news or government news page, or a secondary summary;
 * - `INFERRED`: reasoning from data, not stated by any source;
 * - `UNCONFIRMED`: not found, or sources disagree. Such facts are configurable data.
 *
 * @example
 * ```ts
 * import type { Confidence } from "@cchc/core";
 *
 * const c: Confidence = "UNCONFIRMED";
 * ```
 *
 * @category Citations
 */
export type Confidence = "VERIFIED" | "SECONDARY" | "INFERRED" | "UNCONFIRMED";

/**
 * Every confidence label, strongest first.
 *
 * @example
 * ```ts
 * import { CONFIDENCE_LEVELS } from "@cchc/core";
 *
 * CONFIDENCE_LEVELS[0]; // => "VERIFIED"
 * ```
 *
 * @category Citations
 */
export const CONFIDENCE_LEVELS: readonly Confidence[] = ["VERIFIED", "SECONDARY", "INFERRED", "UNCONFIRMED"];

/**
 * A reference to the legal or documentary source of a fact: the document number (số, ký hiệu), the
 * article / clause / point (Điều / khoản / điểm), title, issuer, date, link, an optional verbatim
 * quote, and how sure the fact is.
 *
 * @example
 * ```ts
 * import type { Citation } from "@cchc/core";
 *
 * const nationalDay: Citation = {
 *   document: "45/2019/QH14",
 *   title: "Bộ luật Lao động 2019",
 *   article: "112",
 *   clause: "1",
 *   point: "đ",
 *   issuer: "Quốc hội",
 *   date: "2019-11-20",
 *   confidence: "VERIFIED",
 * };
 * ```
 *
 * @category Citations
 */
export interface Citation {
  /** Document number, e.g. `"45/2019/QH14"` or `"12729/VPCP-KGVX"`. */
  readonly document?: string;
  /** Document title, e.g. `"Bộ luật Lao động 2019"`. */
  readonly title?: string;
  /** Article (Điều), e.g. `"112"`. */
  readonly article?: string;
  /** Clause (khoản), e.g. `"1"`. */
  readonly clause?: string;
  /** Point (điểm), e.g. `"đ"`. */
  readonly point?: string;
  /** Issuing body, e.g. `"Văn phòng Chính phủ"`. */
  readonly issuer?: string;
  /** Date of the document, `YYYY-MM-DD`. */
  readonly date?: string;
  /** A link to the text or to the report that carries it. */
  readonly url?: string;
  /** A verbatim quote of the relevant words. */
  readonly quote?: string;
  /** How sure the fact is. */
  readonly confidence: Confidence;
  /** Free-form note (for instance which sources agree). */
  readonly note?: string;
}

function locator(citation: Citation, lang: Lang): string {
  const parts: string[] = [];
  if (lang === "vi") {
    if (citation.point) parts.push(`điểm ${citation.point}`);
    if (citation.clause) parts.push(`khoản ${citation.clause}`);
    if (citation.article) parts.push(`Điều ${citation.article}`);
    return parts.join(" ");
  }
  if (!citation.article) {
    if (citation.clause) parts.push(`clause ${citation.clause}`);
    if (citation.point) parts.push(`point ${citation.point}`);
    return parts.join(", ");
  }
  return `Article ${citation.article}${citation.clause ? `(${citation.clause})` : ""}${citation.point ? `(${citation.point})` : ""}`;
}

/**
 * Formats a citation for a reader, in the order a Vietnamese legal text uses ("điểm đ khoản 1
 * Điều 112 …") or its English equivalent ("Article 112(1)(đ) …"), followed by the title and number
 * and, unless the fact is verified, its confidence.
 *
 * @param citation - The citation.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns One line of text.
 * @example
 * ```ts
 * import { formatCitation } from "@cchc/core";
 *
 * formatCitation({ document: "45/2019/QH14", title: "Bộ luật Lao động", article: "112", clause: "1", point: "đ", confidence: "VERIFIED" });
 * // => "điểm đ khoản 1 Điều 112, Bộ luật Lao động (45/2019/QH14)"
 * ```
 *
 * @category Citations
 */
export function formatCitation(citation: Citation, lang: Lang = DEFAULT_LANG): string {
  const where = locator(citation, lang);
  const doc = citation.title
    ? citation.document
      ? `${citation.title} (${citation.document})`
      : citation.title
    : (citation.document ?? "");
  let text = [where, doc, citation.issuer ?? ""].filter((part) => part !== "").join(", ");
  if (citation.date && !citation.title?.includes(citation.date)) {
    text += lang === "vi" ? `, ngày ${citation.date}` : `, dated ${citation.date}`;
  }
  if (citation.confidence !== "VERIFIED") text += ` [${citation.confidence}]`;
  return text;
}
