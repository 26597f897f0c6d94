// The catalogue of every issue code the report validators report, with its message in Vietnamese and
// English, published on the site as JSON (/issue-codes.json) and as a page, so that an integrator in any
// language can show the same codes and texts. It is built from @cchc/reports itself:
// - the package's own codes (`report.*`) and their message templates from `reportValidationMessages`,
//   with the cross-field rules of `CROSS_FIELD_RULES` that report each;
// - the codes of the plan's rules (who sends and who receives each report) from `reportPlanMessages`,
//   with the rules of `PLAN_RULES` that report each;
// - the structural codes, which the validators take from zod, described below (zod's messages depend on
//   the value, so the catalogue gives one description per code);
// - which JSON Schema keyword a validator such as Python's jsonschema reports for each code, and for
//   `pattern`, which code the TypeScript validator gives for each pattern of the shipped schemas — found
//   by breaking each pattern-checked field of a shipped valid example and validating it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Label } from "@cchc/core";
import { CROSS_FIELD_RULES, PLAN_RULES, reportPlanMessages, reportSchemaEntry, reportValidationMessages } from "@cchc/reports";
import { reportExamples, reportsDir, schemaFiles } from "./reports.js";

/** One code of the catalogue. */
export interface IssueCode {
  readonly code: string;
  /**
   * `structure` (a JSON Schema checks it too), `field` (a field format with the package's own code; a
   * JSON Schema checks it with `pattern`), `cross-field` (only the validators check it), `plan` (the
   * plan's rules on who sends and receives a report: only the validators check them, and not with
   * `{ plan: false }` or `cchc validate --shape-only`) or `other`.
   */
  readonly kind: "structure" | "field" | "cross-field" | "plan" | "other";
  /** The message; `{name}` placeholders are filled from the issue's values. */
  readonly message: Label;
  /** The placeholders of the message. */
  readonly params: readonly string[];
  /** The JSON Schema keywords whose failures a JSON-Schema-only validator reports for this code. */
  readonly jsonSchemaKeywords: readonly string[];
  /** For cross-field and plan codes: the rules that report it. */
  readonly rules: readonly { readonly schema: string; readonly path: string; readonly rule: Label }[];
}

/** The published catalogue. */
export interface IssueCatalogue {
  readonly $comment: string;
  readonly package: string;
  readonly version: string;
  readonly codes: readonly IssueCode[];
  /** JSON Schema keyword → the code the validators give for the same failure. */
  readonly keywordCodes: Readonly<Record<string, string>>;
  /** A shipped schema's `pattern` → the code the validators give when it fails (else `invalid_format`). */
  readonly patternCodes: Readonly<Record<string, string>>;
}

/**
 * zod's structural issue codes, as the report validators report them, with a description in both
 * languages and the JSON Schema keywords that fail for the same values.
 */
export const STRUCTURAL_CODES: readonly { code: string; message: Label; keywords: readonly string[] }[] = [
  {
    code: "invalid_type",
    message: { vi: "Sai kiểu dữ liệu, hoặc thiếu trường bắt buộc.", en: "Wrong type of value, or a required field is missing." },
    keywords: ["type", "required"],
  },
  {
    code: "too_small",
    message: { vi: "Giá trị quá nhỏ, quá ngắn hoặc danh sách quá ít phần tử.", en: "The value is too small, too short, or the list has too few items." },
    keywords: ["minimum", "exclusiveMinimum", "minLength", "minItems"],
  },
  {
    code: "too_big",
    message: { vi: "Giá trị quá lớn, quá dài hoặc danh sách quá nhiều phần tử.", en: "The value is too large, too long, or the list has too many items." },
    keywords: ["maximum", "exclusiveMaximum", "maxLength", "maxItems"],
  },
  {
    code: "invalid_value",
    message: { vi: "Giá trị không thuộc các giá trị cho phép.", en: "The value is not one of the allowed values." },
    keywords: ["enum", "const"],
  },
  {
    code: "invalid_format",
    message: { vi: "Sai định dạng (ngày, thời điểm, địa chỉ web…).", en: "Wrong format (date, date-time, web address…)." },
    keywords: ["pattern", "format"],
  },
  {
    code: "unrecognized_keys",
    message: { vi: "Có trường không thuộc lược đồ.", en: "A field that the schema does not define." },
    keywords: ["additionalProperties", "unevaluatedProperties"],
  },
  {
    code: "invalid_union",
    message: { vi: "Giá trị không khớp với dạng nào được phép.", en: "The value matches none of the allowed shapes." },
    keywords: ["anyOf", "oneOf"],
  },
  {
    code: "not_multiple_of",
    message: { vi: "Giá trị không phải bội số của bước cho phép.", en: "The value is not a multiple of the allowed step." },
    keywords: ["multipleOf"],
  },
];

const PLACEHOLDER = /\{(\w+)\}/g;

/** A JSON Schema node, as far as this file walks it. */
interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly pattern?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

/** Strings that break most patterns, tried in order. */
const BREAKERS = [" ", "x", "?", "", "2026-13-45", "ZZ"];

/** Each pattern-checked string of `value` (walked along `schema`): its JSON Pointer and pattern. */
function patternFields(schema: SchemaNode, value: unknown, pointer = ""): { pointer: string; pattern: string }[] {
  if (typeof value === "string" && schema.pattern !== undefined) return [{ pointer, pattern: schema.pattern }];
  if (Array.isArray(value) && schema.items) return value.flatMap((v, i) => patternFields(schema.items!, v, `${pointer}/${i}`));
  if (value !== null && typeof value === "object" && schema.properties) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (schema.properties![k] ? patternFields(schema.properties![k]!, v, `${pointer}/${k}`) : []));
  }
  return [];
}

function withValue(payload: unknown, pointer: string, value: string): unknown {
  const copy = structuredClone(payload) as Record<string, unknown>;
  const keys = pointer.split("/").slice(1);
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
  return copy;
}

/** The code the validators give for each pattern of the shipped schemas (found on shipped examples). */
export function patternCodes(): Record<string, string> {
  const found: Record<string, Set<string>> = {};
  for (const example of reportExamples().filter((e) => e.valid)) {
    const entry = reportSchemaEntry(example.schema);
    if (!entry) continue;
    const schema = JSON.parse(readFileSync(join(reportsDir, "schemas", `${example.schema}.schema.json`), "utf8")) as SchemaNode;
    const payload = JSON.parse(readFileSync(join(reportsDir, "examples", example.file), "utf8")) as unknown;
    for (const field of patternFields(schema, payload)) {
      const regex = new RegExp(field.pattern, "u");
      const breaker = BREAKERS.find((b) => b !== "" && !regex.test(b));
      if (breaker === undefined) continue;
      const issue = entry.validate(withValue(payload, field.pointer, breaker)).issues.find((i) => i.path === field.pointer);
      if (issue) (found[field.pattern] ??= new Set()).add(issue.code);
    }
  }
  // A pattern reported with two different codes, or as a plain format error, keeps `invalid_format`.
  return Object.fromEntries(
    Object.entries(found).flatMap(([pattern, codes]) => (codes.size === 1 && !codes.has("invalid_format") ? [[pattern, [...codes][0]!]] : [])),
  );
}

/** A message catalogue of @cchc/reports (`reportValidationMessages`, `reportPlanMessages`). */
type Catalogue = { readonly vi: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> };

/** The codes of a message catalogue, each with its message, placeholders and the rules that report it. */
function catalogueCodes(
  messages: Catalogue,
  rules: readonly { readonly code: string; readonly schemaId: string; readonly path: string; readonly description: Label }[],
  kindOf: (code: string) => IssueCode["kind"],
  keywordsOf: (code: string) => readonly string[],
): IssueCode[] {
  return Object.keys(messages.vi).map((code) => {
    const message = { vi: messages.vi[code]!, en: messages.en[code]! };
    return {
      code,
      kind: kindOf(code),
      message,
      params: [...new Set([...message.en.matchAll(PLACEHOLDER)].map((m) => m[1]!))],
      jsonSchemaKeywords: keywordsOf(code),
      rules: rules.filter((r) => r.code === code).map((r) => ({ schema: r.schemaId, path: r.path, rule: r.description })),
    };
  });
}

/** The catalogue, from @cchc/reports as built. */
export function issueCatalogue(): IssueCatalogue {
  const manifest = JSON.parse(readFileSync(join(reportsDir, "package.json"), "utf8")) as { name: string; version: string };
  const patterns = patternCodes();
  const fieldCodes = new Set(Object.values(patterns));
  const crossField = new Set(CROSS_FIELD_RULES.map((r) => r.code as string));
  const ownKind = (code: string): IssueCode["kind"] => (crossField.has(code) ? "cross-field" : fieldCodes.has(code) ? "field" : "other");
  const own = catalogueCodes(reportValidationMessages, CROSS_FIELD_RULES, ownKind, (code) => (fieldCodes.has(code) ? ["pattern"] : []));
  const plan = catalogueCodes(reportPlanMessages, PLAN_RULES, () => "plan", () => []);
  const structural = STRUCTURAL_CODES.map((s): IssueCode => ({ code: s.code, kind: "structure", message: s.message, params: [], jsonSchemaKeywords: s.keywords, rules: [] }));
  return {
    $comment: "Every issue code of the cchc report validators with its message in Vietnamese (vi) and English (en). Placeholders {name} are filled from the issue. keywordCodes and patternCodes map a JSON Schema validator's failing keyword (and pattern) to the code. Generated from @cchc/reports when the documentation site is built.",
    package: manifest.name,
    version: manifest.version,
    codes: [...structural, ...own, ...plan],
    keywordCodes: Object.fromEntries(STRUCTURAL_CODES.flatMap((s) => s.keywords.map((k) => [k, s.code]))),
    patternCodes: patterns,
  };
}

/** The schema files the site publishes, with their ids. */
export function publishedSchemas(): { id: string; file: string }[] {
  return schemaFiles().map((file) => ({ id: file.replace(/\.schema\.json$/, ""), file }));
}
