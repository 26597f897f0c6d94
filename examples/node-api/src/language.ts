/**
 * Picks the response language: `?lang=vi|en` first, then the best of vi/en in `Accept-Language`,
 * then Vietnamese (the default of every cchc message).
 */
import { DEFAULT_LANG, isLang, type Lang } from "@cchc/core";

/** At most this many `Accept-Language` entries are read (the header is client-controlled). */
const MAX_ENTRIES = 32;

function quality(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.split("=", 2).map((s) => s.trim());
    if (name?.toLowerCase() !== "q") continue;
    const q = Number(value);
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}

/**
 * The best supported language of an `Accept-Language` header (RFC 9110 §12.5.4): the highest `q`
 * among `vi*` and `en*` ranges, the first listed on a tie; `*` stands for the default. `undefined` when
 * the header names neither.
 */
export function languageFromHeader(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  let best: { lang: Lang; q: number } | undefined;
  for (const entry of header.split(",", MAX_ENTRIES)) {
    const [range = "", ...params] = entry.split(";");
    const primary = range.trim().toLowerCase().split("-", 1)[0] ?? "";
    const lang = primary === "*" ? DEFAULT_LANG : primary;
    if (!isLang(lang)) continue;
    const q = quality(params);
    if (q > 0 && (best === undefined || q > best.q)) best = { lang, q };
  }
  return best?.lang;
}

/** The response language of a request: `?lang=` (when vi or en), else `Accept-Language`, else vi. */
export function negotiateLanguage(query: URLSearchParams, acceptLanguage: string | undefined): Lang {
  const asked = query.get("lang")?.toLowerCase();
  if (isLang(asked)) return asked;
  return languageFromHeader(acceptLanguage) ?? DEFAULT_LANG;
}
