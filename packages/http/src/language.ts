/**
 * The languages a service answers in, for {@link negotiateLanguage} and {@link languageFromHeader}:
 * the supported primary language subtags (`"vi"`, `"en"`) and the one used when a request names none
 * of them — also what `*` in `Accept-Language` stands for. The list is the caller's, so that this
 * package knows nothing of cchc's own languages (`@cchc/core`'s `Lang`).
 *
 * @example
 * ```ts
 * import type { LanguageOptions } from "@cchc/http/web";
 *
 * const viEn: LanguageOptions<"vi" | "en"> = { supported: ["vi", "en"], fallback: "vi" };
 * ```
 *
 * @category Request helpers
 */
export interface LanguageOptions<L extends string> {
  /** Supported primary language subtags, in lower case (`["vi", "en"]`). */
  readonly supported: readonly L[];
  /** The language of a request that names none of them, and the meaning of `*`. */
  readonly fallback: L;
}

/** At most this many `Accept-Language` entries are read (the header is client-controlled). */
const MAX_ENTRIES = 32;

/** The `q` weight of one entry: 1 when absent, 0 when malformed (RFC 9110 §12.4.2). */
function quality(params: readonly string[]): number {
  for (const param of params) {
    const [name, value] = param.split("=", 2).map((s) => s.trim());
    if (name?.toLowerCase() !== "q") continue;
    const q = Number(value);
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}

/** The supported language named by a primary subtag (case-insensitive), or `*`'s fallback. */
function supportedLanguage<L extends string>(tag: string | undefined, options: LanguageOptions<L>): L | undefined {
  const primary = (tag ?? "").trim().toLowerCase().split("-", 1)[0];
  if (primary === "*") return options.fallback;
  return options.supported.find((lang) => lang === primary);
}

/**
 * The best supported language of an `Accept-Language` header (RFC 9110 §12.5.4): the highest `q`
 * among the ranges whose primary subtag is supported (`en-US` counts as `en`), the first listed on a
 * tie; `*` stands for the fallback; `q=0` excludes. Reads at most 32 entries of the header.
 *
 * @param header - The header's value (absent: `undefined` or `null`).
 * @param options - The supported languages and the fallback.
 * @returns The language, or `undefined` when the header names none of them.
 * @example
 * ```ts
 * import { languageFromHeader } from "@cchc/http/web";
 *
 * const viEn = { supported: ["vi", "en"] as const, fallback: "vi" as const };
 * languageFromHeader("fr-FR, en-US;q=0.8, vi;q=0.5", viEn); // => "en"
 * languageFromHeader("fr, de", viEn); // => undefined
 * ```
 *
 * @category Request helpers
 */
export function languageFromHeader<L extends string>(header: string | null | undefined, options: LanguageOptions<L>): L | undefined {
  if (!header) return undefined;
  let best: { lang: L; q: number } | undefined;
  for (const entry of header.split(",", MAX_ENTRIES)) {
    const [range, ...params] = entry.split(";");
    const lang = supportedLanguage(range, options);
    if (lang === undefined) continue;
    const q = quality(params);
    if (q > 0 && (best === undefined || q > best.q)) best = { lang, q };
  }
  return best?.lang;
}

/**
 * The language of an answer: `?lang=` when it names a supported language (case-insensitive), else the
 * best of `Accept-Language` ({@link languageFromHeader}), else the fallback. Never throws, whatever the
 * client sends.
 *
 * @param query - The request's query parameters.
 * @param acceptLanguage - The `Accept-Language` header (absent: `undefined` or `null`).
 * @param options - The supported languages and the fallback.
 * @returns The language to answer in.
 * @example
 * ```ts
 * import { negotiateLanguage } from "@cchc/http/web";
 *
 * const viEn = { supported: ["vi", "en"] as const, fallback: "vi" as const };
 * negotiateLanguage(new URLSearchParams("lang=EN"), "vi", viEn); // => "en"
 * negotiateLanguage(new URLSearchParams(), "en-GB,en;q=0.9", viEn); // => "en"
 * negotiateLanguage(new URLSearchParams("lang=fr"), null, viEn); // => "vi"
 * ```
 *
 * @category Request helpers
 */
export function negotiateLanguage<L extends string>(query: URLSearchParams, acceptLanguage: string | null | undefined, options: LanguageOptions<L>): L {
  const asked = query.get("lang")?.toLowerCase();
  const chosen = options.supported.find((lang) => lang === asked);
  return chosen ?? languageFromHeader(acceptLanguage, options) ?? options.fallback;
}
