import type { Label } from "@cchc/core";
import * as z from "zod/mini";
import { PLAN_RULES } from "../data/plan-rules.js";
import { SCHEMA_VERSIONS } from "../schemas/versions.js";
import type { ReportSchemaId } from "../validate/definition.js";
import { COMMON_FIELD_DOCS, FIELD_DOCS } from "./field-docs.js";

/**
 * A JSON Schema document (draft 2020-12), as shipped in `schemas/<id>.schema.json`.
 *
 * @example
 * ```ts
 * import type { JsonSchemaDocument } from "@cchc/reports";
 *
 * const doc: JsonSchemaDocument = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object" };
 * ```
 *
 * @category JSON Schema
 */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

type Node = Record<string, unknown>;

/**
 * What {@link generateJsonSchema} needs about one report: its id, title and zod schema (every
 * {@link ReportDefinition} has them).
 *
 * @example
 * ```ts
 * import { monthlyMediaReport, type JsonSchemaSource } from "@cchc/reports";
 *
 * const source: JsonSchemaSource = monthlyMediaReport;
 * ```
 *
 * @category JSON Schema
 */
export interface JsonSchemaSource {
  /** Stable id. */
  readonly id: ReportSchemaId;
  /** Title in both languages. */
  readonly title: Label;
  /** The zod schema. */
  readonly schema: z.ZodMiniType;
}

const DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * The `$id` of a report's JSON Schema: a URN, so that no one mistakes it for a download address.
 *
 * @param id - The schema id.
 * @returns `urn:cchc:report:<id>:v<version>` (the schema's version, see `SCHEMA_VERSIONS`).
 * @example
 * ```ts
 * import { jsonSchemaUri } from "@cchc/reports";
 *
 * jsonSchemaUri("monthly-media-report"); // => "urn:cchc:report:monthly-media-report:v2"
 * jsonSchemaUri("procedure-statistics"); // => "urn:cchc:report:procedure-statistics:v1"
 * ```
 *
 * @category JSON Schema
 */
export function jsonSchemaUri(id: ReportSchemaId): string {
  return `urn:cchc:report:${id}:v${SCHEMA_VERSIONS[id]}`;
}

function docFor(id: ReportSchemaId, path: string): Label | undefined {
  const own = FIELD_DOCS[id][path];
  if (own) return own;
  const name = path.slice(path.lastIndexOf(".") + 1).replace(/\[\]$/, "");
  return Object.hasOwn(COMMON_FIELD_DOCS, name) ? COMMON_FIELD_DOCS[name] : undefined;
}

/** Visits every property of a generated schema: `visit(path, node)`; paths like `sections[].name`. */
export function walkProperties(node: Node, visit: (path: string, node: Node, required: boolean) => void, path = ""): void {
  const properties = node.properties as Record<string, Node> | undefined;
  if (properties) {
    const required = new Set((node.required as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries(properties)) {
      const childPath = path === "" ? name : `${path}.${name}`;
      visit(childPath, child, required.has(name));
      walkProperties(child, visit, childPath);
    }
  }
  const items = node.items as Node | undefined;
  if (items && typeof items === "object") walkProperties(items, visit, `${path}[]`);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const options = node[key] as Node[] | undefined;
    if (Array.isArray(options)) for (const option of options) walkProperties(option, visit, path);
  }
}

/**
 * `\d` means [0-9] in the ECMAScript regular expressions JSON Schema specifies, but any Unicode digit in
 * Python's `re`, which Python validators use: zod's generated patterns (ISO dates and times) are
 * rewritten with [0-9] so that every validator reaches the same verdict.
 */
function portablePattern(pattern: string): string {
  return pattern.replace(/(?<!\\)\\d/g, "[0-9]");
}

/** Rebuilds a node with `title` and `description` first (easier to read in the shipped files). */
function annotate(node: Node, doc: Label): Node {
  const { title: _t, description: _d, ...rest } = node;
  return { title: doc.vi, description: doc.en, ...rest };
}

function annotateTree(id: ReportSchemaId, node: Node, path: string): Node {
  const out: Node = { ...node };
  if (typeof node.pattern === "string") out.pattern = portablePattern(node.pattern);
  const properties = node.properties as Record<string, Node> | undefined;
  if (properties) {
    const annotated: Record<string, Node> = {};
    for (const [name, child] of Object.entries(properties)) {
      const childPath = path === "" ? name : `${path}.${name}`;
      const inner = annotateTree(id, child, childPath);
      const doc = docFor(id, childPath);
      annotated[name] = doc ? annotate(inner, doc) : inner;
    }
    out.properties = annotated;
  }
  const items = node.items as Node | undefined;
  if (items && typeof items === "object") out.items = annotateTree(id, items, `${path}[]`);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const options = node[key] as Node[] | undefined;
    if (Array.isArray(options)) out[key] = options.map((option) => annotateTree(id, option, path));
  }
  return out;
}

/**
 * Generates the JSON Schema (draft 2020-12) of a report from its zod schema — `z.toJSONSchema(schema,
 * { io: "input", target: "draft-2020-12" })`, dates as ISO strings — with a `$id`, the title and each
 * field's Vietnamese term (`title`) and English description (`description`). This is what the build
 * writes to `schemas/<id>.schema.json`. The cross-field rules (see `CROSS_FIELD_RULES`) and the plan's rules (see `PLAN_RULES`) are not in it.
 *
 * @param source - The report's id, title and zod schema (a {@link ReportDefinition}).
 * @returns The JSON Schema document.
 * @example
 * ```ts
 * import { generateJsonSchema } from "@cchc/reports";
 * import { monthlyMediaReport } from "@cchc/reports/monthly-media-report";
 *
 * generateJsonSchema(monthlyMediaReport).$id; // => "urn:cchc:report:monthly-media-report:v2"
 * ```
 *
 * @category JSON Schema
 */
export function generateJsonSchema(source: JsonSchemaSource): JsonSchemaDocument {
  const generated = z.toJSONSchema(source.schema, { io: "input", target: "draft-2020-12" }) as Node;
  const { $schema: _s, ...body } = annotateTree(source.id, generated, "");
  return {
    $schema: DIALECT,
    $id: jsonSchemaUri(source.id),
    title: `${source.title.vi} (${source.id})`,
    description: `${source.title.en}. Cross-field rules (totals that add up, dates inside the period…) are not expressible in JSON Schema: see CROSS_FIELD_RULES of @cchc/reports.${
      PLAN_RULES.some((r) => r.schemaId === source.id) ? " Nor are the plan's rules (who owes the report): see PLAN_RULES." : ""
    }`,
    ...body,
  };
}

/**
 * The fields of a report that have no documentation (for the test that keeps the docs complete).
 *
 * @internal
 */
export function undocumentedFields(source: JsonSchemaSource): string[] {
  const generated = z.toJSONSchema(source.schema, { io: "input", target: "draft-2020-12" }) as Node;
  const missing: string[] = [];
  walkProperties(generated, (path) => {
    if (!docFor(source.id, path)) missing.push(path);
  });
  return missing;
}
