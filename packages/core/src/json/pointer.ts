/** JSON Pointers (RFC 6901), shared by the zod issue converter and the strict JSON parser. */
function escapePointer(segment: PropertyKey): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Turns a path array into a JSON Pointer (`["sections", 0, "count"]` → `"/sections/0/count"`).
 *
 * @param path - The path segments.
 * @returns The pointer; `""` for the root.
 * @example
 * ```ts
 * import { toJsonPointer } from "@cchc/core";
 *
 * toJsonPointer(["a/b", 0]); // => "/a~1b/0"
 * ```
 *
 * @category Strict JSON
 */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  let pointer = "";
  for (const segment of path) {
    // Indexes and plain names (the usual case) need no escaping.
    if (typeof segment === "number" || (typeof segment === "string" && !segment.includes("~") && !segment.includes("/"))) pointer += `/${segment}`;
    else pointer += `/${escapePointer(segment)}`;
  }
  return pointer;
}
