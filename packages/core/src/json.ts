/**
 * `@cchc/core/json`: strict JSON decoding (I-JSON, RFC 7493) alone — {@link parseStrictJson}, its
 * messages and the conversion of its errors into validation issues — for a browser bundle that only
 * checks JSON text (no zod, no luxon, no effect). Everything here is also exported by `@cchc/core`.
 *
 * @packageDocumentation
 */
export { parseStrictJson, strictJsonIssue, type StrictJsonOptions } from "./json/parse-strict-json.js";
export { strictJsonMessages, type StrictJsonCode } from "./json/messages.js";
