/**
 * Payloads that break field rules only — the rules a JSON Schema states, so that ajv and the package's
 * validators can be compared on the same errors: each schema's shipped valid example with an unknown
 * member at the root, the first count made negative and the first month or quarter made impossible.
 * (The shipped invalid examples of the other schemas break cross-field rules, which ajv cannot see.)
 */
import type { ValidationIssue } from "@cchc/core";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const PERIOD = /^\d{4}-(?:\d{2}|Q\d)$/;

/** A copy of `valid` with three field rules broken: an unknown root member, a negative count, an impossible period. */
export function breakFieldRules(valid: Json): Json {
  const copy = structuredClone(valid) as { [key: string]: Json };
  let count = false;
  let period = false;
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (!count && key !== "schemaVersion" && typeof value === "number" && Number.isInteger(value) && value >= 0) {
        node[key] = -1;
        count = true;
      } else if (!period && typeof value === "string" && PERIOD.test(value)) {
        node[key] = value.slice(0, 5) + (value.includes("Q") ? "Q5" : "13");
        period = true;
      } else visit(value);
    }
  };
  visit(copy);
  copy["totalz"] = 1;
  return copy;
}

/** ajv's errors as the JSON Pointers they concern (an unknown member: its own pointer, as the validators say). */
export function ajvPaths(errors: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[]): string[] {
  const paths = errors.map((e) => (e.keyword === "additionalProperties" ? `${e.instancePath}/${String(e.params["additionalProperty"])}` : e.instancePath));
  return [...new Set(paths)].sort();
}

/** The validators' issues as the pointers they concern. */
export function issuePaths(issues: readonly ValidationIssue[]): string[] {
  return [...new Set(issues.map((i) => i.path))].sort();
}
