// The pages the build writes next to TypeDoc's (docs/api is generated, git-ignored): the API overview
// and the issue-code catalogue.
import { issueAnchor } from "../.vitepress/theme/issue-anchor.js";
import type { IssueCatalogue, IssueCode } from "./issue-codes.js";
import { escapeXml } from "./pictures/svg.js";

export function apiOverviewPage(): string {
  return `---
title: API reference
---

# API reference

Every package of the workspace with its version and its entry points. Each entry point has its own page;
its exports are grouped by category, functions first, each with an example that the documentation check
runs. Names written as code in the guides link here.

<!-- site: packages -->

<!-- picture: package-layers -->

Other languages use the published files: the JSON Schema of each report at
[\`/schemas/<id>.schema.json\`](/schemas/index.json), and every issue code with its Vietnamese and English
message at [\`/issue-codes.json\`](/issue-codes.json) (see [Issue codes](/api/issue-codes.html)).
`;
}

const KIND_TITLES: Record<IssueCode["kind"], { title: string; text: string }> = {
  structure: { title: "Structure", text: "From the schema's shape (zod's codes). A JSON Schema validator finds the same failures under the keywords shown." },
  field: { title: "Field formats", text: "A field's own format, with the package's code. A JSON Schema validator reports them as a failed `pattern`." },
  "cross-field": { title: "Cross-field rules", text: "Rules a JSON Schema cannot express: only the validators (TypeScript, the `cchc` CLI) report them." },
  plan: {
    title: "The plan's rules",
    text: "Who sends and who receives each report under Bắc Ninh's 2026 plan: only the validators report them, by default (not with `{ plan: false }` or `cchc validate --shape-only`).",
  },
  other: { title: "Other codes", text: "Limits and failures of the validation itself." },
};

function row(code: IssueCode): string {
  const where = code.rules.map((r) => `<code>${escapeXml(r.schema)}</code> <code>${escapeXml(r.path)}</code>`).join("<br>");
  const keywords = code.jsonSchemaKeywords.map((k) => `<code>${escapeXml(k)}</code>`).join(", ");
  return `<tr id="${issueAnchor(code.code)}"><td><code>${escapeXml(code.code)}</code></td><td>${escapeXml(code.message.vi)}</td><td>${escapeXml(code.message.en)}</td><td>${keywords || where || "—"}</td></tr>`;
}

export function issueCodesPage(catalogue: IssueCatalogue): string {
  const sections = (Object.keys(KIND_TITLES) as IssueCode["kind"][]).map((kind) => {
    const codes = catalogue.codes.filter((c) => c.kind === kind);
    if (codes.length === 0) return "";
    const last = kind === "cross-field" || kind === "plan" ? "Reported by" : "JSON Schema keywords";
    return `## ${KIND_TITLES[kind].title}\n\n${KIND_TITLES[kind].text}\n\n<table><thead><tr><th>Code</th><th>Tiếng Việt</th><th>English</th><th>${last}</th></tr></thead><tbody>\n${codes.map(row).join("\n")}\n</tbody></table>\n`;
  });
  return `---
title: Issue codes
---

# Issue codes

Every code the report validators of \`${catalogue.package}\` ${catalogue.version} report, with its message in
Vietnamese (the default) and English. Placeholders such as \`{total}\` are filled from the issue. The same
catalogue, for programs, is published at [\`/issue-codes.json\`](/issue-codes.json): it also maps each JSON
Schema keyword, and each pattern of the shipped schemas, to the code the validators give — see
[Validating payloads from any language](/guides/validating-from-any-language.html).

${sections.join("\n")}`;
}
