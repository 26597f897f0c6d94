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

/** The best of vi/en in an `Accept-Language` header (RFC 9110 §12.5.4), the first listed on a tie. */
function languageFromHeader(header: string | null): Lang | undefined {
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

/** The answer's language: `?lang=vi|en`, else `Accept-Language`, else Vietnamese. */
export function negotiateLanguage(query: URLSearchParams, acceptLanguage: string | null): Lang {
  const asked = query.get("lang")?.toLowerCase();
  if (isLang(asked)) return asked;
  return languageFromHeader(acceptLanguage) ?? DEFAULT_LANG;
}
