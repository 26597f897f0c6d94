/**
 * `@cchc/http/web`: the Web-standard half of `@cchc/http` — what a `Request → Response` handler needs
 * wherever it is mounted (node:http through `serveFetch`, Hono, Next route handlers, Deno, Bun): the
 * body limit, the JSON media type check and the answer's language. It loads nothing of `node:http`
 * and no adapter, so a handler library (such as `@cchc/intake`) can import it without pulling in a server.
 *
 * @packageDocumentation
 */
export { readBodyWithin, type BodyRead } from "./body.js";
export { isJsonContentType } from "./content-type.js";
export { languageFromHeader, negotiateLanguage, type LanguageOptions } from "./language.js";
