/**
 * The files generated from the zod schemas: the JSON Schema files shipped in `schemas/`, the synthesis
 * example computed from the example reports, and the generated parts of the guides. `generate.ts`
 * writes them (the package build runs it); test/artifacts.test.ts fails when a committed file is stale.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bacNinh2026Plan } from "@cchc/plan";
import {
  CROSS_FIELD_RULES,
  FORM_TOTALS,
  PLAN_RULES,
  PRESENTATION_FORMS,
  REPORT_SCHEMA_IDS,
  generateJsonSchema,
  reportSchemaEntries,
  synthesizeReports,
  type PlanRule,
  type ReportSchemaId,
} from "../src/index.js";
import { walkProperties } from "../src/json-schema/generate.js";

export const packageDir = fileURLToPath(new URL("../", import.meta.url));
export const repoDir = fileURLToPath(new URL("../../../", import.meta.url));

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `schemas/<id>.schema.json` → content. */
export function jsonSchemaFiles(): Map<string, string> {
  return new Map(reportSchemaEntries().map((entry) => [`schemas/${entry.id}.schema.json`, json(generateJsonSchema(entry))]));
}

const example = (name: string): unknown => JSON.parse(readFileSync(`${packageDir}examples/${name}`, "utf8"));

/** `examples/synthesis-report.valid.json`: the synthesis of the example monthly, agency and difficulty reports, with an advice. */
export function synthesisExample(): string {
  const result = synthesizeReports(
    {
      media: [example("monthly-media-report.valid.json"), example("monthly-media-report.valid-january.json")],
      agencies: [example("agency-communication-report.valid.json")],
      difficulties: [example("difficulty-report.valid.json")],
    },
    {
      generatedAt: "2026-04-06T08:00:00+07:00",
      reportId: "SVHTTDL-TH-CCHC-2026-Q1",
      coverage: { from: "2026-01", to: "2026-03" },
      advice: {
        direction: [
          "Tiếp tục tập trung tuyên truyền kết quả chuyển đổi số trong giải quyết thủ tục hành chính và mô hình Trung tâm Phục vụ hành chính công cấp xã.",
        ],
        content: [
          { text: "Hướng dẫn thanh toán trực tuyến phí, lệ phí và nhận kết quả điện tử.", topic: "T4.6" },
          { text: "Biểu dương cơ quan, địa phương có tỷ lệ hồ sơ giải quyết đúng hạn cao.", topic: "T4.2" },
        ],
        forms: [
          { text: "Tăng video ngắn hướng dẫn thủ tục trên mạng xã hội chính danh.", channel: "F1.social" },
          { text: "Khôi phục truyền thanh cơ sở ở các thôn còn hỏng thiết bị.", channel: "F1.grassroots-radio" },
        ],
      },
    },
  );
  if (!result.ok) throw new Error(result.error.localized("en"));
  return json(result.value);
}

type Node = Record<string, unknown>;

const PATTERN_NAMES: Record<string, string> = {
  "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]": "not blank",
  "^2[01][0-9]{2}-(?:0[1-9]|1[0-2])$": "month `YYYY-MM` (2000–2199)",
  "^2[01][0-9]{2}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$": "period `2026-02`, `2026-Q1`, `2026-H1`, `2026-9M`, `2026`",
  "^2[01][0-9]{2}(?:-(?:Q1|H1|Q3))?$": "CCHC period `2026-Q1`, `2026-H1`, `2026-Q3`, `2026`",
  "^2[01][0-9]{2}-Q[1-4]$": "quarter `2026-Q1`…`2026-Q4`",
  "^[0-9]{5}$": "5 digits",
  "^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$": "lower-case key (`views`, `social.shares`)",
};

function typeOf(node: Node): string {
  if ("const" in node) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.anyOf)) return (node.anyOf as Node[]).map(typeOf).join(" or ");
  if (node.type === "array") {
    const items = node.items as Node | undefined;
    return `array of ${items ? typeOf(items) : "any"}`;
  }
  if (node.format === "date") return "date";
  if (node.format === "date-time") return "date-time";
  return Array.isArray(node.type) ? node.type.join(" or ") : String(node.type ?? "any");
}

function constraints(node: Node): string {
  const out: string[] = [];
  if (Array.isArray(node.enum)) {
    const values = node.enum as unknown[];
    out.push(values.length <= 12 ? `one of ${values.map((v) => `\`${String(v)}\``).join(", ")}` : `one of ${values.length} codes`);
  }
  if (node.format === "date") out.push("`YYYY-MM-DD`");
  else if (node.format === "date-time") out.push("ISO 8601 with offset");
  else if (typeof node.pattern === "string") out.push(PATTERN_NAMES[node.pattern] ?? `pattern \`${node.pattern.replace(/\|/g, "\\|")}\``);
  if (typeof node.maxLength === "number") out.push(`≤ ${node.maxLength} chars`);
  if (typeof node.minimum === "number" && typeof node.maximum === "number") out.push(`${node.minimum}–${node.maximum.toLocaleString("en-US")}`);
  if (typeof node.minItems === "number") out.push(`≥ ${node.minItems} items`);
  if (typeof node.maxItems === "number") out.push(`≤ ${node.maxItems} items`);
  if (node.type === "array") {
    const items = node.items as Node | undefined;
    if (items && items.type !== "object") {
      const inner = constraints(items);
      if (inner) out.push(`items: ${inner}`);
    }
  }
  return out.join("; ");
}

const cell = (text: string): string => text.replace(/\n/g, " ");

/** The field table of one schema, generated from its JSON Schema. */
export function fieldTable(id: ReportSchemaId): string {
  const entry = reportSchemaEntries().find((e) => e.id === id)!;
  const schema = entry.jsonSchema() as Node;
  const rows = ["| Field | Type | Required | Constraints | Meaning |", "|---|---|---|---|---|"];
  walkProperties(schema, (path, node, required) => {
    const meaning = typeof node.title === "string" ? `*${node.title}* — ${String(node.description ?? "")}` : String(node.description ?? "");
    rows.push(`| \`${path}\` | ${typeOf(node)} | ${required ? "yes" : ""} | ${cell(constraints(node))} | ${cell(meaning)} |`);
  });
  return rows.join("\n");
}

/** The cross-field rules of one schema (or all), as a table. */
export function rulesTable(id?: ReportSchemaId): string {
  const rules = CROSS_FIELD_RULES.filter((r) => id === undefined || r.schemaId === id);
  const head = id === undefined ? ["| Schema | Where | Code | Rule |", "|---|---|---|---|"] : ["| Where | Code | Rule |", "|---|---|---|"];
  const rows = rules.map((r) =>
    id === undefined
      ? `| \`${r.schemaId}\` | \`${r.path}\` | \`${r.code}\` | ${r.description.en} (*${r.description.vi}*) |`
      : `| \`${r.path}\` | \`${r.code}\` | ${r.description.en} (*${r.description.vi}*) |`,
  );
  return [...head, ...rows].join("\n");
}

/** The actors of the shipped plan that may stand at a rule's place (senders or recipients of its edge). */
function allowedActors(rule: PlanRule): string {
  const plan = bacNinh2026Plan();
  const edge = plan.reporting.find((e) => e.id === rule.edge)!;
  const named = rule.role === "from" ? edge.from : edge.to;
  return named.map((id) => `\`${id}\``).join(", ");
}

/** The plan's rules of one schema (or all), as a table. */
export function planRulesTable(id?: ReportSchemaId): string {
  const rules = PLAN_RULES.filter((r) => id === undefined || r.schemaId === id);
  if (rules.length === 0) return "None: procedure statistics are no report of the plan.";
  const head =
    id === undefined
      ? ["| Schema | Where | Code | Edge | Rule | Allowed (Bắc Ninh 2026, with their members) |", "|---|---|---|---|---|---|"]
      : ["| Where | Code | Edge | Rule | Allowed (Bắc Ninh 2026, with their members) |", "|---|---|---|---|---|"];
  const rows = rules.map((r) => {
    const cells = [`\`${r.path}\``, `\`${r.code}\``, `\`${r.edge}\``, `${r.description.en} (*${r.description.vi}*)`, allowedActors(r)];
    return `| ${(id === undefined ? [`\`${r.schemaId}\``, ...cells] : cells).join(" | ")} |`;
  });
  return [...head, ...rows].join("\n");
}

/** Which total each form of presentation counts toward (FORM_TOTALS), as a table. */
export function formTotalsTable(): string {
  const rows = PRESENTATION_FORMS.map((form) => {
    const key = FORM_TOTALS[form];
    return `| \`${form}\` | ${key === undefined ? "— (tied to no total)" : `\`/totals/${key}\``} |`;
  });
  return ["| Form (`forms[].form`) | Counts toward |", "|---|---|", ...rows].join("\n");
}

/** The generated part of docs/guides/report-schemas.md. */
export function reportSchemasSection(): string {
  return REPORT_SCHEMA_IDS.map((id) => {
    const entry = reportSchemaEntries().find((e) => e.id === id)!;
    return [
      `### \`${id}\` — ${entry.title.en} (*${entry.title.vi}*)`,
      "",
      `JSON Schema: \`@cchc/reports/schemas/${id}.schema.json\` · validator: \`@cchc/reports/${id}\` · example: \`examples/${id}.valid.json\` · \`schemaVersion\`: ${entry.version}`,
      "",
      fieldTable(id),
      "",
      "Cross-field rules (checked by the validators, not by the JSON Schema):",
      "",
      rulesTable(id),
      ...(id === "monthly-media-report" ? ["", "Forms of presentation and the totals they count toward (`FORM_TOTALS`):", "", formTotalsTable()] : []),
      "",
      "The plan's rules (checked by `validateReport`, the registry and `cchc validate` unless the shape alone is asked for):",
      "",
      planRulesTable(id),
    ].join("\n");
  }).join("\n\n");
}

const COMMAND = "(pnpm --filter @cchc/reports run generate)";
export const START = `<!-- generated:start ${COMMAND} -->`;
export const END = "<!-- generated:end -->";

/** The markers of a generated block: the unnamed one, or a named one (`<!-- generated:start plan-rules … -->`). */
function markers(name: string | undefined): { start: string; end: string } {
  return name === undefined ? { start: START, end: END } : { start: `<!-- generated:start ${name} ${COMMAND} -->`, end: `<!-- generated:end ${name} -->` };
}

/** Replaces a generated block of a guide (the unnamed one unless `name` is given). */
export function withGenerated(text: string, generated: string, name?: string): string {
  const { start: open, end: close } = markers(name);
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`generated markers${name === undefined ? "" : ` "${name}"`} not found`);
  return `${text.slice(0, start + open.length)}\n\n${generated}\n\n${text.slice(end)}`;
}

/** The generated blocks of the guides: [guide path, block name (or undefined), content]. */
export function guideSections(): [string, string | undefined, string][] {
  return [
    ["docs/guides/report-schemas.md", undefined, reportSchemasSection()],
    ["docs/guides/validating-from-any-language.md", undefined, rulesTable()],
    ["docs/guides/validating-from-any-language.md", "plan-rules", planRulesTable()],
  ];
}
