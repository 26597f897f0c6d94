/**
 * The canonical JSON text of a value: object keys sorted by UTF-16 code units, no white space, numbers
 * and strings as `JSON.stringify` writes them (RFC 8785's ordering; the numbers of a validated report
 * are finite). Two payloads that differ only in key order or spacing have the same text, hence the same
 * content hash.
 *
 * @param value - A JSON value.
 * @returns The canonical text.
 * @example
 * ```ts
 * import { canonicalJson } from "@cchc/intake";
 *
 * canonicalJson({ b: 1, a: [true, null, "x"] }); // => '{"a":[true,null,"x"],"b":1}'
 * ```
 *
 * @category Report keys and units
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}
