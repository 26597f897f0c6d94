/**
 * PostgreSQL's `jsonb` (and `text`) cannot hold U+0000, and a lone UTF-16 surrogate is not Unicode text
 * at all (RFC 7493 forbids both in I-JSON). The validators of `@cchc/reports` check lengths and blanks,
 * not these, so the intake refuses such reports itself — before anything reaches the database.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The JSON Pointers of the strings (values and keys) of a value that cannot be stored, at most `limit`.
 *
 * @param value - A JSON value.
 * @param limit - Most paths to return.
 * @returns The paths, empty when every string can be stored.
 */
export function unstorableTextPaths(value: unknown, limit = 20): string[] {
  const found: string[] = [];
  const visit = (v: unknown, path: string): void => {
    if (found.length >= limit) return;
    if (typeof v === "string") {
      if (UNSTORABLE.test(v)) found.push(path);
    } else if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${path}/${i}`));
    else if (v !== null && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) {
        const at = `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (UNSTORABLE.test(k)) found.push(at);
        visit(item, at);
      }
    }
  };
  visit(value, "");
  return found;
}
