// The published issue-code catalogue lists every code the report validators give, with both messages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reportPlanMessages, reportSchemaEntries, reportValidationMessages } from "@cchc/reports";
import { describe, expect, it } from "vitest";
import { issueCatalogue } from "../build/issue-codes.js";
import { reportExamples, reportsDir } from "../build/reports.js";

const catalogue = issueCatalogue();
const codes = new Set(catalogue.codes.map((c) => c.code));

/** Payloads that break each shipped example in the usual ways. */
function broken(payload: Record<string, unknown>): unknown[] {
  const first = Object.keys(payload)[0]!;
  const { [first]: _dropped, ...missing } = payload;
  return [null, [], "text", {}, missing, { ...payload, unknownField: 1 }, { ...payload, [first]: 12345 }, { ...payload, schemaVersion: 99 }];
}

describe("the issue-code catalogue", () => {
  it("has every code of the package's message catalogue, in Vietnamese and English, with its placeholders", () => {
    for (const code of Object.keys(reportValidationMessages.vi)) expect(codes).toContain(code);
    for (const code of Object.keys(reportPlanMessages.vi)) expect(catalogue.codes.find((c) => c.code === code)?.kind).toBe("plan");
    expect(catalogue.codes.find((c) => c.code === "report.sender_not_obliged")?.rules.map((r) => r.schema)).toContain("monthly-media-report");
    for (const c of catalogue.codes) {
      expect(c.message.vi.length).toBeGreaterThan(0);
      expect(c.message.en.length).toBeGreaterThan(0);
      for (const p of c.params) expect(c.message.vi).toContain(`{${p}}`);
    }
  });
  it("has every code the validators report on the shipped examples and on payloads broken in the usual ways", () => {
    for (const entry of reportSchemaEntries()) {
      for (const example of reportExamples().filter((e) => e.schema === entry.id)) {
        const payload = JSON.parse(readFileSync(join(reportsDir, "examples", example.file), "utf8")) as Record<string, unknown>;
        for (const input of [payload, ...broken(payload)]) {
          for (const issue of entry.validate(input).issues) expect(codes, `${entry.id}: ${issue.code} at ${issue.path}`).toContain(issue.code);
        }
      }
    }
  });
  it("maps the fields' own patterns to their codes, and every JSON Schema keyword of the shipped schemas to a code", () => {
    expect(Object.values(catalogue.patternCodes)).toEqual(expect.arrayContaining(["report.invalid_month", "report.blank_text", "report.invalid_commune_code"]));
    for (const keyword of ["type", "required", "additionalProperties", "enum", "const", "minimum", "maximum", "minLength", "maxLength", "maxItems", "pattern", "format", "anyOf"]) {
      expect(codes).toContain(catalogue.keywordCodes[keyword]);
    }
    expect(catalogue.codes.find((c) => c.code === "report.sum_mismatch")?.rules.length).toBeGreaterThan(3);
  });
});
