/**
 * The response language: `?lang=vi|en` first, then the best of vi/en in `Accept-Language`, then
 * Vietnamese (the default of every cchc message) — `@cchc/http`'s negotiation, bound to cchc's languages.
 */
import { DEFAULT_LANG, type Lang } from "@cchc/core";
import { negotiateLanguage as negotiate, type LanguageOptions } from "@cchc/http/web";

/** The languages of cchc's messages. */
export const LANGUAGES: LanguageOptions<Lang> = { supported: ["vi", "en"], fallback: DEFAULT_LANG };

/** The response language of a request: `?lang=` (when vi or en), else `Accept-Language`, else vi. */
export function negotiateLanguage(query: URLSearchParams, acceptLanguage: string | undefined): Lang {
  return negotiate(query, acceptLanguage, LANGUAGES);
}
