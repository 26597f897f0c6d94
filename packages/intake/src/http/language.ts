import { DEFAULT_LANG, type Lang } from "@cchc/core";
import { negotiateLanguage as negotiate, type LanguageOptions } from "@cchc/http/web";

/** The languages of the answers: cchc's vi and en, Vietnamese by default. */
const LANGUAGES: LanguageOptions<Lang> = { supported: ["vi", "en"], fallback: DEFAULT_LANG };

/** The answer's language: `?lang=vi|en`, else `Accept-Language`, else Vietnamese (`@cchc/http`'s negotiation). */
export function negotiateLanguage(query: URLSearchParams, acceptLanguage: string | null): Lang {
  return negotiate(query, acceptLanguage, LANGUAGES);
}
