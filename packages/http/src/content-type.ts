/**
 * Whether a `Content-Type` header announces JSON: the media type `application/json` or any
 * `application/<subtype>+json` (RFC 6839), in any letter case, with no `charset` parameter or
 * `charset=utf-8` (RFC 8259 §8.1: JSON exchanged between systems is UTF-8). Anything else deserves
 * 415 Unsupported Media Type.
 *
 * @param header - The header's value (absent: `undefined` or `null`).
 * @returns `true` for a JSON media type in UTF-8.
 * @example
 * ```ts
 * import { isJsonContentType } from "@cchc/http/web";
 *
 * isJsonContentType("application/json; charset=UTF-8"); // => true
 * isJsonContentType("application/problem+json"); // => true
 * isJsonContentType("application/json; charset=latin1"); // => false
 * isJsonContentType("text/plain"); // => false
 * ```
 *
 * @category Request helpers
 */
export function isJsonContentType(header: string | null | undefined): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";");
  const essence = type.trim().toLowerCase();
  if (essence !== "application/json" && !(essence.startsWith("application/") && essence.endsWith("+json"))) return false;
  return params.every((p) => {
    const [name = "", value = ""] = p.split("=", 2).map((s) => s.trim().toLowerCase());
    return name !== "charset" || value.replace(/^"|"$/g, "") === "utf-8";
  });
}
